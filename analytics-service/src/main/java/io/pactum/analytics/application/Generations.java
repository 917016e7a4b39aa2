package io.pactum.analytics.application;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntConsumer;

/**
 * Which generation of read models is live. Live consumers apply each event under a shared lock; a rebuild takes
 * the lock exclusively for its final catch-up and the switch, so no event is applied to the old generation after
 * the rebuild read its last position (events the consumers see again after the switch are already there and
 * change nothing). The lock holds for this instance: run one instance while rebuilding (see the README).
 */
public class Generations {

    private final ReadModelStore store;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private volatile int active;

    public Generations(ReadModelStore store) {
        this.store = store;
        this.active = store.activeGeneration();
        store.ensureIndexes(active);
    }

    public int active() {
        return active;
    }

    /** Applies live work to the active generation; waits while a rebuild switches generations. */
    public void live(IntConsumer work) {
        lock.readLock().lock();
        try {
            work.accept(active);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Holds the live consumers, lets the rebuild catch up, then makes its generation the live one. */
    public void switchTo(int generation, Runnable catchUp) {
        lock.writeLock().lock();
        try {
            catchUp.run();
            store.activate(generation);
            active = generation;
        } finally {
            lock.writeLock().unlock();
        }
    }
}
