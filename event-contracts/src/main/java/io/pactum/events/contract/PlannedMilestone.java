package io.pactum.events.contract;

import java.time.LocalDate;

/** A milestone of the signed terms with its due date, so reminders can be scheduled before it. */
public record PlannedMilestone(String milestoneId, String title, LocalDate dueDate) {
}
