package io.pactum.events.budget;

import io.pactum.events.PactumEvent;
import io.pactum.events.Topic;
import io.pactum.events.Topics;

/** Events about learning budgets (budget-service), published on {@link Topics#BUDGETS}. */
@Topic(Topics.BUDGETS)
public sealed interface BudgetEvent extends PactumEvent
        permits BudgetReserved,
                BudgetReservationDeclined,
                BudgetAllocated,
                BudgetAdjusted,
                BudgetReservationPendingApproval,
                BudgetSpent,
                BudgetReleased,
                BudgetThresholdReached {
}
