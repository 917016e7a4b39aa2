package io.pactum.notification.application;

import io.pactum.notification.domain.Reminder;
import io.pactum.notification.domain.ReminderRules.Cancellation;
import java.time.Instant;
import java.util.Optional;

/** Stored reminders: they survive restarts, and each is claimed by one instance with a conditional single-document write. */
public interface ReminderBook {

    /** Schedules it unless a reminder with its id exists (scheduling again changes nothing). */
    void schedule(Reminder reminder);

    /** Cancels the SCHEDULED reminders holding the key (except {@code keep}). */
    void cancel(Cancellation cancellation);

    /** Claims the next reminder due at {@code now} (or whose claim expired) until {@code leaseUntil}. */
    Optional<Reminder> claimDue(Instant now, Instant leaseUntil);

    /** Its deliveries exist: done. */
    void done(String reminderId, Instant at);

    /** It fell due too late to tell anything useful (see {@link Reminder#isStaleAt}): skipped, nothing sent. */
    void skipped(String reminderId, Instant at);

    /** SCHEDULED, CLAIMED, DONE, SKIPPED or CANCELLED; empty when unknown. */
    Optional<String> statusOf(String reminderId);
}
