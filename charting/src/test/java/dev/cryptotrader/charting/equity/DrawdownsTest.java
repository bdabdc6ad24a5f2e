package dev.cryptotrader.charting.equity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DrawdownsTest {

    @Test
    void drawdownIsTheFallBelowTheRunningPeak() {
        double[] dd = Drawdowns.of(new double[]{100, 120, 90, 130, 65, Double.NaN, 130});
        assertThat(dd[0]).isZero();
        assertThat(dd[1]).isZero();
        assertThat(dd[2]).isCloseTo(-0.25, within(1e-12));
        assertThat(dd[3]).isZero();
        assertThat(dd[4]).isCloseTo(-0.5, within(1e-12));
        assertThat(dd[5]).isNaN();
        assertThat(dd[6]).isZero();
    }

    @Test
    void percentCurveKeepsNameAndTimes() {
        EquityCurve curve = new EquityCurve("run", new long[]{1000, 2000, 3000}, new double[]{200, 150, 300});
        EquityCurve pct = Drawdowns.percentOf(curve);
        assertThat(pct.name()).isEqualTo("run");
        assertThat(pct.timeMillis()).isSameAs(curve.timeMillis());
        assertThat(pct.values()).containsExactly(0, -25, 0);
    }

    @Test
    void curveRefusesTimesOutOfOrderOrMismatchedLengths() {
        assertThatThrownBy(() -> new EquityCurve("a", new long[]{2, 1}, new double[]{1, 1}))
                .hasMessageContaining("time 1 is not after time 0");
        assertThatThrownBy(() -> new EquityCurve("b", new long[]{1}, new double[]{1, 2}))
                .hasMessageContaining("1 times but 2 values");
    }

    @Test
    void indexAtOrBeforeFindsTheLastPointNotLater() {
        EquityCurve curve = new EquityCurve("a", new long[]{10, 20, 30}, new double[]{1, 2, 3});
        assertThat(curve.indexAtOrBefore(5)).isEqualTo(-1);
        assertThat(curve.indexAtOrBefore(20)).isEqualTo(1);
        assertThat(curve.indexAtOrBefore(29)).isEqualTo(1);
        assertThat(curve.indexAtOrBefore(99)).isEqualTo(2);
    }

    @Test
    void timeWindowZoomsAroundAnAnchorAndStaysInsideTheData() {
        TimeWindow w = new TimeWindow();
        w.setData(0, 1000);
        w.zoom(2, 250); // half the span, 250 stays at a quarter of the view
        assertThat(w.from()).isCloseTo(125, within(1e-9));
        assertThat(w.to()).isCloseTo(625, within(1e-9));
        w.pan(-1000);
        assertThat(w.from()).isZero();
        assertThat(w.to()).isCloseTo(500, within(1e-9));
        w.zoom(0.1, 0);
        assertThat(w.from()).isZero();
        assertThat(w.to()).isEqualTo(1000);
        assertThat(w.isZoomed()).isFalse();
        w.zoom(1e9, 500);
        assertThat(w.to() - w.from()).isCloseTo(1000 * TimeWindow.MIN_FRACTION, within(1e-9));
    }
}
