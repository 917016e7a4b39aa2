package io.pactum.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactum.events.Money;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.PlannedActivity;
import io.pactum.events.contract.PlannedMilestone;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignedContractTest {

    static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void it_keeps_the_milestones_the_cadence_and_the_span_of_the_activities() {
        SignedContract signed = SignedContract.of(new ContractSigned("c1", "erin", "mona", 2, new Money(1, "EUR"), 2026, "ENG",
                AT, "AWS Solutions Architect", null, List.of(),
                List.of(new PlannedActivity("WORKSHOP", "Day 1", "Acme", new Money(1, "EUR"), LocalDate.of(2026, 12, 5),
                                LocalDate.of(2026, 12, 6)),
                        new PlannedActivity("ONLINE_COURSE", "Course", "Acme", new Money(1, "EUR"), LocalDate.of(2026, 12, 1),
                                LocalDate.of(2027, 1, 31))),
                List.of(new PlannedMilestone("m1", "Course finished", LocalDate.of(2027, 1, 31))), 14));

        assertThat(signed.revision()).isEqualTo(2);
        assertThat(signed.milestones()).containsExactly(
                new SignedContract.DueMilestone("m1", "Course finished", LocalDate.of(2027, 1, 31)));
        assertThat(signed.checkInEveryDays()).isEqualTo(14);
        assertThat(signed.start()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(signed.end()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(signed.name()).isEqualTo("AWS Solutions Architect");
    }

    @Test
    void an_event_published_before_the_terms_were_added_gives_nothing_to_remind_of() {
        SignedContract signed = SignedContract.of(new ContractSigned("c1", "erin", "mona", 1, null, 2026, "ENG", AT));
        assertThat(signed.milestones()).isEmpty();
        assertThat(signed.checkInEveryDays()).isNull();
        assertThat(signed.start()).isNull();
        assertThat(signed.name()).isEqualTo("c1");
    }
}
