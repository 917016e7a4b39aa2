package io.pactum.competency.domain;

import io.pactum.events.workforce.EmployeeUpserted;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A person in the workforce directory: who they are, where they work and who their manager is. */
public record Employee(String id, String name, String email, String locale, String timeZone, String businessUnit,
                       String jobRole, String managerId, boolean active) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern UNIT = Pattern.compile("[A-Z][A-Z0-9_-]{0,31}");

    /** The rules of one record on its own; each broken rule names its field. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            violations.add(new Violation("id", "must be 1-64 lower-case letters, digits, '.', '_' or '-'"));
        }
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "is required"));
        }
        if (email == null || !EMAIL.matcher(email).matches()) {
            violations.add(new Violation("email", "is not an email address"));
        }
        if (!validLocale(locale)) {
            violations.add(new Violation("locale", "is not a BCP 47 language tag such as en-GB or sv-SE"));
        }
        if (!validZone(timeZone)) {
            violations.add(new Violation("timeZone", "is not a time zone such as Europe/Stockholm"));
        }
        if (businessUnit == null || !UNIT.matcher(businessUnit).matches()) {
            violations.add(new Violation("businessUnit", "must be an upper-case code such as ENG"));
        }
        if (jobRole == null || jobRole.isBlank()) {
            violations.add(new Violation("jobRole", "is required"));
        }
        if (managerId != null && managerId.equals(id)) {
            violations.add(new Violation("managerId", "cannot be the employee themself"));
        }
        return violations;
    }

    public EmployeeUpserted upserted() {
        return new EmployeeUpserted(id, name, email, locale, timeZone, businessUnit, jobRole, managerId, active);
    }

    private static boolean validLocale(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return !locale.getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static boolean validZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** A broken rule, named by field. */
    public record Violation(String field, String message) {
    }
}
