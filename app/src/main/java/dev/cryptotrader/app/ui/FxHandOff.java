package dev.cryptotrader.app.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Hands tasks to the JavaFX thread so that it never waits for a low-priority thread. Background threads run at the
 * lowest OS priority ({@code BackgroundPriority}); had they called {@code Platform.runLater} themselves, one of them
 * could be descheduled while holding the toolkit's event-queue lock, and the FX thread, wanting its next event, would
 * wait for that thread to get a CPU again: tens of milliseconds on a busy machine (a priority inversion the live-path
 * benchmark caught, the FX thread idle and blocked while a probe waited). Here callers only add to a lock-free queue;
 * one normal-priority daemon thread posts a single drain at a time to {@code post} (the toolkit), and the drain runs
 * everything queued, in order.
 *
 * <p>Create it on a thread of normal priority (a thread inherits its creator's): the poster starts at once.
 */
public final class FxHandOff implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(FxHandOff.class);

    private final Executor post;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private final Thread poster;
    private volatile boolean wanted; // a drain is to be posted

    /** {@code post} is the toolkit's own hand-over ({@code Platform::runLater}). */
    public FxHandOff(Executor post) {
        this.post = Objects.requireNonNull(post, "post");
        poster = new Thread(this::postDrains, "fx-handoff");
        poster.setDaemon(true);
        poster.start();
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(Objects.requireNonNull(task, "task"));
        if (drainPending.compareAndSet(false, true)) {
            wanted = true;
            LockSupport.unpark(poster);
        }
    }

    private void postDrains() {
        while (true) {
            while (!wanted) {
                LockSupport.park(this);
            }
            wanted = false;
            try {
                post.execute(this::drain);
            } catch (RuntimeException toolkitGone) {
                // The toolkit is not running (not yet, or any more): the tasks stay queued, the next one asks again,
                // and this thread lives on to post it.
                drainPending.set(false);
                LOG.warn("the toolkit refused a hand-over to the FX thread: {}", toolkitGone.toString());
            }
        }
    }

    /** On the FX thread: runs what is queued. Later arrivals post another drain. */
    private void drain() {
        drainPending.set(false); // first: a task added from here on asks for a drain of its own
        for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
            try {
                task.run();
            } catch (RuntimeException e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }
    }
}
