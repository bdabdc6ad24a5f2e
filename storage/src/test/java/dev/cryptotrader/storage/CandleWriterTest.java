package dev.cryptotrader.storage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CandleWriterTest {

    @Test
    void splitsIntoFullChunksThenPowersOfTwo() {
        assertThat(CandleWriter.chunkSize(1_000_000)).isEqualTo(CandleWriter.ROWS_PER_STATEMENT);
        assertThat(CandleWriter.chunkSize(4_096)).isEqualTo(4_096);
        assertThat(CandleWriter.chunkSize(4_095)).isEqualTo(2_048);
        assertThat(CandleWriter.chunkSize(3)).isEqualTo(2);
        assertThat(CandleWriter.chunkSize(1)).isEqualTo(1);
    }

    @Test
    void numbersParametersSoEveryRowSharesTheSeriesId() {
        assertThat(CandleWriter.sql(2, false)).endsWith("VALUES (?1,?2,?3,?4,?5,?6,?7),(?1,?8,?9,?10,?11,?12,?13)");
        assertThat(CandleWriter.sql(1, true)).contains("ON CONFLICT (series_id, open_time) DO UPDATE")
                .contains("WHERE open <> excluded.open");
    }
}
