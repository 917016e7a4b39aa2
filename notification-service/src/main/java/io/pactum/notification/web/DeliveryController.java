package io.pactum.notification.web;

import io.pactum.chassis.security.AccessPolicy;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.notification.application.Deliveries;
import io.pactum.notification.application.FailedDeliveries;
import io.pactum.notification.domain.DeliveryStatus;
import io.pactum.notification.domain.UnitWebhook;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deliveries for L&D admins (of the recipient's business unit): the failed ones, and retrying them. */
@RestController
@RequestMapping("/api/deliveries")
class DeliveryController {

    private final FailedDeliveries deliveries;
    private final AccessPolicy access;

    DeliveryController(FailedDeliveries deliveries, AccessPolicy access) {
        this.deliveries = deliveries;
        this.access = access;
    }

    /**
     * Deliveries with a status (PENDING, SENDING, SENT, FAILED) whose recipient is in the caller's business units, or is
     * one of those units (its webhook).
     */
    @GetMapping
    List<DeliveryItem> list(Caller caller, @RequestParam DeliveryStatus status) {
        requireAdmin(caller);
        return deliveries.withStatus(status).stream().filter(d -> administers(caller, d.recipientId()))
                .map(DeliveryItem::of).toList();
    }

    /** A FAILED delivery is tried again (409 in any other status). */
    @PostMapping("/{id}/retry")
    DeliveryItem retry(Caller caller, @PathVariable String id) {
        requireAdmin(caller);
        if (deliveries.find(id).filter(d -> administers(caller, d.recipientId())).isEmpty()) {
            throw new NotFoundException("delivery " + id + " not found");
        }
        return DeliveryItem.of(deliveries.retry(id));
    }

    /** The recipient is in one of the caller's units, or is one of them (a unit's webhook). */
    private boolean administers(Caller caller, String recipientId) {
        String unit = UnitWebhook.unitOf(recipientId);
        return unit != null ? caller.actsFor(unit, Role.LD_ADMIN) : access.actsForEmployee(caller, recipientId, Role.LD_ADMIN);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.LD_ADMIN)) {
            throw new AccessDeniedException("deliveries are for L&D admins");
        }
    }

    /** A delivery as admins see it. */
    record DeliveryItem(String id, String cause, String category, String channel, String recipientId, String subject,
                        String status, int failedDispatches, String lastError, Instant createdAt, Instant sentAt) {

        static DeliveryItem of(Deliveries.DeliveryView d) {
            return new DeliveryItem(d.id(), d.cause(), d.category(), d.channel(), d.recipientId(), d.subject(), d.status(),
                    d.failedDispatches(), d.lastError(), d.createdAt(), d.sentAt());
        }
    }
}
