package dev.cryptotrader.app.ui.ops;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

import java.util.Objects;

/**
 * Calls {@code poll} on the FX thread at once and then every {@code period} until stopped. The poll must only
 * <em>start</em> work through the bridge (the view models make sure of that and skip a poll while the last one is
 * out), so the timeline itself never blocks the FX thread. Start and stop are idempotent; call them on the FX thread.
 */
public final class FxPolling {

    private final Runnable poll;
    private final Timeline timeline;

    public FxPolling(Duration period, Runnable poll) {
        this.poll = Objects.requireNonNull(poll, "poll");
        this.timeline = new Timeline(new KeyFrame(period, e -> poll.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        if (running()) {
            return;
        }
        poll.run(); // show fresh numbers now, not one period later
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    public boolean running() {
        return timeline.getStatus() == Animation.Status.RUNNING;
    }
}
