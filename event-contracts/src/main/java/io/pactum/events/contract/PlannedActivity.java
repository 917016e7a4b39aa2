package io.pactum.events.contract;

import io.pactum.events.Money;
import java.time.LocalDate;

/**
 * One activity of a contract's signed terms (or of a template), as analytics and reminders need it.
 *
 * @param type WORKSHOP, ONLINE_COURSE, COACHING, MENTORING, CERTIFICATION, CONFERENCE, ON_THE_JOB or SELF_STUDY
 * @param start absent in a template, whose dates are relative
 */
public record PlannedActivity(String type, String title, String provider, Money plannedCost, LocalDate start,
                              LocalDate end) {
}
