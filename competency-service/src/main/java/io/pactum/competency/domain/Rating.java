package io.pactum.competency.domain;

import java.time.Instant;

/**
 * One rating of an employee's proficiency in a competency.
 *
 * @param ratedBy   the person who rated, or null for a contract assessment
 * @param reference what it rests on: the contract for an assessment, a certificate or a note otherwise; may be null
 */
public record Rating(String competencyId, int level, RatingSource source, String ratedBy, Instant ratedAt,
                     String reference) {
}
