package io.pactum.platform;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks, before anything starts, that every port the platform needs is free. */
final class Ports {

    private Ports() {
    }

    static Map<Integer, String> needed(PlatformOptions options) {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(options.kafkaPort(), "the Kafka broker");
        ports.put(options.controllerPort(), "the Kafka controller");
        ports.put(options.mongoPort(), "the MongoDB-wire store");
        ports.put(options.smtpPort(), "the SMTP server");
        ports.put(options.imapPort(), "the IMAP server (to read mail back)");
        ports.put(options.issuerPort(), "the OIDC issuer");
        for (String service : options.services()) {
            ports.put(options.servicePort(service), service);
        }
        return ports;
    }

    /** @throws PortTakenException naming the first taken port and what needs it */
    static void requireFree(Map<Integer, String> ports) {
        for (var port : ports.entrySet()) {
            if (!isFree(port.getKey())) {
                throw new PortTakenException("Port " + port.getKey() + " is already in use; " + port.getValue()
                        + " needs it. Stop what uses it (is Pactum already running? ./pactum down) or start with --port-offset N.");
            }
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port another process holds. */
    static class PortTakenException extends RuntimeException {
        PortTakenException(String message) {
            super(message);
        }
    }
}
