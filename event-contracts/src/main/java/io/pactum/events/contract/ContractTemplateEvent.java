package io.pactum.events.contract;

import io.pactum.events.PactumEvent;
import io.pactum.events.Topic;
import io.pactum.events.Topics;

/**
 * Events about contract templates (contract-service), published on {@link Topics#CONTRACTS} beside the
 * contracts' own events; a template has no contract id, hence its own interface.
 */
@Topic(Topics.CONTRACTS)
public sealed interface ContractTemplateEvent extends PactumEvent permits ContractTemplatePublished {

    String templateId();
}
