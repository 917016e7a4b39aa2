package io.pactum.chassis.sample;

import io.pactum.chassis.messaging.AppliedEvents;
import io.pactum.chassis.messaging.InboundEvents;
import io.pactum.chassis.outbox.Outbox;
import io.pactum.chassis.outbox.PendingEvent;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.events.notification.NotificationSent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.messaging.Message;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A domain-neutral service built on the chassis, for the chassis's own tests: a {@code Parcel}
 * aggregate whose dispatch publishes an event through the outbox, a tally that consumes
 * {@code pactum.notifications} idempotently, and an endpoint with validation.
 */
@SpringBootApplication
public class SampleApplication {

    public static final String PARCELS = "parcels";
    public static final String TALLIES = "tallies";

    @Document(PARCELS)
    public static class Parcel {
        @Id
        public String id;
        @Version
        public Long version;
        public String recipient;
        public String status;
        public List<PendingEvent> pendingEvents = new ArrayList<>();
    }

    @Document(TALLIES)
    public record Tally(@Id String id, long count, List<String> appliedEventIds) {
    }

    record DispatchRequest(@NotBlank String recipient, @Min(1) @Max(5) int priority) {
    }

    record ParcelView(String id, String recipient, String status) {
    }

    @RestController
    static class ParcelController {

        private final MongoTemplate mongo;
        private final Outbox outbox;

        ParcelController(MongoTemplate mongo, Outbox outbox) {
            this.mongo = mongo;
            this.outbox = outbox;
        }

        /** State change and its event in one document write. */
        @PostMapping("/api/parcels")
        @ResponseStatus(HttpStatus.CREATED)
        ParcelView dispatch(@Valid @RequestBody DispatchRequest request, Caller caller) {
            Parcel parcel = new Parcel();
            parcel.id = UUID.randomUUID().toString();
            parcel.recipient = request.recipient();
            parcel.status = "DISPATCHED";
            parcel.pendingEvents.add(outbox.pending(
                    new NotificationSent(parcel.id, request.recipient(), "PARCEL", "POST")));
            mongo.insert(parcel);
            return new ParcelView(parcel.id, parcel.recipient, parcel.status);
        }

        /** A constrained path variable beside a validated body: Spring validates the method as a whole. */
        @PostMapping("/api/parcels/batches/{count}")
        @ResponseStatus(HttpStatus.CREATED)
        List<ParcelView> batch(@PathVariable @Min(1) @Max(10) int count, @Valid @RequestBody DispatchRequest request,
                               Caller caller) {
            List<ParcelView> parcels = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                parcels.add(dispatch(request, caller));
            }
            return parcels;
        }

        @GetMapping("/api/parcels/{id}")
        ParcelView get(@PathVariable String id, Caller caller) {
            Parcel parcel = mongo.findById(id, Parcel.class);
            if (parcel == null || !caller.isSelf(parcel.recipient)) {
                throw new NotFoundException("parcel not found");
            }
            return new ParcelView(parcel.id, parcel.recipient, parcel.status);
        }
    }

    /** Counts notifications per recipient, each event once: effect and event id in one conditional upsert. */
    @Bean
    Consumer<Message<byte[]>> notificationEvents(InboundEvents inbound, MongoTemplate mongo) {
        return inbound.consumer(event -> {
            if (!(event.data() instanceof NotificationSent sent)) {
                return;
            }
            if ("poison".equals(sent.category())) {
                throw new IllegalStateException("this notification always fails");
            }
            Query query = Query.query(Criteria.where("_id").is(sent.employeeId())
                    .andOperator(AppliedEvents.notYetApplied(event.id())));
            Update update = AppliedEvents.recordApplied(new Update().inc("count", 1), event.id());
            try {
                mongo.findAndModify(query, update, FindAndModifyOptions.options().upsert(true), Tally.class, TALLIES);
            } catch (org.springframework.dao.DuplicateKeyException alreadyApplied) {
                // the tally exists and lists this event: a redelivery
            }
        });
    }
}
