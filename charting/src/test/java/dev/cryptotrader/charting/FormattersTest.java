package dev.cryptotrader.charting;

import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

class FormattersTest {

    private static final double START_S = TestBars.START / 1000.0; // 2013-11-25T00:00Z

    @Test
    void intradayTicksShowTheDateOnlyWhereItChanges() {
        String[] labels = labels(START_S - 7200, 3600, 4);
        assertThat(labels).containsExactly("24 Nov 22:00", "23:00", "25 Nov", "01:00");
    }

    @Test
    void dailyTicksShowTheYearOnTheFirstTickAndAtNewYear() {
        double dec30 = LocalDateTime.of(2013, 12, 30, 0, 0).toEpochSecond(java.time.ZoneOffset.UTC);
        assertThat(labels(dec30, 86_400, 3)).containsExactly("30 Dec 2013", "31 Dec", "1 Jan 2014");
    }

    @Test
    void labelsAreUtcWhateverTheLocalZone() {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            assertThat(labels(START_S, 3600, 2)).containsExactly("25 Nov", "01:00");
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void timeStepsAreWholeMinutesHoursAndDays() {
        UtcTimeFormatter f = new UtcTimeFormatter();
        assertThat(f.getTickUnitSupplier().computeTickUnit(50)).isEqualTo(60);
        assertThat(f.getTickUnitSupplier().computeTickUnit(1000)).isEqualTo(1800);
        assertThat(f.getTickUnitSupplier().computeTickUnit(50_000)).isEqualTo(86_400);
    }

    @Test
    void priceDecimalsFollowTheTickStep() {
        assertThat(PriceFormatter.decimalsFor(5)).isZero();
        assertThat(PriceFormatter.decimalsFor(2.5)).isEqualTo(1);
        assertThat(PriceFormatter.decimalsFor(0.0005)).isEqualTo(4);
        PriceFormatter f = new PriceFormatter();
        f.updateFormatter(DoubleArrayList.wrap(new double[] {1180, 1185, 1190}), 1);
        assertThat(f.toString(1185.0)).isEqualTo("1,185");
        f.updateFormatter(DoubleArrayList.wrap(new double[] {0.0420, 0.0425}), 1);
        assertThat(f.toString(0.0425)).isEqualTo("0.0425");
    }

    @Test
    void legendShowsTheNewestBar() {
        OhlcvColumns c = new OhlcvColumns(new long[] {0}, new double[] {100}, new double[] {110},
                new double[] {90}, new double[] {105}, new double[] {1});
        assertThat(Legend.text("BTC/USD 1m", c, 0))
                .isEqualTo("BTC/USD 1m    O 100.00   H 110.00   L 90.00   C 105.00   +5.00%");
    }

    private static String[] labels(double first, double step, int count) {
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = first + i * step;
        }
        UtcTimeFormatter f = new UtcTimeFormatter();
        f.updateFormatter(DoubleArrayList.wrap(ticks), 1);
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = f.toString(ticks[i]);
        }
        return out;
    }
}
