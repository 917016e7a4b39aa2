package io.pactum.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The five services as separate JVM processes, configured by environment variables, logging to
 * {@code <data-dir>/logs/<service>.log}. Each fat jar is extracted once per build into
 * {@code <data-dir>/apps/<service>/} (Spring Boot's {@code jarmode=tools extract}: a thin jar beside
 * {@code lib/}), which starts faster than the nested jar and lets the AOT cache hold the application's classes
 * too; on JDK 25 or newer each runs with such a cache (see {@link #recordAotCaches()}). A service that dies
 * (a crash, {@code kill -9}) is started again, as an orchestrator would.
 */
final class ServiceProcesses implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static final int MAX_RESTARTS = 10;

    private final PlatformOptions options;
    private final Map<String, Process> processes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Integer> restarts = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean supervising;
    private volatile boolean stopping;

    ServiceProcesses(PlatformOptions options) {
        this.options = options;
    }

    static Path jar(PlatformOptions options, String service) {
        return options.root().resolve(service).resolve("target").resolve(service + ".jar");
    }

    void startAll() {
        for (String service : options.services()) {
            Path jar = jar(options, service);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing; build first (./mvnw -DskipTests package, or ./pactum up builds it)");
            }
        }
        extractJars();
        recordAotCaches();
        for (String service : options.services()) {
            start(service);
        }
    }

    private List<String> command(String service, List<String> extra) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(JVM_OPTIONS);
        command.addAll(extra);
        command.addAll(List.of("-jar", extracted(service).toString()));
        return command;
    }

    private Path extracted(String service) {
        return options.dataDir().resolve("apps").resolve(service).resolve(service + ".jar");
    }

    /** Extracts, in parallel, every fat jar that is newer than its extraction; fails naming the jar that would not. */
    private void extractJars() {
        Map<String, Process> extracting = new LinkedHashMap<>();
        for (String service : options.services()) {
            Path target = extracted(service);
            if (newer(target, jar(options, service))) {
                continue;
            }
            try {
                Path directory = target.getParent();
                deleteRecursively(directory);
                Files.createDirectories(directory.getParent());
                Path log = Files.createDirectories(options.dataDir().resolve("logs")).resolve(service + "-extract.log");
                extracting.put(service, new ProcessBuilder(java(), "-Djarmode=tools", "-jar",
                        jar(options, service).toString(), "extract", "--destination", directory.toString())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start());
            } catch (IOException e) {
                throw new UncheckedIOException("could not extract " + jar(options, service), e);
            }
        }
        extracting.forEach((service, process) -> {
            try {
                if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.isRegularFile(extracted(service))) {
                    process.destroyForcibly();
                    throw new IllegalStateException("could not extract " + jar(options, service) + "; see "
                            + options.dataDir().resolve("logs").resolve(service + "-extract.log"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while extracting " + service);
            }
        });
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Whether {@code file} exists and was written after {@code than}. */
    private static boolean newer(Path file, Path than) {
        try {
            return Files.exists(file) && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(than)) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
            "-Xmx256m", "-XX:MaxMetaspaceSize=192m", "-XX:ReservedCodeCacheSize=64m", "-XX:-UsePerfData");

    private ProcessBuilder configure(ProcessBuilder builder, String service, Path log) {
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", String.valueOf(options.servicePort(service)));
        env.put("SPRING_PROFILES_ACTIVE", "local");
        env.put("PACTUM_KAFKA_BOOTSTRAP", "localhost:" + options.kafkaPort());
        env.put("PACTUM_MONGODB_URI", "mongodb://localhost:" + options.mongoPort() + "/pactum-"
                + service.replace("-service", ""));
        env.put("PACTUM_OIDC_ISSUER", options.issuer());
        env.put("PACTUM_SMTP_HOST", "localhost");
        env.put("PACTUM_SMTP_PORT", String.valueOf(options.smtpPort()));
        // the demo seed moves the services' clocks through a year of history (PUT /dev/clock); local only
        env.put("PACTUM_CLOCK_ADJUSTABLE", "true");
        return builder;
    }

    private void start(String service) {
        try {
            Path logs = Files.createDirectories(options.dataDir().resolve("logs"));
            Path aot = aotCache(service);
            List<String> extra = aot != null && Files.exists(aot)
                    ? List.of("-XX:AOTCache=" + aot, "-Xlog:aot=off", "-Xlog:cds=off") : List.of();
            Process process = configure(new ProcessBuilder(command(service, extra)), service,
                    logs.resolve(service + ".log")).start();
            processes.put(service, process);
            process.onExit().thenAccept(exited -> restartIfCrashed(service, exited));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + service, e);
        }
    }

    /**
     * JDK 25's AOT cache (classes loaded and linked ahead, method profiles) cuts start-up time and memory. A
     * service without a cache, or whose extracted jar is newer than its cache, first runs once up to the end of its
     * context refresh ({@code spring.context.exit=onRefresh}) with {@code -XX:AOTCacheOutput}; that happens
     * on the first start after a build. Older JDKs run without a cache.
     */
    private void recordAotCaches() {
        List<String> stale = options.services().stream()
                .filter(service -> aotCache(service) != null && !newer(aotCache(service), extracted(service)))
                .toList();
        if (stale.isEmpty()) {
            return;
        }
        System.out.println("  recording AOT caches for " + String.join(", ", stale) + " (once after each build)");
        Map<String, Process> training = new LinkedHashMap<>();
        for (String service : stale) {
            try {
                Path aot = aotCache(service);
                Files.deleteIfExists(aot);
                Path log = Files.createDirectories(options.dataDir().resolve("logs")).resolve(service + "-aot.log");
                training.put(service, configure(new ProcessBuilder(command(service, List.of(
                        "-XX:AOTCacheOutput=" + aot, "-Dspring.context.exit=onRefresh", "-Xlog:aot=warning"))),
                        service, log).start());
            } catch (IOException e) {
                System.err.println("  no AOT cache for " + service + ": " + e.getMessage());
            }
        }
        for (var entry : training.entrySet()) {
            try {
                if (!entry.getValue().waitFor(180, TimeUnit.SECONDS)) {
                    entry.getValue().destroyForcibly();
                    Files.deleteIfExists(aotCache(entry.getKey()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException e) {
                System.err.println("  no AOT cache for " + entry.getKey() + ": " + e.getMessage());
            }
        }
    }

    private Path aotCache(String service) {
        if (Runtime.version().feature() < 25) {
            return null;
        }
        try {
            return Files.createDirectories(options.dataDir().resolve("aot")).resolve(service + ".aot");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void restartIfCrashed(String service, Process exited) {
        if (!supervising || stopping || processes.get(service) != exited) {
            return;
        }
        int count = restarts.merge(service, 1, Integer::sum);
        if (count > MAX_RESTARTS) {
            System.err.println("  " + service + " exited with code " + exited.exitValue() + " and was restarted "
                    + MAX_RESTARTS + " times already; leaving it stopped. See its log.");
            return;
        }
        System.out.println("  " + service + " exited with code " + exited.exitValue() + "; starting it again");
        start(service);
    }

    /** Waits until every service answers UP on /actuator/health; names the one that died or is late. */
    void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String service : options.services()) {
            while (!healthy(service)) {
                Process process = processes.get(service);
                if (!process.isAlive()) {
                    throw new IllegalStateException(service + " stopped with exit code " + process.exitValue()
                            + ". The end of its log:\n" + tail(service));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(service + " did not become healthy within " + timeout.toSeconds()
                            + " s. The end of its log:\n" + tail(service));
                }
                try {
                    TimeUnit.MILLISECONDS.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for " + service);
                }
            }
        }
        supervising = true; // from now on a service that dies is started again
    }

    boolean healthy(String service) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(options.serviceUrl(service) + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    List<ProcessHandle> handles() {
        return processes.values().stream().map(Process::toHandle).toList();
    }

    private String tail(String service) {
        try {
            List<String> lines = Files.readAllLines(options.dataDir().resolve("logs").resolve(service + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM to all, then wait; whatever is still running after the deadline is killed. */
    @Override
    public void close() {
        stopping = true;
        processes.values().forEach(Process::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (Process process : processes.values()) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!process.waitFor(left, TimeUnit.NANOSECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
