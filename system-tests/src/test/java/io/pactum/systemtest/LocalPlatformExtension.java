package io.pactum.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts one local platform for the whole test run (the first class that needs it), stopped at the end. */
public final class LocalPlatformExtension implements BeforeAllCallback {

    private static LocalPlatform platform;

    public static synchronized LocalPlatform platform() {
        if (platform == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(LocalPlatformExtension.class)");
        }
        return platform;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (LocalPlatformExtension.class) {
            if (platform != null) {
                return;
            }
            Path data = createDataDir();
            LocalPlatform started = new LocalPlatform(LocalPlatform.root(), data);
            started.start();
            platform = started;
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("pactum-platform",
                    (ExtensionContext.Store.CloseableResource) () -> {
                        started.close();
                        deleteQuietly(data);
                    });
        }
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("pactum-system-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
