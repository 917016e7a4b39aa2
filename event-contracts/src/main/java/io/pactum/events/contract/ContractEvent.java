package io.pactum.events.contract;

import io.pactum.events.PactumEvent;
import io.pactum.events.Topic;
import io.pactum.events.Topics;

/** Events about learning contracts (contract-service), published on {@link Topics#CONTRACTS}. */
@Topic(Topics.CONTRACTS)
public sealed interface ContractEvent extends PactumEvent
        permits ContractSigned,
                ContractProposed,
                ContractAmended,
                ContractActivated,
                ContractFundingDeclined,
                MilestoneCompleted,
                MilestoneMissed,
                CheckInRecorded,
                CheckInMissed,
                ContractCompleted,
                ContractFailed,
                ContractCancelled {

    String contractId();
}
