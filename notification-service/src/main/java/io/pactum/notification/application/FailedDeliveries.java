package io.pactum.notification.application;

import io.pactum.chassis.web.ConflictException;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.notification.domain.DeliveryStatus;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** What L&D admins see of deliveries, and their retry of a failed one. */
@Service
public class FailedDeliveries {

    private static final int PAGE = 200;

    private final Deliveries deliveries;
    private final Clock clock;

    public FailedDeliveries(Deliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    public List<Deliveries.DeliveryView> withStatus(DeliveryStatus status) {
        return deliveries.withStatus(status, PAGE);
    }

    public java.util.Optional<Deliveries.DeliveryView> find(String id) {
        return deliveries.find(id);
    }

    /** A FAILED delivery goes back to PENDING with its attempts counted from zero; any other state is 409. */
    public Deliveries.DeliveryView retry(String id) {
        if (deliveries.find(id).isEmpty()) {
            throw new NotFoundException("delivery " + id + " not found");
        }
        return deliveries.retryFailed(id, clock.instant())
                .orElseThrow(() -> new ConflictException("delivery " + id + " has not failed"));
    }
}
