package io.pactum.platform;

import io.pactum.platform.issuer.IssuerApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default behind {@code ./pactum up}: a real Kafka broker (KRaft), the MongoDB-wire store
 * with its H2 file, GreenMail SMTP/IMAP and the local OIDC issuer in this process; the five services as
 * separate JVMs. Everything keeps its data under the data dir; Ctrl-C (SIGTERM) stops it all in order.
 */
public final class LocalPlatform {

    public static final String READY = "Pactum is ready";

    private final PlatformOptions options;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    private LocalPlatform(PlatformOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        PlatformOptions options;
        try {
            options = PlatformOptions.parse(args);
            Ports.requireFree(Ports.needed(options));
        } catch (PlatformOptions.UsageException | Ports.PortTakenException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LocalPlatform platform = new LocalPlatform(options);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "pactum-stop"));
        try {
            platform.start();
        } catch (RuntimeException e) {
            System.err.println("Pactum could not start: " + e.getMessage());
            System.exit(1);
        }
        try {
            new CountDownLatch(1).await(); // until SIGTERM/SIGINT runs the shutdown hook
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void start() {
        long started = System.nanoTime();
        Path data = options.dataDir();
        writePid(data);
        System.out.println("Starting Pactum (data in " + data + ")");
        running.push(KafkaBroker.start(data.resolve("kafka"), options.kafkaPort(), options.controllerPort()));
        System.out.println("  kafka broker      localhost:" + options.kafkaPort());
        running.push(MongoStore.start(data.resolve("mongo"), options.mongoPort()));
        System.out.println("  mongodb-wire      localhost:" + options.mongoPort());
        running.push(MailServer.start(options.smtpPort(), options.imapPort()));
        System.out.println("  smtp / imap       localhost:" + options.smtpPort() + " / " + options.imapPort());
        ServiceProcesses services = new ServiceProcesses(options);
        running.push(services);
        services.startAll(); // they fetch the issuer's keys with the first token, so it may start while they do
        running.push(startIssuer(data));
        System.out.println("  oidc issuer       " + options.issuer());
        services.awaitHealthy(Duration.ofSeconds(240));
        System.out.printf("  services healthy  after %.1f s%n", (System.nanoTime() - started) / 1e9);
        if (options.demo()) {
            new DemoSeed(options).run();
        }
        System.out.println(READY);
        for (String service : options.services()) {
            System.out.printf("  %-22s %s%n", service, options.serviceUrl(service));
        }
        if (options.services().contains("analytics-service")) {
            System.out.println("  dashboard              " + options.serviceUrl("analytics-service") + "/dashboard (log in as lars, password lars)");
        }
        System.out.println("  token                  curl -s -X POST " + options.issuer() + "/dev/token -d username=erin");
        System.out.println("  stop                   Ctrl-C, or ./pactum down");
        System.out.flush();
    }

    private AutoCloseable startIssuer(Path data) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(IssuerApplication.class)
                .registerShutdownHook(false)
                .properties(
                        "server.port=" + options.issuerPort(),
                        "spring.main.banner-mode=off",
                        "pactum.issuer.url=" + options.issuer(),
                        "pactum.issuer.key-file=" + data.resolve("issuer").resolve("signing-key.json"),
                        "pactum.issuer.dashboard-redirect=" + options.serviceUrl("analytics-service")
                                + "/dashboard/");
        ConfigurableApplicationContext context = builder.run();
        return context::close;
    }

    private void writePid(Path data) {
        try {
            Files.createDirectories(data);
            Files.writeString(data.resolve("platform.pid"), String.valueOf(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write to the data dir " + data, e);
        }
    }

    /** Stops in reverse order of start: issuer, services, mail, store, broker. */
    private synchronized void stop() {
        if (running.isEmpty()) {
            return;
        }
        System.out.println("Stopping Pactum");
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                System.err.println("  while stopping: " + e);
            }
        }
        try {
            Files.deleteIfExists(options.dataDir().resolve("platform.pid"));
        } catch (IOException e) {
            System.err.println("  could not remove the pid file: " + e.getMessage());
        }
        System.out.println("Pactum stopped");
    }
}
