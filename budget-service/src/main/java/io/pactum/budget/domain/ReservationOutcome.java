package io.pactum.budget.domain;

import io.pactum.events.budget.BudgetEvent;
import java.util.List;

/** What an account answered to a signed contract, and the events that answer publishes. */
public record ReservationOutcome(boolean reserved, String reason, List<BudgetEvent> events) {

    public ReservationOutcome {
        events = List.copyOf(events);
    }
}
