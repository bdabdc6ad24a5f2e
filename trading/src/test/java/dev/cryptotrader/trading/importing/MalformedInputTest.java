package dev.cryptotrader.trading.importing;

import dev.cryptotrader.trading.domain.Timeframe;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static dev.cryptotrader.trading.importing.ImportTestSupport.csv;
import static dev.cryptotrader.trading.importing.ImportTestSupport.parse;
import static dev.cryptotrader.trading.importing.ImportTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every kind of bad input gives an error naming the file, the physical line and the problem. */
class MalformedInputTest {

    private static final String V = "456.16,456.81,455.3,456.02,561.88";

    private static ImportException failure(String name, String text, Timeframe timeframe) {
        return catchThrowableOfType(ImportException.class, () -> parse(name, text, timeframe));
    }

    @Test
    void shuffledRowsNameTheLineWhereTimeWentBackwards() {
        String text = csv(row(0, V), row(1, V), row(3, V), row(2, V));
        assertThatThrownBy(() -> parse("data.csv", text, Timeframe.H4))
                .isInstanceOf(ImportException.class)
                .hasMessage("data.csv:5: open time 2016-05-18T12:00:00Z at line 5 is before 2016-05-18T16:00:00Z at"
                        + " line 4: rows must be in ascending time order");
    }

    @Test
    void highBelowLow() {
        ImportException e = failure("data.csv", csv(row(0, V), row(1, "1,1,2,1,1")), Timeframe.H4);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).isEqualTo("high 1 is below low 2");
        assertThat(e.source()).isEqualTo("data.csv");
    }

    @Test
    void nonPositivePriceAndNegativeVolume() {
        assertThat(failure("d.csv", csv(row(0, "0,1,0,1,1")), Timeframe.H4).problem())
                .isEqualTo("low 0 is not a positive price");
        assertThat(failure("d.csv", csv(row(0, "1,1,1,1,-0.5")), Timeframe.H4).problem())
                .isEqualTo("volume -0.5 is negative");
    }

    @Test
    void textInANumberColumn() {
        String text = csv(row(0, V), row(1, V), row(2, V), row(3, V), row(4, V), row(5, "456.16,abc,455.3,456.02,1"));
        assertThatThrownBy(() -> parse("data.csv", text, Timeframe.H4))
                .hasMessage("data.csv:7: column 'high' is not a number: 'abc'");
    }

    @Test
    void textInTheTimeColumn() {
        assertThat(failure("d.csv", csv("yesterday," + V), Timeframe.H4).problem())
                .startsWith("column 'open_time_ms' is not a time: 'yesterday'");
    }

    @Test
    void duplicateTimestampWithDifferentValues() {
        String text = csv(row(-6, V), row(-5, V), row(-4, V), row(-3, V), row(-2, V), row(-1, V), row(0, V),
                row(0, "456.16,456.81,455.3,456.03,561.88"));
        assertThatThrownBy(() -> parse("data.csv", text, Timeframe.H4))
                .hasMessage("data.csv:9: duplicate open time 2016-05-18T04:00:00Z at line 9 with different values"
                        + " than line 8");
    }

    @Test
    void anExactDuplicateRowIsDroppedSilently() {
        ParsedCandles parsed = parse("data.csv", csv(row(0, V), row(0, "456.160,456.81,455.30,456.02,561.88"),
                row(1, V)), Timeframe.H4);
        assertThat(parsed.rowsRead()).isEqualTo(3);
        assertThat(parsed.candles().size()).isEqualTo(2);
        assertThat(parsed.skipped()).isEmpty();
    }

    @Test
    void misalignedTime() {
        String text = csv(row(0, V), (ImportTestSupport.T0 + 3_600_000L) + "," + V);
        assertThatThrownBy(() -> parse("data.csv", text, Timeframe.H4))
                .hasMessage("data.csv:3: open time 2016-05-18T05:00:00Z is not the start of a 4h bar: is the"
                        + " timeframe right?");
    }

    @Test
    void wrongColumnCount() {
        String text = csv(row(0, V), row(1, V), row(2, "456.16,456.81,455.3,456.02"));
        assertThatThrownBy(() -> parse("data.csv", text, Timeframe.H4))
                .hasMessage("data.csv:4: expected 6 columns as in the header, found 5");
    }

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> new CandleFileParser().parse("empty.csv", new byte[0], Timeframe.H4,
                Optional.empty(), OnError.FAIL))
                .isInstanceOf(ImportException.class).hasMessage("empty.csv: the file is empty");
        assertThatThrownBy(() -> parse("blank.csv", " \n\r\n\t\n", Timeframe.H4, OnError.SKIP))
                .hasMessage("blank.csv: the file is empty (only whitespace)");
        assertThatThrownBy(() -> parse("header.csv", csv(), Timeframe.H4))
                .hasMessage("header.csv: no candles found");
    }

    @Test
    void binaryFile() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00};
        ImportException e = catchThrowableOfType(ImportException.class, () -> new CandleFileParser()
                .parse("data.zip", zip, Timeframe.H4, Optional.empty(), OnError.SKIP));
        assertThat(e).hasMessage("data.zip: not a text file: NUL byte at offset 4 (line 1)");
        assertThat(e.line()).isZero();

        byte[] latin1 = "open_time_ms,open\nstra\u00dfe".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new CandleFileParser().parse("latin1.csv", latin1, Timeframe.H4, Optional.empty(),
                OnError.FAIL))
                .hasMessage("latin1.csv: not a text file: invalid UTF-8 at byte offset 22 (line 2)");
    }

    @Test
    void truncatedJsonReportsTheLineWhereParsingFailed() {
        String full = """
                {
                  "candles": [
                    {
                      "start": "1463544000",
                      "low": "455.3", "high": "456.81", "open": "456.16", "close": "456.02", "volume": "561.88"
                    },
                    {
                      "start": "1463558400",
                      "low": "454.79",
                """;
        ImportException e = failure("cut.json", full, Timeframe.H4);
        assertThat(e.line()).isEqualTo(10);
        assertThat(e.problem()).startsWith("invalid JSON: Unexpected end-of-input");

        ImportException klines = failure("cut.json", "[[1552298400000,1,1,1,1,1],\n[1552302000000,1,", Timeframe.H1);
        assertThat(klines.line()).isEqualTo(2);
        assertThat(klines.problem()).startsWith("invalid JSON");
    }

    @Test
    void brokenJsonInTheMiddle() {
        String text = "[\n[1552298400000,1,1,1,1,1],\n[1552302000000,1 1,1,1,1]\n]";
        ImportException e = failure("bad.json", text, Timeframe.H1);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).startsWith("invalid JSON: Unexpected character");
    }

    @Test
    void jsonRowProblemsNameTheLineWhereTheElementStarts() {
        String text = """
                {"candles": [
                  {"start": "1463544000", "low": "455.3", "high": "456.81", "open": "456.16",
                   "close": "456.02", "volume": "561.88"},
                  {"start": "1463558400", "low": "454.79",
                   "high": "abc", "open": "456.14", "close": "456.1", "volume": "446.03"}
                ]}
                """;
        assertThatThrownBy(() -> parse("t.json", text, Timeframe.H4))
                .hasMessage("t.json:4: row 2: column 'high' is not a number: 'abc'");

        String missing = "{\"candles\":[\n{\"start\":\"1463544000\",\"low\":\"1\",\"high\":\"1\",\"open\":\"1\"}]}";
        assertThatThrownBy(() -> parse("t.json", missing, Timeframe.H4))
                .hasMessage("t.json:2: row 1: the candle has no 'close'");
    }

    @Test
    void contentAfterTheJsonIsAnError() {
        assertThatThrownBy(() -> parse("x.json", "[[1552298400000,1,1,1,1,1]]\n[]", Timeframe.H1))
                .hasMessage("x.json:2: unexpected an array after the end of the JSON data");
    }

    @Test
    void wrongTimeframeIsCaughtFromTheSpacing() {
        String[] rows = new String[25];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row(i, V);
        }
        assertThatThrownBy(() -> parse("data.csv", csv(rows), Timeframe.H1, OnError.SKIP))
                .hasMessage("data.csv: every bar opens a multiple of 4h after the previous one, so these are not 1h"
                        + " candles: is the timeframe right?");
    }

    @Test
    void unknownLayouts() {
        assertThat(failure("x.csv", "a,b,c\n1,2,3\n", Timeframe.H1).problem())
                .isEqualTo("unknown format: the first line 'a,b,c' is neither JSON nor a CSV header naming a time column"
                        + " and open, high, low, close, volume (or timestamp, price, amount for trades)");
        assertThat(failure("x.csv", row(0, V) + "\n", Timeframe.H4).problem())
                .contains("looks like data, not a header");
        assertThat(failure("x.json", "{\"foo\":1}", Timeframe.H1).problem())
                .startsWith("unknown JSON layout (keys [foo])");
        assertThat(failure("x.csv", "time,open,high,low,close\n" + row(0, "1,1,1,1"), Timeframe.H4).problem())
                .isEqualTo("the header 'time,open,high,low,close' has no volume column");
    }

    @Test
    void skipModeDropsBadRowsAndKeepsTheGoodOnes() {
        String text = csv(
                row(0, V),                                            // 2 good
                row(1, "1,1,2,1,1"),                                  // 3 high < low
                row(1, V),                                            // 4 good
                row(2, "456.16,abc,455.3,456.02,1"),                  // 5 not a number
                row(2, "1,1,1"),                                      // 6 wrong column count
                (ImportTestSupport.T0 + 2 * ImportTestSupport.H4 + 60_000) + "," + V, // 7 misaligned
                row(3, V),                                            // 8 good
                row(2, V),                                            // 9 backwards
                row(3, "456.16,456.81,455.3,456.03,1"),               // 10 duplicate, other values
                row(3, V),                                            // 11 exact duplicate: dropped silently
                row(5, V));                                           // 12 good
        ParsedCandles parsed = parse("data.csv", text, Timeframe.H4, OnError.SKIP);

        assertThat(parsed.skipped()).extracting(SkippedRow::line).containsExactly(3L, 5L, 6L, 7L, 9L, 10L);
        assertThat(parsed.skipped().get(4).problem()).contains("is before");
        assertThat(parsed.candles().size()).isEqualTo(4);
        assertThat(parsed.rowsRead()).isEqualTo(11);
        assertThat(parsed.candles().openTime(3)).isEqualTo(ImportTestSupport.T0 + 5 * ImportTestSupport.H4);
    }

    @Test
    void skipModeWithNothingValidStillFails() {
        assertThatThrownBy(() -> parse("d.csv", csv(row(0, "1,1,2,1,1"), row(1, "x,1,1,1,1")), Timeframe.H4,
                OnError.SKIP))
                .hasMessage("d.csv: no valid candles: all 2 rows were bad, the first at line 2: high 1 is below low 2");
    }

    @Test
    void anExplicitFormatIsNotSecondGuessed() {
        byte[] bytes = csv(row(0, V)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new CandleFileParser().parse("d.csv", bytes, Timeframe.H4,
                Optional.of(ImportFormat.BINANCE_KLINES), OnError.FAIL))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("d.csv:1: invalid JSON");
    }

    @Test
    void aMissingFileIsAClearError() {
        assertThatThrownBy(() -> new CandleFileParser().parse(java.nio.file.Path.of("no/such/file.csv"),
                Timeframe.H4, Optional.empty(), OnError.FAIL))
                .isInstanceOf(ImportException.class).hasMessage("no/such/file.csv: no such file");
    }
}
