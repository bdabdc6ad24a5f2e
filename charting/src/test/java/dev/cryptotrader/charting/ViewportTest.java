package dev.cryptotrader.charting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ViewportTest {

    @Test
    void opensOnTheLatestBarsWithRoomOnTheRight() {
        Viewport v = new Viewport();
        v.reset(1000, 150);
        assertThat(v.firstBar()).isEqualTo(850);
        assertThat(v.lastBar()).isEqualTo(999);
        assertThat(v.last()).isGreaterThan(999);
        assertThat(v.slots()).isEqualTo(155);
    }

    @Test
    void panMovesByBarsAndStopsWithSomeBarsInView() {
        Viewport v = new Viewport();
        v.reset(1000, 150);
        v.pan(-100);
        assertThat(v.firstBar()).isEqualTo(750);
        v.pan(-10_000);
        assertThat(v.lastBar()).isEqualTo(Viewport.MIN_BARS_IN_VIEW - 1);
        v.pan(+10_000);
        assertThat(v.firstBar()).isEqualTo(1000 - Viewport.MIN_BARS_IN_VIEW);
    }

    @Test
    void zoomKeepsTheRightEdgeAndRespectsLimits() {
        Viewport v = new Viewport();
        v.reset(100_000, 150);
        int right = v.last();
        v.zoom(2);
        assertThat(v.last()).isEqualTo(right);
        assertThat(v.slots()).isEqualTo(78);
        v.zoom(0.5);
        assertThat(v.slots()).isEqualTo(156);
        for (int i = 0; i < 50; i++) {
            v.zoom(2);
        }
        assertThat(v.slots()).isEqualTo(Viewport.MIN_SLOTS);
        for (int i = 0; i < 50; i++) {
            v.zoom(0.5);
        }
        // Was MAX_SLOTS (4000); a long series now zooms out until all of it is in view.
        assertThat(v.slots()).isEqualTo(v.maxSlots()).isGreaterThanOrEqualTo(100_000);
        assertThat(v.firstBar()).isZero();
        assertThat(v.lastBar()).isEqualTo(99_999);
    }

    @Test
    void zoomsOutToTheWholeOfAMillionBars() {
        Viewport v = new Viewport();
        v.reset(1_000_000, 150);
        v.pan(-300_000);
        for (int i = 0; i < 60; i++) {
            v.zoom(0.5);
        }
        assertThat(v.slots()).isEqualTo(v.maxSlots());
        v.jumpToLatest();
        assertThat(v.firstBar()).isZero();
        assertThat(v.lastBar()).isEqualTo(999_999);
        assertThat(v.last()).isGreaterThan(999_999);
    }

    @Test
    void shortSeriesKeepTheOldZoomOutLimit() {
        Viewport v = new Viewport();
        v.reset(1000, 150);
        assertThat(v.maxSlots()).isEqualTo(Viewport.MAX_SLOTS);
        for (int i = 0; i < 50; i++) {
            v.zoom(0.5);
        }
        assertThat(v.slots()).isEqualTo(Viewport.MAX_SLOTS);
        v.reset(1_000_000, 2_000_000);
        assertThat(v.slots()).isEqualTo(v.maxSlots());
        assertThat(v.firstBar()).isZero();
    }

    @Test
    void tinyZoomStepsStillMove() {
        Viewport v = new Viewport();
        v.reset(1000, 10);
        int slots = v.slots();
        v.zoom(1.01);
        assertThat(v.slots()).isLessThan(slots);
    }

    @Test
    void jumpToLatestKeepsTheZoom() {
        Viewport v = new Viewport();
        v.reset(1000, 150);
        v.zoom(0.5);
        int slots = v.slots();
        v.pan(-500);
        v.jumpToLatest();
        assertThat(v.slots()).isEqualTo(slots);
        assertThat(v.lastBar()).isEqualTo(999);
        assertThat(v.last()).isGreaterThan(999);
    }

    @Test
    void rebaseShiftsTheWindowWithPrependedHistory() {
        Viewport v = new Viewport();
        v.reset(5000, 150);
        v.pan(-20);
        int first = v.firstBar();
        v.rebase(1_000_000, 995_000);
        assertThat(v.firstBar()).isEqualTo(first + 995_000);
    }

    @Test
    void fewerBarsThanRequestedAreAllInView() {
        Viewport v = new Viewport();
        v.reset(20, 150);
        assertThat(v.firstBar()).isZero();
        assertThat(v.lastBar()).isEqualTo(19);
    }

    @Test
    void emptyHasNoBars() {
        Viewport v = new Viewport();
        v.reset(0, 150);
        assertThat(v.firstBar()).isEqualTo(-1);
        v.pan(5);
        v.zoom(2);
        assertThat(v.lastBar()).isEqualTo(-1);
    }

    @Test
    void rejectsNonsenseZoom() {
        assertThatThrownBy(() -> new Viewport().zoom(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Viewport().zoom(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
