package io.pactum.notification.domain;

/** The reminders notification-service schedules itself. */
public enum ReminderKind {
    /** A proposal or amendment still unsigned some days later: to the party who has not signed. */
    SIGNATURE_PENDING,
    /** A missed milestone still open some days later: to the manager's manager and the unit's L&D admins. */
    MILESTONE_ESCALATION,
    /** A funding approval still pending some days later: to the unit's L&D admins. */
    APPROVAL_PENDING,
    /** A milestone of an ACTIVE contract comes due (some days before its due date): to employee and manager. */
    MILESTONE_DUE,
    /** A check-in comes due by the contract's cadence: to employee and manager. */
    CHECK_IN_DUE
}
