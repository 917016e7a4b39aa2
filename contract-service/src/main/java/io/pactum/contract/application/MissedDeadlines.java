package io.pactum.contract.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pactum.contract.domain.LearningContract;
import io.pactum.events.contract.ContractEvent;
import io.pactum.events.contract.MilestoneMissed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Finds the deadlines active contracts missed (milestones past due and not completed, check-ins the
 * cadence called for) and reports each once. The once-ness comes from the contract's document: the
 * missed deadline is marked in the same conditional write (on the version read) as its event, so of two
 * scans that read the same contract only one writes; the other re-reads, finds it marked and reports
 * nothing. A scan after downtime catches up on every deadline passed meanwhile. Only contracts whose
 * stored next deadline has passed are read.
 */
@Service
public class MissedDeadlines {

    private static final Logger log = LoggerFactory.getLogger(MissedDeadlines.class);
    private static final int BATCH = 200;
    private static final int ATTEMPTS = 5;

    private final ContractRepository contracts;
    private final Clock clock;
    private final MeterRegistry meters;

    public MissedDeadlines(ContractRepository contracts, Clock clock, MeterRegistry meters) {
        this.contracts = contracts;
        this.clock = clock;
        this.meters = meters;
    }

    /** @return how many missed deadlines this scan reported */
    public int scan() {
        int reported = 0;
        String after = null;
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        for (List<String> ids = contracts.activeWithDeadlineBefore(today, null, BATCH); !ids.isEmpty();
             ids = contracts.activeWithDeadlineBefore(today, after, BATCH)) {
            for (String id : ids) {
                try {
                    reported += report(id);
                } catch (RuntimeException e) {
                    // one contract that cannot be read or written must not stop the others' reminders
                    log.error("deadline scan skipped contract {}; the next scan tries again", id, e);
                }
            }
            after = ids.getLast();
        }
        if (reported > 0) {
            log.info("reported {} missed deadlines", reported);
        }
        return reported;
    }

    /** {@code pactum_contract_deadlines_missed_total} by {@code kind} milestone or check_in, counted once per report. */
    private void count(ContractEvent event) {
        Counter.builder("pactum.contract.deadlines.missed").description("Missed deadlines reported, by kind")
                .tag("kind", event instanceof MilestoneMissed ? "milestone" : "check_in").register(meters).increment();
    }

    private int report(String id) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ContractRepository.Stored stored = contracts.find(id).orElse(null);
            if (stored == null) {
                return 0;
            }
            LearningContract contract = stored.contract();
            List<ContractEvent> events = contract.reportMissedDeadlines(clock.instant());
            if (events.isEmpty()) {
                return 0;
            }
            if (contracts.update(stored, contract, events, null)) {
                events.forEach(this::count);
                return events.size();
            }
        }
        log.warn("contract {} kept changing during the deadline scan; the next scan tries again", id);
        return 0;
    }
}
