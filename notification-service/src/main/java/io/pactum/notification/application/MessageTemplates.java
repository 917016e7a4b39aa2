package io.pactum.notification.application;

import io.pactum.notification.domain.DigestItem;
import io.pactum.notification.domain.Notice;
import io.pactum.notification.domain.Person;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a notice for one recipient from the templates in {@code notifications/} (English and Swedish
 * message bundles, one HTML layout): their language, dates and times in their time zone.
 */
@Component
public class MessageTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String htmlLayout;

    public MessageTemplates() {
        try (InputStream in = MessageTemplates.class.getResourceAsStream("/notifications/mail.html")) {
            htmlLayout = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message in the recipient's language; {@code unsubscribeUrl} null for channels without one. */
    public Rendered render(Notice notice, Person recipient, String unsubscribeUrl) {
        Locale language = recipient.language();
        ResourceBundle bundle = ResourceBundle.getBundle("notifications.messages", language, NO_FALLBACK);
        Map<String, String> facts = new java.util.HashMap<>();
        notice.facts().forEach((name, value) -> facts.put(name, shown(value, recipient)));
        facts.put("recipient", recipient.name() == null ? recipient.id() : recipient.name());
        facts.put("category", bundle.getString("category." + notice.category().name()));
        String subject = fill(bundle.getString(notice.template() + ".subject"), facts);
        String greeting = fill(bundle.getString("greeting"), facts);
        String body = fill(bundle.getString(notice.template() + ".body"), facts);
        String signoff = bundle.getString("signoff");
        String unsubscribe = fill(bundle.getString("unsubscribe"), facts);
        StringBuilder text = new StringBuilder(greeting).append("\n\n").append(body).append("\n\n").append(signoff);
        String html = null;
        if (unsubscribeUrl != null) {
            text.append("\n\n").append(unsubscribe).append(": ").append(unsubscribeUrl);
            html = fillEscaped(htmlLayout, Map.of("lang", language.getLanguage(), "subject", subject, "greeting", greeting,
                    "body", body, "signoff", signoff, "unsubscribe", unsubscribe, "unsubscribeUrl", unsubscribeUrl));
        }
        return new Rendered(subject, text.toString(), html, body);
    }

    /** One email for all the items of a daily digest, in the recipient's language. */
    public Rendered renderDigest(Person recipient, List<DigestItem> items) {
        Locale language = recipient.language();
        ResourceBundle bundle = ResourceBundle.getBundle("notifications.messages", language, NO_FALLBACK);
        Map<String, String> facts = Map.of("recipient", recipient.name() == null ? recipient.id() : recipient.name(),
                "count", String.valueOf(items.size()));
        String subject = fill(bundle.getString("digest.subject"), facts);
        String greeting = fill(bundle.getString("greeting"), facts);
        String signoff = bundle.getString("signoff");
        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"><title>").append(escape(subject)).append("</title></head><body>\n<p>")
                .append(escape(greeting)).append("</p>\n");
        for (DigestItem item : items) {
            text.append("* ").append(item.subject()).append("\n").append(item.text()).append("\n\n");
            html.append("<h3>").append(escape(item.subject())).append("</h3>\n<p>").append(escape(item.text())).append("</p>\n");
        }
        text.append(signoff);
        html.append("<p>").append(escape(signoff)).append("</p>\n</body></html>\n");
        return new Rendered(subject, text.toString(), html.toString(), null);
    }

    /** Subject, plain text, HTML (email only, else null), and the body alone (what a digest shows of it). */
    public record Rendered(String subject, String text, String html, String body) {
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, StandardCharsets.UTF_8.name());
    }

    private static String shown(Object value, Person recipient) {
        Locale language = recipient.language();
        return switch (value) {
            case Instant instant -> DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm zzz", language)
                    .withZone(recipient.zone()).format(instant);
            case LocalDate date -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(date);
            default -> String.valueOf(value);
        };
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String fillEscaped(String template, Map<String, String> values) {
        Map<String, String> escaped = new java.util.HashMap<>();
        values.forEach((name, value) -> escaped.put(name, HtmlUtils.htmlEscape(value, StandardCharsets.UTF_8.name())));
        return fill(template, escaped);
    }
}
