package io.pactum.events.competency;

import io.pactum.events.PactumEvent;
import io.pactum.events.Topic;
import io.pactum.events.Topics;

/** Events about competency profiles (competency-service), published on {@link Topics#COMPETENCIES}. */
@Topic(Topics.COMPETENCIES)
public sealed interface CompetencyEvent extends PactumEvent
        permits CompetencyLevelChanged,
                RoleProfileChanged {
}
