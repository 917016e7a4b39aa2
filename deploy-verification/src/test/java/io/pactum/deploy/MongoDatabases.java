package io.pactum.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

/** Which MongoDB database each service owns: {@code pactum-<service without "-service">}, as local-platform names them. */
final class MongoDatabases {

    private MongoDatabases() {
    }

    static String database(String service) {
        return "pactum-" + service.replace("-service", "");
    }

    /** The users mongodb-init creates in docker-compose.yml: service → database it may write. */
    static Map<String, String> composeUsers() {
        String pairs = Compose.withExampleEnvironment().environment("mongodb-init").get("PACTUM_SERVICE_DATABASES");
        Map<String, String> users = new LinkedHashMap<>();
        for (String pair : pairs.strip().split("\\s+")) {
            String[] parts = pair.split(":");
            users.put(parts[0], parts[1]);
        }
        return users;
    }
}
