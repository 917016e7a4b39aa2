package io.pactum.systemtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The local platform as its users start it ({@code local-platform.jar}), as a separate process with its
 * own data dir and every port shifted by {@link #PORT_OFFSET} (system property {@code pactum.systemtest.port-offset},
 * default 20000), so it runs beside a developer's platform and beside another run of the system tests.
 */
public final class LocalPlatform implements AutoCloseable {

    public static final int PORT_OFFSET = Integer.getInteger("pactum.systemtest.port-offset", 20000);
    public static final String CONTRACTS = "contract-service";
    public static final String BUDGETS = "budget-service";
    public static final List<String> SERVICES = List.of(CONTRACTS, BUDGETS, "competency-service",
            "notification-service", "analytics-service");
    private static final Duration READY_DEADLINE = Duration.ofSeconds(300);

    private final Path root;
    private final Path dataDir;
    private final List<String> output = new ArrayList<>();
    private Process process;

    LocalPlatform(Path root, Path dataDir) {
        this.root = root;
        this.dataDir = dataDir;
    }

    static Path root() {
        return Path.of(System.getProperty("pactum.root", "..")).toAbsolutePath().normalize();
    }

    /** Starts the platform with the demo seed and waits for {@code Pactum is ready}. */
    synchronized void start() {
        Path jar = root.resolve("local-platform/target/local-platform.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw verify from the root, which packages it first");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xmx512m", "-jar", jar.toString(),
                    "--root", root.toString(), "--data-dir", dataDir.toString(),
                    "--port-offset", String.valueOf(PORT_OFFSET), "--demo")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.startsWith("Pactum is ready")) {
                        ready.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "platform-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + READY_DEADLINE.toNanos();
        try {
            while (!ready.await(1, TimeUnit.SECONDS)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    String tail = tail();
                    close();
                    throw new IllegalStateException((process.isAlive() ? "the platform was not ready within "
                            + READY_DEADLINE.toSeconds() + " s" : "the platform stopped") + "; its output:\n" + tail);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the platform as {@code ./pactum down} does (SIGTERM) and starts it again on the same data. */
    synchronized void restart() {
        close();
        start();
    }

    public String url(String service) {
        return "http://localhost:" + (8081 + SERVICES.indexOf(service) + PORT_OFFSET);
    }

    public String issuer() {
        return "http://localhost:" + (9000 + PORT_OFFSET);
    }

    /** The running process of one service (a child of the platform). */
    public Optional<ProcessHandle> serviceProcess(String service) {
        return process.toHandle().children()
                .filter(child -> child.info().commandLine().orElse("").contains(service + ".jar"))
                .findFirst();
    }

    public String tail() {
        synchronized (output) {
            return String.join("\n", output.subList(Math.max(0, output.size() - 60), output.size()));
        }
    }

    @Override
    public synchronized void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
