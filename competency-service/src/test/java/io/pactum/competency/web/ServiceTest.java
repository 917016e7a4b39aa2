package io.pactum.competency.web;

import io.pactum.chassis.testing.TestInfrastructure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context of this module's integration tests: the real in-process broker, the
 * MongoDB-wire store and a clock the tests can move. Sharing it keeps one consumer group member per topic.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ServiceTest.Clocks.class)
abstract class ServiceTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        MovableClock testClock() {
            return new MovableClock();
        }
    }

    /** The real time plus an offset the test sets. */
    static final class MovableClock extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void moveBy(Duration duration) {
            offset.set(duration);
        }

        void reset() {
            offset.set(Duration.ZERO);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the service's clock is UTC");
        }
    }
}
