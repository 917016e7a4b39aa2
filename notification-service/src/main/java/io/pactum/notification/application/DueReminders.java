package io.pactum.notification.application;

import io.pactum.chassis.time.ClockAdjusted;
import io.pactum.notification.NotificationSettings;
import io.pactum.notification.domain.People;
import io.pactum.notification.domain.Reminder;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Fires the reminders that are due, including those that fell due while the service was down. A reminder
 * is claimed by one instance; its deliveries have ids derived from the reminder, so an instance that
 * takes over an expired claim adds no second delivery. One that fell due too late to tell anything useful (a
 * milestone's 7-day reminder after downtime past its 1-day one) is skipped.
 */
@Service
public class DueReminders {

    private final ReminderBook book;
    private final Notifying notifying;
    private final People people;
    private final NotificationSettings.Dispatch settings;
    private final Clock clock;

    public DueReminders(ReminderBook book, Notifying notifying, People people, NotificationSettings settings, Clock clock) {
        this.book = book;
        this.notifying = notifying;
        this.people = people;
        this.settings = settings.dispatch();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${pactum.notifications.dispatch.poll-interval}")
    public void fireDue() {
        Optional<Reminder> due;
        while ((due = book.claimDue(clock.instant(), clock.instant().plus(settings.lease()))).isPresent()) {
            Reminder reminder = due.get();
            if (reminder.isStaleAt(clock.instant())) {
                book.skipped(reminder.id(), clock.instant());
                continue;
            }
            reminder.noticeWhenDue(people).ifPresent(notifying::deliver);
            book.done(reminder.id(), clock.instant());
        }
    }

    /** The local platform's demo seed moved the clock: what fell due meanwhile fires now, on its day. */
    @EventListener
    void clockAdjusted(ClockAdjusted adjusted) {
        fireDue();
    }
}
