package io.pactum.analytics;

import io.pactum.analytics.application.AnalyticsQueries;
import io.pactum.analytics.application.BenefitRegister;
import io.pactum.analytics.application.BenefitStore;
import io.pactum.analytics.application.EventLog;
import io.pactum.analytics.application.Generations;
import io.pactum.analytics.application.ProgramReturns;
import io.pactum.analytics.application.Projections;
import io.pactum.analytics.application.ReadModelStore;
import io.pactum.analytics.application.Rebuilds;
import io.pactum.analytics.application.Slices;
import io.pactum.analytics.messaging.KafkaEventLog;
import io.pactum.analytics.persistence.MongoBenefits;
import io.pactum.analytics.persistence.MongoReadModels;
import io.pactum.chassis.workforce.WorkforceDirectory;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Wires the use cases to MongoDB and Kafka. */
@Configuration
class AnalyticsConfiguration {

    @Bean
    ReadModelStore readModelStore(MongoTemplate mongo) {
        return new MongoReadModels(mongo);
    }

    @Bean
    BenefitStore benefitStore(MongoTemplate mongo) {
        return new MongoBenefits(mongo);
    }

    @Bean
    Generations generations(ReadModelStore store) {
        return new Generations(store);
    }

    @Bean
    Projections projections(ReadModelStore store, Generations generations) {
        return new Projections(store, generations);
    }

    @Bean
    Slices slices(ReadModelStore store, Generations generations, WorkforceDirectory workforce) {
        return new Slices(store, generations, workforce);
    }

    @Bean
    ProgramReturns programReturns(ReadModelStore store, BenefitStore benefits) {
        return new ProgramReturns(store, benefits);
    }

    @Bean
    AnalyticsQueries analyticsQueries(ReadModelStore store, BenefitStore benefits, WorkforceDirectory workforce,
                                      ProgramReturns returns) {
        return new AnalyticsQueries(store, benefits, workforce, returns);
    }

    @Bean
    BenefitRegister benefitRegister(ReadModelStore store, BenefitStore benefits, Generations generations, Clock clock) {
        return new BenefitRegister(store, benefits, generations, clock);
    }

    @Bean
    EventLog eventLog(@Value("${pactum.kafka.bootstrap-servers}") String bootstrapServers,
                      @Value("${spring.application.name}") String application) {
        return new KafkaEventLog(bootstrapServers, application + "-rebuild");
    }

    @Bean(destroyMethod = "close")
    Rebuilds rebuilds(ReadModelStore store, Generations generations, Projections projections, EventLog eventLog, Clock clock) {
        return new Rebuilds(store, generations, projections, eventLog, clock);
    }
}
