package io.pactum.notification.application;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.pactum.events.notification.NotificationFailed;
import io.pactum.events.notification.NotificationSent;
import io.pactum.notification.NotificationSettings;
import io.pactum.notification.domain.Channel;
import io.pactum.notification.domain.Delivery;
import io.pactum.notification.domain.People;
import io.pactum.notification.domain.Person;
import io.pactum.notification.domain.RetrySchedule;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Sends due deliveries. Each is claimed by one instance (a conditional single-document write), sent
 * through its channel's circuit breaker and quick retries (Resilience4j), then marked SENT; a failed
 * dispatch waits with exponential backoff, and after the last one the delivery is FAILED with a
 * NotificationFailed event. While a channel's breaker is open its deliveries wait without losing an attempt.
 */
@Service
public class Dispatching {

    private static final Logger log = LoggerFactory.getLogger(Dispatching.class);

    private final Deliveries deliveries;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final Map<Channel, CircuitBreaker> breakers = new EnumMap<>(Channel.class);
    private final Map<Channel, Retry> retries = new EnumMap<>(Channel.class);
    private final RetrySchedule schedule;
    private final NotificationSettings.Dispatch settings;
    private final DeliveryMeters meters;
    private final People people;
    private final MessageTemplates templates;
    private final Clock clock;

    public Dispatching(Deliveries deliveries, List<ChannelSender> senders, NotificationSettings settings,
                       DeliveryMeters meters, People people, MessageTemplates templates, Clock clock) {
        this.deliveries = deliveries;
        this.people = people;
        this.templates = templates;
        this.settings = settings.dispatch();
        this.schedule = new RetrySchedule(this.settings.maxDispatches(), this.settings.firstBackoff(), this.settings.maxBackoff());
        this.meters = meters;
        this.clock = clock;
        RetryConfig retry = RetryConfig.custom().maxAttempts(this.settings.retryAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(this.settings.retryWait(), 2.0)).build();
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                .minimumNumberOfCalls(this.settings.breakerMinCalls())
                .slidingWindowSize(Math.max(10, this.settings.breakerMinCalls()))
                .failureRateThreshold(50)
                .waitDurationInOpenState(this.settings.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1).build();
        for (ChannelSender sender : senders) {
            this.senders.put(sender.channel(), sender);
            this.breakers.put(sender.channel(), CircuitBreaker.of(sender.channel().name().toLowerCase(), breaker));
            this.retries.put(sender.channel(), Retry.of(sender.channel().name().toLowerCase(), retry));
        }
    }

    @Scheduled(fixedDelayString = "${pactum.notifications.dispatch.poll-interval}")
    public void dispatchDue() {
        Optional<Deliveries.Claimed> next;
        while ((next = deliveries.claimDue(clock.instant(), clock.instant().plus(settings.lease()))).isPresent()) {
            dispatch(next.get());
        }
    }

    /** The state of one channel's circuit breaker (CLOSED, OPEN, HALF_OPEN). */
    public String breakerState(Channel channel) {
        return breakers.get(channel).getState().name();
    }

    private void dispatch(Deliveries.Claimed claim) {
        Delivery delivery = composed(claim.delivery());
        Channel channel = delivery.channel();
        ChannelSender sender = senders.get(channel);
        try {
            breakers.get(channel).executeCheckedSupplier(() ->
                    Retry.decorateCheckedSupplier(retries.get(channel), () -> {
                        sender.send(delivery);
                        return null;
                    }).get());
        } catch (CallNotPermittedException breakerOpen) {
            deliveries.release(claim, clock.instant().plus(settings.breakerOpenFor()));
            return;
        } catch (Throwable failure) {
            failedDispatch(claim, failure);
            return;
        }
        if (deliveries.sent(claim, clock.instant(), new NotificationSent(delivery.id(), delivery.eventEmployeeId(),
                delivery.category().name(), channel.name()))) {
            meters.sent(channel);
        }
    }

    /** A daily digest is written when it goes out, in the recipient's language as the directory knows it now. */
    private Delivery composed(Delivery d) {
        if (!d.isDigest()) {
            return d;
        }
        Person recipient = people.find(d.recipientId())
                .orElse(new Person(d.recipientId(), d.recipientId(), d.address(), null, null, null, null));
        MessageTemplates.Rendered digest = templates.renderDigest(recipient, d.items());
        return new Delivery(d.id(), d.cause(), d.category(), d.channel(), d.recipientId(), d.employeeId(), d.address(),
                digest.subject(), digest.text(), digest.html(), null, d.createdAt(), d.notBefore(), d.items());
    }

    private void failedDispatch(Deliveries.Claimed claim, Throwable failure) {
        Delivery delivery = claim.delivery();
        int failed = claim.failedDispatches() + 1;
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        Optional<Instant> next = schedule.nextAttempt(failed, clock.instant());
        if (next.isPresent()) {
            log.info("delivery {} over {} failed ({}), next attempt at {}; breaker {}", delivery.id(), delivery.channel(),
                    error, next.get(), breakers.get(delivery.channel()).getState());
            deliveries.retryLater(claim, next.get(), error);
        } else if (deliveries.failed(claim, error, new NotificationFailed(delivery.id(), delivery.eventEmployeeId(),
                delivery.category().name(), delivery.channel().name(), error))) {
            log.warn("delivery {} over {} failed for good after {} dispatches: {}", delivery.id(), delivery.channel(), failed, error);
            meters.failed(delivery.channel());
        }
    }
}
