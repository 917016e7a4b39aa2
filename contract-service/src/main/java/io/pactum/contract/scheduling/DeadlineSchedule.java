package io.pactum.contract.scheduling;

import io.pactum.chassis.time.ClockAdjusted;
import io.pactum.contract.application.MissedDeadlines;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline scan every {@code pactum.contracts.deadline-scan.interval}, first at startup (so a
 * restart after downtime catches up at once). ShedLock (collection {@code shedLock}) keeps the other
 * instances from scanning at the same moment — only to save work: each missed deadline is reported once
 * by the contract's own conditional write, lock or no lock.
 */
@Component
class DeadlineSchedule {

    private final MissedDeadlines missedDeadlines;

    DeadlineSchedule(MissedDeadlines missedDeadlines) {
        this.missedDeadlines = missedDeadlines;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
    static class Locking {

        @Bean
        LockProvider lockProvider(MongoTemplate mongo) {
            return new MongoLockProvider(mongo.getDb());
        }
    }

    @Scheduled(fixedDelayString = "${pactum.contracts.deadline-scan.interval}")
    @SchedulerLock(name = "contract-deadline-scan")
    public void scan() {
        missedDeadlines.scan();
    }

    /** The local platform's demo seed moved the clock: what fell due meanwhile is reported now, in its month. */
    @EventListener
    void clockAdjusted(ClockAdjusted adjusted) {
        missedDeadlines.scan();
    }
}
