package io.pactum.notification.application;

import io.pactum.notification.domain.SignedContract;
import java.time.Instant;
import java.util.Optional;

/**
 * What this service remembers of each contract's latest signed revision (one document per contract), from
 * ContractSigned until its reminders are scheduled at ContractActivated and re-scheduled at each check-in.
 */
public interface SignedContracts {

    /** Keeps these terms unless the same or a newer revision is known already (a redelivered or late event). */
    void remember(SignedContract signed);

    Optional<SignedContract> find(String contractId);

    /** Records a check-in (the latest one known stays) and answers the contract as it is now; empty when unknown. */
    Optional<SignedContract> checkedIn(String contractId, Instant recordedAt);
}
