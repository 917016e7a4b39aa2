package io.pactum.events.workforce;

import io.pactum.events.PactumEvent;
import io.pactum.events.Topic;
import io.pactum.events.Topics;

/** Events about the workforce directory (competency-service), published on {@link Topics#WORKFORCE}. */
@Topic(Topics.WORKFORCE)
public sealed interface WorkforceEvent extends PactumEvent
        permits EmployeeUpserted, EmployeeDeactivated {
}
