package io.pactum.notification;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestInfrastructure;
import io.pactum.chassis.testing.TestTokens;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.events.workforce.EmployeeUpserted;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One application context for every integration test of notification-service (the subclasses share it),
 * against the real in-process Kafka broker, the MongoDB-wire store and a GreenMail SMTP server. Delays are
 * short here so retries, breakers and backoff play out in seconds. Each test uses contract ids of its own.
 */
@SpringBootTest(properties = {
        "pactum.notifications.dispatch.poll-interval=200ms",
        "pactum.notifications.dispatch.retry-attempts=2",
        "pactum.notifications.dispatch.retry-wait=50ms",
        "pactum.notifications.dispatch.max-dispatches=5",
        "pactum.notifications.dispatch.first-backoff=300ms",
        "pactum.notifications.dispatch.max-backoff=1s",
        "pactum.notifications.dispatch.breaker-open-for=1s",
        "pactum.notifications.dispatch.breaker-min-calls=2",
        "pactum.notifications.webhook-hosts=127.0.0.1,hooks.slack.com",
        "spring.mail.properties.mail.smtp.connectiontimeout=1000",
        "spring.mail.properties.mail.smtp.timeout=1000"})
@AutoConfigureMockMvc
@Import(MovableClock.class) // the service's one clock: the chassis's own steps aside when a Clock bean exists
public abstract class NotificationIntegrationTest {

    protected static final RequestPostProcessor ERIN = TestTokens.as("erin", Role.EMPLOYEE, "ENG");
    protected static final RequestPostProcessor MONA = TestTokens.as("mona", Role.MANAGER, "ENG");
    protected static final RequestPostProcessor LARS = TestTokens.as("lars", Role.LD_ADMIN, "ENG", "SALES");
    protected static final Duration DEADLINE = Duration.ofSeconds(60);

    /**
     * ENG: erin (en-GB) and stina (sv-SE) report to mona, who reports to otto; lars is the units' L&D admin
     * (configured in application.yml); quinn (ENG) has no manager. SALES: sam reports to sven.
     */
    private static final List<EmployeeUpserted> WORKFORCE = List.of(
            new EmployeeUpserted("erin", "Erin Eriksson", "erin@pactum.example", "en-GB", "Europe/Stockholm", "ENG",
                    "Software Engineer", "mona", true),
            new EmployeeUpserted("stina", "Stina Svensson", "stina@pactum.example", "sv-SE", "Europe/Stockholm", "ENG",
                    "Software Engineer", "mona", true),
            new EmployeeUpserted("mona", "Mona Manager", "mona@pactum.example", "en-GB", "Europe/London", "ENG",
                    "Engineering Manager", "otto", true),
            new EmployeeUpserted("otto", "Otto Overall", "otto@pactum.example", "en-GB", "Europe/London", "ENG",
                    "Director", null, true),
            new EmployeeUpserted("lars", "Lars Learning", "lars@pactum.example", "sv-SE", "Europe/Stockholm", "ENG",
                    "L&D Admin", null, true),
            new EmployeeUpserted("quinn", "Quinn Quiet", "quinn@pactum.example", "en-GB", "Europe/Stockholm", "ENG",
                    "Software Engineer", null, true),
            new EmployeeUpserted("sam", "Sam Seller", "sam@pactum.example", "en-GB", "Europe/London", "SALES",
                    "Account Executive", "sven", true),
            new EmployeeUpserted("sven", "Sven Sales", "sven@pactum.example", "sv-SE", "Europe/Stockholm", "SALES",
                    "Sales Manager", null, true));

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp = startSmtp();
    /** Every message received, also by SMTP servers stopped since. */
    private static final List<MimeMessage> earlierMail = new ArrayList<>();
    private static boolean published;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected WorkforceDirectory workforce;
    @Autowired
    protected MovableClock clock;

    @BeforeEach
    void workforceIsKnown() {
        synchronized (NotificationIntegrationTest.class) {
            if (!published) {
                WORKFORCE.forEach(TestTopics::publish);
                published = true;
            }
        }
        await().atMost(DEADLINE).until(() -> WORKFORCE.stream().allMatch(e -> workforce.find(e.employeeId()).isPresent()));
    }

    @AfterEach
    void clockBackToNow() {
        clock.reset();
    }

    /** Every message the SMTP server(s) received so far. */
    protected static synchronized List<MimeMessage> mail() {
        List<MimeMessage> all = new ArrayList<>(earlierMail);
        if (smtp != null) {
            all.addAll(List.of(smtp.getReceivedMessages()));
        }
        return all;
    }

    /** The messages to one address whose plain text mentions {@code marker}. */
    protected static List<MimeMessage> mailTo(String address, String marker) {
        return mail().stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address) && Mails.text(m).contains(marker);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    protected static synchronized void stopSmtp() {
        earlierMail.addAll(List.of(smtp.getReceivedMessages()));
        smtp.stop();
        smtp = null;
    }

    protected static synchronized void restartSmtp() {
        smtp = startSmtp();
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
