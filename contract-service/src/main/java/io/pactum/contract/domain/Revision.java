package io.pactum.contract.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One revision of the terms and the signatures it received. An amendment starts a new revision; the
 * old one stays in the history as it was, with whoever had signed it.
 */
public record Revision(int number, ContractTerms terms, String createdBy, Instant createdAt,
                       List<String> changedFields, List<Signature> signatures) {

    public Revision {
        changedFields = List.copyOf(changedFields);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }

    public Optional<Signature> signatureOf(String party) {
        return signatures.stream().filter(s -> s.signedBy().equals(party)).findFirst();
    }

    Revision signedBy(Signature signature) {
        List<Signature> signed = new ArrayList<>(signatures);
        signed.add(signature);
        return new Revision(number, terms, createdBy, createdAt, changedFields, signed);
    }
}
