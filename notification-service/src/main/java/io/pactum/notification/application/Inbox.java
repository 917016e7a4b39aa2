package io.pactum.notification.application;

import io.pactum.chassis.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** Each person's in-app inbox: only their own items, newest first. */
@Service
public class Inbox {

    private static final int PAGE = 100;

    private final Deliveries deliveries;
    private final Clock clock;

    public Inbox(Deliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    public List<Deliveries.DeliveryView> of(String userId) {
        return deliveries.inbox(userId, PAGE);
    }

    public long unread(String userId) {
        return deliveries.unread(userId);
    }

    /** Marking read twice is fine; another person's item answers 404. */
    public void markRead(String userId, String id) {
        if (!deliveries.markRead(userId, id, clock.instant())) {
            throw new NotFoundException("inbox item " + id + " not found");
        }
    }
}
