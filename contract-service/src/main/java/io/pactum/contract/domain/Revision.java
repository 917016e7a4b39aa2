package io.pactum.contract.domain;

import java.time.Instant;
import java.util.List;

/** One revision of the terms as it was agreed or proposed, kept when a later amendment replaces it. */
public record Revision(int number, ContractTerms terms, String createdBy, Instant createdAt, List<String> changedFields) {

    public Revision {
        changedFields = List.copyOf(changedFields);
    }
}
