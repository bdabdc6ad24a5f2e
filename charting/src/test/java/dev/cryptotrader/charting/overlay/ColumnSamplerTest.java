package dev.cryptotrader.charting.overlay;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-pixel sampling of a line keeps every bar's value in exactly one column, and each column's extremes. */
class ColumnSamplerTest {

    @Test
    void everyColumnHoldsFirstLastMinAndMaxOfItsBarsSkippingNaN() {
        SplittableRandom random = new SplittableRandom(3);
        double[] values = new double[100_003];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 997 < 40 ? Double.NaN : random.nextDouble(-50, 50);
        }
        ColumnSampler sampler = new ColumnSampler();
        for (int width : new int[]{1, 7, 1_000, 1_920}) {
            int from = 5;
            int to = values.length - 9;
            sampler.sample(values, from, to, width);
            int n = to - from + 1;
            assertThat(sampler.size()).isEqualTo(width);
            int covered = 0;
            for (int b = 0; b < width; b++) {
                int start = from + (int) ((long) b * n / width);
                int end = from + (int) ((long) (b + 1) * n / width) - 1;
                covered += end - start + 1;
                double first = Double.NaN;
                double last = Double.NaN;
                double min = Double.NaN;
                double max = Double.NaN;
                for (int i = start; i <= end; i++) {
                    double v = values[i];
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    first = Double.isNaN(first) ? v : first;
                    last = v;
                    min = Double.isNaN(min) ? v : Math.min(min, v);
                    max = Double.isNaN(max) ? v : Math.max(max, v);
                }
                assertThat(sampler.first(b)).isEqualTo(first);
                assertThat(sampler.last(b)).isEqualTo(last);
                assertThat(sampler.min(b)).isEqualTo(min);
                assertThat(sampler.max(b)).isEqualTo(max);
            }
            assertThat(covered).isEqualTo(n);
        }
    }

    @Test
    void fewerBarsThanColumnsGiveOneColumnPerBarAndAllNaNColumnsBreakTheLine() {
        double[] values = {1, Double.NaN, 3};
        ColumnSampler sampler = new ColumnSampler().sample(values, 0, 2, 500);
        assertThat(sampler.size()).isEqualTo(3);
        assertThat(sampler.first(1)).isNaN();
        assertThat(sampler.max(2)).isEqualTo(3);
        assertThat(new ColumnSampler().sample(values, 2, 1, 10).size()).isZero();
    }
}
