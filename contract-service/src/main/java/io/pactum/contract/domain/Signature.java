package io.pactum.contract.domain;

import java.time.Instant;

/** A party's signature of one revision. */
public record Signature(String signedBy, int revision, Instant signedAt) {
}
