package io.pactum.analytics.application;

import io.pactum.events.Topics;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds every read model from scratch by replaying the topics from offset 0 into a new generation of
 * collections, with the same projections the live consumers use, then makes it the one read:
 * <ol>
 *   <li>capture the end offsets of every partition and replay up to them (the live consumers go on with the
 *       old generation meanwhile);</li>
 *   <li>hold the live consumers, replay what arrived since up to the end offsets now, switch to the new
 *       generation, let the consumers go on (what they see again is already applied and changes nothing);</li>
 *   <li>drop the generation before the previous one (the previous one stays for comparison until the next rebuild).</li>
 * </ol>
 * Benefits are entered by people, not derived from events: they are kept as they are.
 */
public class Rebuilds implements AutoCloseable {

    public static final List<String> TOPICS = List.of(Topics.CONTRACTS, Topics.BUDGETS, Topics.COMPETENCIES,
            Topics.WORKFORCE, Topics.NOTIFICATIONS);

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

    private final ReadModelStore store;
    private final Generations generations;
    private final Projections projections;
    private final EventLog eventLog;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "analytics-rebuild"));
    private volatile Progress progress;

    public Rebuilds(ReadModelStore store, Generations generations, Projections projections, EventLog eventLog, Clock clock) {
        this.store = store;
        this.generations = generations;
        this.projections = projections;
        this.eventLog = eventLog;
        this.clock = clock;
    }

    /** Starts a rebuild in the background; empty when one is running already. */
    public synchronized Optional<RebuildStatus> start() {
        if (progress != null && progress.state.equals("RUNNING")) {
            return Optional.empty();
        }
        Progress started = new Progress(generations.active() + 1, Instant.now(clock));
        progress = started;
        executor.execute(() -> run(started));
        return Optional.of(started.status());
    }

    public RebuildStatus status() {
        Progress current = progress;
        return current == null ? RebuildStatus.IDLE : current.status();
    }

    private void run(Progress p) {
        int previous = generations.active();
        try {
            log.info("rebuilding the read models into generation {}", p.generation);
            store.prepare(p.generation);
            Map<EventLog.Partition, Long> end = eventLog.endOffsets(TOPICS);
            Map<EventLog.Partition, Long> start = new HashMap<>();
            end.keySet().forEach(partition -> start.put(partition, 0L));
            p.expect(end);
            eventLog.read(start, end, (event, position) -> replay(p, event, position));
            generations.switchTo(p.generation, () -> {
                Map<EventLog.Partition, Long> now = eventLog.endOffsets(TOPICS);
                now.keySet().forEach(partition -> end.putIfAbsent(partition, 0L));
                p.expect(now);
                eventLog.read(end, now, (event, position) -> replay(p, event, position));
            });
            if (previous - 1 >= 1) {
                store.drop(previous - 1);
            }
            p.finish("DONE", null, Instant.now(clock));
            log.info("rebuilt the read models into generation {} from {} events", p.generation, p.replayed.get());
        } catch (RuntimeException e) {
            log.error("the rebuild into generation {} failed; generation {} stays live", p.generation, previous, e);
            p.finish("FAILED", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), Instant.now(clock));
        }
    }

    private void replay(Progress p, io.pactum.events.EventEnvelope event, EventPosition position) {
        if (event == null) {
            p.skipped.incrementAndGet();
        } else {
            projections.applyTo(p.generation, event, position);
            p.replayed.incrementAndGet();
        }
        p.positions.put(new EventLog.Partition(position.topic(), position.partition()), position.offset() + 1);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** A rebuild's progress, updated by its thread and read by status requests. */
    private static final class Progress {
        final int generation;
        final Instant startedAt;
        final AtomicLong replayed = new AtomicLong();
        final AtomicLong skipped = new AtomicLong();
        final Map<EventLog.Partition, Long> positions = new ConcurrentHashMap<>();
        final Map<EventLog.Partition, Long> ends = new ConcurrentHashMap<>();
        volatile String state = "RUNNING";
        volatile String error;
        volatile Instant finishedAt;

        Progress(int generation, Instant startedAt) {
            this.generation = generation;
            this.startedAt = startedAt;
        }

        void expect(Map<EventLog.Partition, Long> end) {
            ends.putAll(end);
            end.keySet().forEach(partition -> positions.putIfAbsent(partition, 0L));
        }

        void finish(String outcome, String why, Instant at) {
            error = why;
            finishedAt = at;
            state = outcome;
        }

        RebuildStatus status() {
            Map<String, RebuildStatus.TopicProgress> topics = new TreeMap<>();
            for (String topic : TOPICS) {
                long position = positions.entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
                        .mapToLong(Map.Entry::getValue).sum();
                long end = ends.entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
                        .mapToLong(Map.Entry::getValue).sum();
                topics.put(topic, new RebuildStatus.TopicProgress(position, end));
            }
            return new RebuildStatus(state, generation, startedAt, finishedAt, replayed.get(), skipped.get(), topics, error);
        }
    }
}
