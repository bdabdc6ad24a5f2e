package dev.cryptotrader.charting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OhlcvColumnsTest {

    @Test
    void findsBarsByTimeAndTheirSpacing() {
        OhlcvColumns c = TestBars.walk(10, 0, 60_000, 1);
        assertThat(c.indexAtOrAfter(120_000)).isEqualTo(2);
        assertThat(c.indexAtOrAfter(90_000)).isEqualTo(2);
        assertThat(c.indexAtOrAfter(10_000_000)).isEqualTo(10);
        assertThat(c.barMillis()).isEqualTo(60_000);
    }

    @Test
    void rejectsRaggedOrUnsortedColumns() {
        assertThatThrownBy(() -> new OhlcvColumns(new long[] {1, 2}, new double[1], new double[2], new double[2],
                new double[2], new double[2])).hasMessageContaining("differ in length");
        assertThatThrownBy(() -> new OhlcvColumns(new long[] {2, 1}, new double[2], new double[2], new double[2],
                new double[2], new double[2])).hasMessageContaining("must increase");
    }
}
