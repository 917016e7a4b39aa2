package io.pactum.notification.domain;

/** The reminders notification-service schedules itself. */
public enum ReminderKind {
    /** A proposal or amendment still unsigned some days later: to the party who has not signed. */
    SIGNATURE_PENDING,
    /** A missed milestone still open some days later: to the manager's manager and the unit's L&D admins. */
    MILESTONE_ESCALATION,
    /** A funding approval still pending some days later: to the unit's L&D admins. */
    APPROVAL_PENDING
}
