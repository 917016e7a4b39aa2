package io.pactum.chassis.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pactum.chassis.observability.TraceContext;
import io.pactum.events.CloudEventMapping;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the events waiting in aggregate documents, oldest aggregate first and each aggregate's
 * events in order, then removes them from the document ({@code $pull} by id, one single-document write).
 * <p>
 * Delivery is at least once: a crash after the broker acknowledged and before the {@code $pull}
 * publishes the event again after restart with the same id, which idempotent consumers ignore.
 * Nothing is lost, because an event leaves the document only after the broker acknowledged it
 * (idempotent producer, acks=all).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final Producer<String, byte[]> producer;
    private final List<String> collections;
    private final URI source;
    private final Duration pollInterval;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Counter published;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    public OutboxRelay(MongoTemplate mongo, Producer<String, byte[]> producer, List<String> collections,
                       URI source, Duration pollInterval, int batchSize, Duration sendTimeout,
                       MeterRegistry meters) {
        this.mongo = mongo;
        this.producer = producer;
        this.collections = List.copyOf(collections);
        this.source = source;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.published = Counter.builder("pactum.outbox.published")
                .description("Events published from aggregate documents").register(meters);
        meters.gauge("pactum.outbox.backlog", backlog);
    }

    /** Asks for a relay pass soon, e.g. right after a write that added pending events. */
    public void wakeUp() {
        ScheduledExecutorService current = executor;
        if (current != null && wakeUpPending.compareAndSet(false, true)) {
            current.execute(this::pass);
        }
    }

    /** One pass over every outbox collection; returns how many events were published. */
    public synchronized int relayOnce() {
        int count = 0;
        long waiting = 0;
        for (String collection : collections) {
            Query query = Query.query(Criteria.where(Outbox.FIELD + ".0").exists(true)).limit(batchSize);
            query.fields().include("_id").include(Outbox.FIELD);
            List<Document> documents = mongo.find(query, Document.class, collection);
            for (Document document : documents) {
                count += relayDocument(collection, document);
            }
            waiting += documents.size();
        }
        backlog.set(waiting);
        return count;
    }

    private int relayDocument(String collection, Document document) {
        List<Document> pending = document.getList(Outbox.FIELD, Document.class, List.of());
        List<String> sent = new ArrayList<>();
        try {
            for (Document event : pending) {
                publish(event);
                sent.add(event.getString("eventId"));
            }
        } catch (Exception e) {
            log.warn("outbox relay: publishing from {}/{} stopped, will retry: {}", collection,
                    document.get("_id"), e.toString());
        } finally {
            if (!sent.isEmpty()) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))),
                        new Update().pull(Outbox.FIELD, Query.query(Criteria.where("eventId").in(sent))),
                        collection);
                published.increment(sent.size());
            }
        }
        return sent.size();
    }

    private void publish(Document event) throws InterruptedException, ExecutionException, TimeoutException {
        String id = event.getString("eventId");
        var cloudEvent = CloudEventMapping.toCloudEvent(id, event.getString("type"), source,
                event.getString("subject"), event.getDate("occurredAt").toInstant().atOffset(ZoneOffset.UTC),
                event.getString("payload").getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> record = CloudEventMapping.toRecord(event.getString("topic"), cloudEvent);
        String traceparent = event.getString("traceparent");
        if (traceparent != null) {
            record.headers().add(TraceContext.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try (var ignored = MDC.putCloseable("eventId", id)) {
            log.debug("published {} {} to {}", event.getString("type"), id, record.topic());
        }
    }

    private void pass() {
        wakeUpPending.set(false);
        try {
            relayOnce();
        } catch (RuntimeException e) {
            log.warn("outbox relay pass failed, will retry: {}", e.toString());
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::pass, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdown();
            try {
                current.awaitTermination(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
