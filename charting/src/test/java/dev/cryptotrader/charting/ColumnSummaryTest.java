package dev.cryptotrader.charting;

import io.fair_acc.dataset.DataSet;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The running summary behind a dataset's limits and the bar spacing equals a plain scan, through live updates too. */
class ColumnSummaryTest {

    @Test
    void limitsAndSpacingEqualAScanThroughLiveUpdates() {
        OhlcvColumns loaded = TestBars.walk(5_000, TestBars.START, 60_000, 3);
        OhlcvColumns roomy = new OhlcvColumns(Arrays.copyOf(loaded.openTime(), 6_000),
                Arrays.copyOf(loaded.open(), 6_000), Arrays.copyOf(loaded.high(), 6_000),
                Arrays.copyOf(loaded.low(), 6_000), Arrays.copyOf(loaded.close(), 6_000),
                Arrays.copyOf(loaded.volume(), 6_000), loaded.size()).summarize();
        OhlcvBuffer buffer = new OhlcvBuffer(roomy);
        CandleDataSet data = new CandleDataSet("t");
        long t = loaded.openTime()[loaded.size() - 1];
        for (int step = 0; step < 50; step++) {
            // the newest bar first spikes far above everything, then settles back: the old spike must not linger
            double spike = step % 2 == 0 ? 1e9 : 100;
            buffer.put(t, 100, spike, 0.5, 100, 1);
            if (step % 5 == 4) {
                t += step == 9 ? 30_000 : 60_000; // one half step: the spacing must shrink to it
            }
            data.setColumns(buffer.view());
            assertLimitsAreAScan(data, buffer.view());
        }
        assertThat(buffer.view().barMillis()).isEqualTo(30_000);
    }

    private static void assertLimitsAreAScan(CandleDataSet data, OhlcvColumns c) {
        int n = c.size();
        double[][] columns = {c.open(), c.high(), c.low(), c.close(), c.volume()};
        int[] dims = {OhlcvColumnsDims.OPEN, OhlcvColumnsDims.HIGH, OhlcvColumnsDims.LOW, OhlcvColumnsDims.CLOSE,
                OhlcvColumnsDims.VOLUME};
        for (int k = 0; k < columns.length; k++) {
            data.recomputeLimits(dims[k]);
            double[] values = Arrays.copyOf(columns[k], n);
            assertThat(data.getAxisDescription(dims[k]).getMin()).isEqualTo(Arrays.stream(values).min().orElseThrow());
            assertThat(data.getAxisDescription(dims[k]).getMax()).isEqualTo(Arrays.stream(values).max().orElseThrow());
        }
        data.recomputeLimits(DataSet.DIM_X);
        assertThat(data.getAxisDescription(DataSet.DIM_X).getMax()).isEqualTo(c.openTime()[n - 1] / 1000.0);
        long smallest = Long.MAX_VALUE;
        for (int i = 1; i < n; i++) {
            smallest = Math.min(smallest, c.openTime()[i] - c.openTime()[i - 1]);
        }
        assertThat(c.barMillis()).isEqualTo(smallest);
    }

    /** ChartFX's OHLCV dimension indices. */
    private static final class OhlcvColumnsDims {
        static final int OPEN = io.fair_acc.dataset.spi.financial.OhlcvDataSet.DIM_Y_OPEN;
        static final int HIGH = io.fair_acc.dataset.spi.financial.OhlcvDataSet.DIM_Y_HIGH;
        static final int LOW = io.fair_acc.dataset.spi.financial.OhlcvDataSet.DIM_Y_LOW;
        static final int CLOSE = io.fair_acc.dataset.spi.financial.OhlcvDataSet.DIM_Y_CLOSE;
        static final int VOLUME = io.fair_acc.dataset.spi.financial.OhlcvDataSet.DIM_Y_VOLUME;
    }
}
