package io.pactum.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactum.notification.domain.Category;
import io.pactum.notification.domain.Notice;
import io.pactum.notification.domain.Person;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageTemplatesTest {

    final MessageTemplates templates = new MessageTemplates();

    @Test
    void english_and_swedish_have_the_same_templates() throws Exception {
        assertThat(load("messages_sv.properties").stringPropertyNames()).isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void a_message_is_in_the_recipients_language_with_dates_in_their_zone_and_html_escaped() {
        Notice notice = new Notice("e1", Category.MILESTONE, "milestone-missed", "erin", Map.of("contractId", "c1",
                "milestone", "<b>Course</b>", "dueDate", LocalDate.of(2026, 11, 14), "employee", "Erin"), List.of("x"));
        Person swede = new Person("x", "Stina", "s@x", "sv-SE", "Europe/Stockholm", "ENG", null);
        MessageTemplates.Rendered sv = templates.render(notice, swede, "https://p/unsubscribe?token=t");
        assertThat(sv.subject()).isEqualTo("Missat delmål: <b>Course</b>");
        assertThat(sv.text()).startsWith("Hej Stina,").contains("14 november 2026", "https://p/unsubscribe?token=t");
        assertThat(sv.html()).contains("&lt;b&gt;Course&lt;/b&gt;", "href=\"https://p/unsubscribe?token=t\"").doesNotContain("<b>");

        Notice activated = new Notice("e2", Category.CONTRACT, "contract-activated", "erin",
                Map.of("contractId", "c1", "at", Instant.parse("2026-07-01T12:00:00Z")), List.of("x"));
        Person londoner = new Person("x", "Mona", "m@x", "en-GB", "Europe/London", "ENG", null);
        MessageTemplates.Rendered en = templates.render(activated, londoner, null);
        assertThat(en.text()).contains("active since 1 July 2026 13:00").doesNotContain("unsubscribe");
        assertThat(en.html()).as("only email has HTML").isNull();
    }

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessageTemplatesTest.class.getResourceAsStream("/notifications/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
