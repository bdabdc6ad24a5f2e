package dev.cryptotrader.trading.importing;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Timeframe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static dev.cryptotrader.trading.importing.ImportTestSupport.T0;
import static dev.cryptotrader.trading.importing.ImportTestSupport.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV dialects we accept, and the format names the CLI uses. */
class CsvFormatsTest {

    @Test
    void columnsInAnyOrderAnyCaseWithExtrasSemicolonsQuotesCrlfAndBom() {
        String text = "\uFEFF\"Volume\";\"CLOSE\";Symbol;Low;High;Open;Timestamp\r\n"
                + "\"561.88098307\";456.02;BTC-USD;455.3;456.81;456.16;1463544000\r\n"
                + "\r\n"
                + "446.0329534;456.1;BTC-USD;454.79;456.33;456.14;1463558400\r\n";
        ParsedCandles parsed = parse("odd.csv", text, Timeframe.H4);

        assertThat(parsed.format()).isEqualTo(ImportFormat.CSV);
        CandleSeries s = parsed.candles();
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.openTime(0)).isEqualTo(T0);
        assertThat(s.candle(0).open()).isEqualByComparingTo("456.16");
        assertThat(s.candle(0).high()).isEqualByComparingTo("456.81");
        assertThat(s.candle(0).close()).isEqualByComparingTo("456.02");
        assertThat(s.candle(0).volume()).isEqualByComparingTo("561.88098307");
    }

    @Test
    void tabSeparated() {
        String text = "time\topen\thigh\tlow\tclose\tvolume\n" + T0 + "\t1\t2\t0.5\t1.5\t10\n";
        assertThat(parse("t.tsv", text, Timeframe.H4).candles().candle(0).low()).isEqualByComparingTo("0.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1463544000", "1463544000000", "1463544000000000", "2016-05-18T04:00:00Z",
            "2016-05-18T04:00:00.000Z", "2016-05-18 04:00:00", "2016-05-18T06:00:00+02:00", "1463544000.000"})
    void timesAsEpochSecondsMillisMicrosOrIso(String time) {
        String text = "date,open,high,low,close,volume\n" + time + ",1,1,1,1,1\n";
        assertThat(parse("t.csv", text, Timeframe.H4).candles().openTime(0)).isEqualTo(T0);
    }

    @Test
    void isoDatesAreMidnightUtc() {
        String text = "date,open,high,low,close,volume\n2013-01-02,553.82,555.00,541.63,549.03,20018500\n"
                + "2013-01-03,547.88,549.67,541.00,542.10,12605900\n";
        CandleSeries s = parse("apple.csv", text, Timeframe.D1).candles();
        assertThat(s.openTime(0)).isEqualTo(1_357_084_800_000L);
        assertThat(s.candle(1).volume()).isEqualByComparingTo("12605900");
    }

    @Test
    void volumeWithAnAssetSuffixIsFound() {
        String text = "unix,date,symbol,open,high,low,close,Volume BTC,Volume USDT\n"
                + "1463544000,2016-05-18 04:00:00,BTC/USDT,1,2,1,2,3.5,7\n";
        assertThat(parse("cdd.csv", text, Timeframe.H4).candles().candle(0).volume()).isEqualByComparingTo("3.5");
    }

    @Test
    void decimalsAreExactAtAnyScale() {
        String text = "time,open,high,low,close,volume\n"
                + T0 + ",0.1,0.30000000000000004,0.1,0.2,0.000000000000000001\n";
        CandleSeries s = parse("exact.csv", text, Timeframe.H4).candles();
        assertThat(s.candle(0).high()).isEqualByComparingTo("0.30000000000000004");
        assertThat(s.candle(0).volume().toPlainString()).isEqualTo("0.000000000000000001");

        String tooFine = "time,open,high,low,close,volume\n" + T0 + ",1,1,1,1,0.0000000000000000001\n";
        assertThatThrownBy(() -> parse("fine.csv", tooFine, Timeframe.H4))
                .hasMessage("fine.csv:2: column 'volume' has more than 18 decimals: '0.0000000000000000001'");
        String huge = "time,open,high,low,close,volume\n" + T0 + ",1,1,1,1,1e999999999\n";
        assertThatThrownBy(() -> parse("huge.csv", huge, Timeframe.H4))
                .hasMessage("huge.csv:2: column 'volume' is too large: '1e999999999'");
    }

    @Test
    void formatNames() {
        assertThat(ImportFormat.values()).extracting(ImportFormat::cliName)
                .containsExactly("csv", "ta4j-json", "bitfinex", "binance", "kucoin", "trades");
        for (ImportFormat f : ImportFormat.values()) {
            assertThat(ImportFormat.parse(f.cliName())).isEqualTo(f);
            assertThat(ImportFormat.parse(f.name().toLowerCase())).isEqualTo(f);
        }
        assertThat(ImportFormat.parse(" TA4J-JSON ")).isEqualTo(ImportFormat.TA4J_JSON);
        assertThatThrownBy(() -> ImportFormat.parse("xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("import format 'xml' is unknown; use one of [csv, ta4j-json, bitfinex, binance, kucoin,"
                        + " trades]");
    }

    @Test
    void aLargeCsvParsesCompletelyAndExactly() {
        int rows = 300_000;
        StringBuilder sb = new StringBuilder(rows * 60).append("open_time_ms,open,high,low,close,volume\n");
        long t = T0;
        for (int i = 0; i < rows; i++, t += Timeframe.M1.millis()) {
            int p = 40_000 + i % 1000;
            sb.append(t).append(',').append(p).append(".12,").append(p + 5).append(".5,").append(p - 5)
                    .append(".25,").append(p + 1).append(".75,").append(i % 97).append(".12345678\n");
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.US_ASCII);
        // Speed is measured in bench/, not here; this checks that every row of a big file arrives intact.
        ParsedCandles parsed = new CandleFileParser()
                .parse("big.csv", bytes, Timeframe.M1, Optional.empty(), OnError.FAIL);
        assertThat(parsed.candles().size()).isEqualTo(rows);
        int last = rows - 1;
        assertThat(parsed.candles().candle(last).close()).isEqualByComparingTo((40_000 + last % 1000 + 1) + ".75");
        assertThat(parsed.candles().candle(last).volume()).isEqualByComparingTo((last % 97) + ".12345678");
    }
}
