package io.pactum.notification.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Something to tell people: one cause (an event or a due reminder), one template, the facts it needs,
 * and who must hear it. Each recipient gets exactly one delivery per channel for one cause.
 *
 * @param cause      the id of what caused it (event id, or reminder id); part of each delivery's unique key
 * @param template   the template key, e.g. {@code contract-proposed}
 * @param employeeId whose learning it is about
 * @param facts      values the template shows: strings, numbers, {@link java.time.LocalDate}s and
 *                   {@link java.time.Instant}s (shown in the recipient's language and time zone)
 * @param recipients person ids, without duplicates
 * @param unit       the business unit whose webhook also hears it (the notices for its L&D admins), or null
 */
public record Notice(String cause, Category category, String template, String employeeId, Map<String, Object> facts,
                     List<String> recipients, String unit) {

    public Notice {
        facts = Map.copyOf(facts);
        recipients = List.copyOf(new LinkedHashSet<>(recipients));
    }

    /** A notice for people only. */
    public Notice(String cause, Category category, String template, String employeeId, Map<String, Object> facts,
                  List<String> recipients) {
        this(cause, category, template, employeeId, facts, recipients, null);
    }
}
