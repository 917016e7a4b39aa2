package io.pactum.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.util.ArrayList;
import java.util.List;

/** Reads the parts of a received multipart email. */
public final class Mails {

    private Mails() {
    }

    public static String text(Part message) throws Exception {
        return parts(message, "text/plain").stream().findFirst().orElse("");
    }

    public static String html(Part message) throws Exception {
        return parts(message, "text/html").stream().findFirst().orElse("");
    }

    private static List<String> parts(Part part, String type) throws Exception {
        List<String> found = new ArrayList<>();
        if (part.isMimeType(type)) {
            found.add(String.valueOf(part.getContent()));
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                found.addAll(parts(child, type));
            }
        }
        return found;
    }
}
