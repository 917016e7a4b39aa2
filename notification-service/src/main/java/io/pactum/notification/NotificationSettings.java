package io.pactum.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pactum.notifications.*} in application.yml.
 *
 * @param publicUrl              where people reach this service (unsubscribe links point here)
 * @param unsubscribeSecret      HMAC key of the unsubscribe tokens (at least 16 characters; set it per environment)
 * @param learningAdmins         the L&D admins of each business unit (the workforce directory does not carry roles)
 * @param signatureReminderAfter an unsigned proposal or amendment is recalled after this long
 * @param escalationAfter        a missed milestone still open after this long goes to the manager's manager and L&D
 * @param approvalReminderAfter  a funding approval still pending after this long is recalled to the unit's L&D admins
 * @param milestoneRemindersBefore how long before its due date each milestone of an ACTIVE contract is recalled
 * @param checkInReminderBefore  how long before its due date a check-in is recalled (0: on the day)
 * @param reminderTime           the time of day (HH:mm, the employee's zone) milestone and check-in reminders go out
 * @param webhookHosts           the hosts a webhook URL may point to (https only)
 */
@ConfigurationProperties("pactum.notifications")
public record NotificationSettings(String publicUrl, String unsubscribeSecret, Map<String, List<String>> learningAdmins,
                                   Duration signatureReminderAfter, Duration escalationAfter, Duration approvalReminderAfter,
                                   List<Duration> milestoneRemindersBefore, Duration checkInReminderBefore,
                                   LocalTime reminderTime, Set<String> webhookHosts,
                                   Dispatch dispatch) {

    public NotificationSettings {
        learningAdmins = learningAdmins == null ? Map.of() : Map.copyOf(learningAdmins);
        milestoneRemindersBefore = milestoneRemindersBefore == null ? List.of() : List.copyOf(milestoneRemindersBefore);
        webhookHosts = webhookHosts == null ? Set.of() : Set.copyOf(webhookHosts);
    }

    /**
     * How deliveries and reminders go out.
     *
     * @param pollInterval      how often due deliveries and reminders are looked for
     * @param lease             how long a claimed delivery or reminder belongs to one instance before another may take it
     * @param retryAttempts     quick attempts per dispatch (Resilience4j retry, exponential backoff from {@code retryWait})
     * @param retryWait         the first wait between quick attempts
     * @param maxDispatches     failed dispatches before a delivery is given up as FAILED
     * @param firstBackoff      wait after the first failed dispatch; doubles each time up to {@code maxBackoff}
     * @param maxBackoff        the longest wait between dispatches
     * @param breakerOpenFor    how long a channel's circuit breaker stays open before it probes again
     * @param breakerMinCalls   dispatches the breaker needs to see before it may open
     */
    public record Dispatch(Duration pollInterval, Duration lease, int retryAttempts, Duration retryWait,
                           int maxDispatches, Duration firstBackoff, Duration maxBackoff, Duration breakerOpenFor,
                           int breakerMinCalls) {
    }
}
