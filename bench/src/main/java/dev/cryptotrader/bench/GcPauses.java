package dev.cryptotrader.bench;

import java.util.ArrayList;
import java.util.List;

/** The JVM's collections while a probe runs, from the collectors' notifications (pauses stop the FX thread too). */
final class GcPauses implements javax.management.NotificationListener {

    private final List<String> pauses = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<javax.management.NotificationEmitter> emitters = new ArrayList<>();
    private volatile long longest;
    private volatile long total;
    private volatile boolean counting;

    /**
     * Listens from now on, counting nothing until {@link #start}. Listening before the run's preparatory collection
     * loads the management classes then: the first notification inside the run would load them on the JVM's
     * notification thread, which competes with the FX thread for the CPU.
     */
    GcPauses() {
        for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof javax.management.NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
                emitters.add(emitter);
            }
        }
    }

    void start() {
        counting = true;
    }

    @Override
    public void handleNotification(javax.management.Notification n, Object handback) {
        if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                .equals(n.getType())) {
            return;
        }
        var info = com.sun.management.GarbageCollectionNotificationInfo
                .from((javax.management.openmbean.CompositeData) n.getUserData());
        long ms = info.getGcInfo().getDuration();
        if (!counting) {
            return; // read all the same: reading it is what loads its classes before the run
        }
        // G1's concurrent cycle reports its whole (concurrent) duration; only pauses stop the FX thread.
        if (info.getGcName().contains("Concurrent")) {
            return;
        }
        synchronized (this) {
            longest = Math.max(longest, ms);
            total += ms;
            pauses.add(info.getGcName() + " " + ms + " ms");
        }
    }

    synchronized String stop() {
        for (var emitter : emitters) {
            try {
                emitter.removeNotificationListener(this);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // not registered after all
            }
        }
        return pauses.isEmpty() ? "no collection"
                : pauses.size() + " collections, longest " + longest + " ms, " + total + " ms in all";
    }
}
