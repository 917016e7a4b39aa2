package io.pactum.platform;

import java.nio.file.Path;
import java.util.List;

/**
 * How {@code ./pactum up} was asked to run.
 *
 * @param root       the checkout, where the service jars are
 * @param dataDir    where every component keeps its data ({@code .pactum/} by default)
 * @param portOffset added to every port, so a second platform (the system tests) can run beside one
 * @param demo       seed the demo organisation
 * @param services   which services to start
 */
public record PlatformOptions(Path root, Path dataDir, int portOffset, boolean demo, List<String> services) {

    public static final List<String> ALL_SERVICES = List.of(
            "contract-service", "budget-service", "competency-service", "notification-service", "analytics-service");

    public int kafkaPort() {
        return 9092 + portOffset;
    }

    public int controllerPort() {
        return 9093 + portOffset;
    }

    public int mongoPort() {
        return 27017 + portOffset;
    }

    public int smtpPort() {
        return 3025 + portOffset;
    }

    public int imapPort() {
        return 3143 + portOffset;
    }

    public int issuerPort() {
        return 9000 + portOffset;
    }

    public String issuer() {
        return "http://localhost:" + issuerPort();
    }

    public int servicePort(String service) {
        return 8081 + ALL_SERVICES.indexOf(service) + portOffset;
    }

    public String serviceUrl(String service) {
        return "http://localhost:" + servicePort(service);
    }

    public static PlatformOptions parse(String[] args) {
        Path root = Path.of("").toAbsolutePath();
        Path dataDir = null;
        int offset = 0;
        boolean demo = false;
        List<String> services = ALL_SERVICES;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = true;
                case "--root" -> root = Path.of(value(args, ++i, "--root")).toAbsolutePath();
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir")).toAbsolutePath();
                case "--port-offset" -> offset = parseOffset(value(args, ++i, "--port-offset"));
                case "--services" -> services = parseServices(value(args, ++i, "--services"));
                default -> throw new UsageException("unknown option " + args[i]);
            }
        }
        return new PlatformOptions(root, dataDir == null ? root.resolve(".pactum") : dataDir, offset, demo, services);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static int parseOffset(String text) {
        try {
            int offset = Integer.parseInt(text);
            if (offset < 0 || offset > 30000) {
                throw new UsageException("--port-offset must be between 0 and 30000");
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new UsageException("--port-offset must be a number");
        }
    }

    private static List<String> parseServices(String text) {
        List<String> services = List.of(text.split(","));
        for (String service : services) {
            if (!ALL_SERVICES.contains(service)) {
                throw new UsageException("unknown service " + service + "; known: " + String.join(",", ALL_SERVICES));
            }
        }
        return services;
    }

    /** A command line that cannot be run, said in one line. */
    public static class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
