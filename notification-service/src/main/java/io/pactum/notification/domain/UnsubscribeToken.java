package io.pactum.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The capability in an email's unsubscribe link: who and which category, signed with the service's secret
 * (HMAC-SHA256), so the link works without a login and a forged or altered one is refused.
 */
public final class UnsubscribeToken {

    /** What a valid token allows: switching email off for one person and category. */
    public record Unsubscribe(String userId, Category category) {
    }

    private final byte[] secret;

    public UnsubscribeToken(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the unsubscribe secret must have at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(String userId, Category category) {
        String claim = encode((userId + "\n" + category.name()).getBytes(StandardCharsets.UTF_8));
        return claim + "." + encode(mac(claim));
    }

    public Optional<Unsubscribe> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String claim = token.substring(0, dot);
        byte[] signature;
        String[] parts;
        try {
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            parts = new String(Base64.getUrlDecoder().decode(claim), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(signature, mac(claim)) || parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Unsubscribe(parts[0], Category.valueOf(parts[1])));
        } catch (IllegalArgumentException unknownCategory) {
            return Optional.empty();
        }
    }

    private byte[] mac(String claim) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(claim.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
