package io.pactum.notification.messaging;

import io.pactum.notification.application.ChannelSender;
import io.pactum.notification.domain.Channel;
import io.pactum.notification.domain.Delivery;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Email over SMTP ({@code spring.mail.*}): multipart plain text + HTML, with one-click unsubscribe headers (RFC 8058). */
@Component
class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final String from;

    EmailSender(JavaMailSender mail, @Value("${pactum.notifications.mail-from}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery) throws Exception {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(delivery.address());
        helper.setSubject(delivery.subject());
        if (delivery.html() == null) {
            helper.setText(delivery.text());
        } else {
            helper.setText(delivery.text(), delivery.html());
        }
        if (delivery.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + delivery.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("X-Pactum-Delivery", delivery.id());
        mail.send(message);
    }
}
