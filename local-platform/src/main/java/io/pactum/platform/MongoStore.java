package io.pactum.platform;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The MongoDB-wire store (mongo-java-server) with its persistent H2 MVStore backend in one file. */
final class MongoStore implements AutoCloseable {

    private final MongoServer server;
    private final H2Backend backend;

    private MongoStore(MongoServer server, H2Backend backend) {
        this.server = server;
        this.backend = backend;
    }

    static MongoStore start(Path dir, int port) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        H2Backend backend = new H2Backend(dir.resolve("pactum.mv").toString());
        MongoServer server = new MongoServer(backend);
        server.bind("localhost", port);
        return new MongoStore(server, backend);
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
