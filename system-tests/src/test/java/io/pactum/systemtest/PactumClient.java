package io.pactum.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the platform over HTTP as one demo user, with a token from the local issuer's /dev/token. */
public final class PactumClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String token;

    private PactumClient(String token) {
        this.token = token;
    }

    public static PactumClient as(String user) {
        Response response = send(HttpRequest.newBuilder(URI.create(LocalPlatformExtension.platform().issuer() + "/dev/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user)));
        response.expectStatus(200);
        return new PactumClient(response.json().path("access_token").asString());
    }

    public static PactumClient anonymous() {
        return new PactumClient(null);
    }

    public Response get(String service, String path) {
        return send(request(service, path).GET());
    }

    /** A GET asking for a representation, e.g. {@code text/csv}. */
    public Response get(String service, String path, String accept) {
        return send(request(service, path).header("Accept", accept).GET());
    }

    public Response post(String service, String path, String json) {
        return send(request(service, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String service, String path, String json) {
        return send(request(service, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String service, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(LocalPlatformExtension.platform().url(service) + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            return new Response(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    public record Response(int status, String contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public Response expectStatus(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }
}
