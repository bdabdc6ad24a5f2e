package dev.cryptotrader.trading.importing;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Timeframe;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static dev.cryptotrader.trading.importing.ImportTestSupport.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bitstamp-style trade CSV aggregated into candles, checked against a separate, naive aggregation. */
class TradesImportTest {

    // 2013-11-25T00:00:00Z and later; note the hour 02:00 has no trades.
    private static final String SAMPLE = """
            timestamp,price,amount
            1385337600,800.010000000000,0.100000000000
            1385337613,800.050000000000,0.278380490000
            1385337613,799.100000000000,0.2
            1385339000,801.5,0.1
            1385341200,802,0.000000000001
            1385348400,803.33,0.2
            1385351999,790.01,0.3
            1385352000,795,1.5
            """;

    @Test
    void aggregatesExactlyAsANaiveGroupingDoes() {
        ParsedCandles parsed = parse("trades.csv", SAMPLE, Timeframe.H1);

        assertThat(parsed.format()).isEqualTo(ImportFormat.TRADES_CSV);
        assertThat(parsed.rowsRead()).isEqualTo(8);
        assertThat(parsed.candles().sameValues(naiveAggregation(SAMPLE, Timeframe.H1))).isTrue();
        CandleSeries s = parsed.candles();
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.candle(0).volume()).isEqualByComparingTo("0.678380490000");
        assertThat(s.candle(0).low()).isEqualByComparingTo("799.1");
        assertThat(s.candle(0).close()).isEqualByComparingTo("801.5");
    }

    @Test
    void anHourWithoutTradesIsAGapNotAnInventedBar() {
        CandleSeries s = parse("trades.csv", SAMPLE, Timeframe.H1).candles();
        long hour = Timeframe.H1.millis();
        assertThat(s.openTime(0)).isEqualTo(1_385_337_600_000L);
        assertThat(s.openTime(1)).isEqualTo(1_385_337_600_000L + hour);
        assertThat(s.openTime(2)).isEqualTo(1_385_337_600_000L + 3 * hour);
    }

    @Test
    void tradesOutOfOrderAreAnErrorWithTheLine() {
        String text = """
                timestamp,price,amount
                1385337600,800,0.1
                1385337700,800,0.1
                1385337650,800,0.1
                """;
        assertThatThrownBy(() -> parse("trades.csv", text, Timeframe.H1))
                .isInstanceOf(ImportException.class)
                .hasMessage("trades.csv:4: trade time 2013-11-25T00:00:50Z is before 2013-11-25T00:01:40Z at line 3:"
                        + " trades must be in time order");
    }

    @Test
    void badTradesAreSkippedInSkipMode() {
        String text = """
                timestamp,price,amount
                1385337600,800,0.1
                1385337610,-1,0.1
                1385337620,abc,0.1
                1385337630,801,0.2
                """;
        ParsedCandles parsed = parse("trades.csv", text, Timeframe.H1, OnError.SKIP);
        assertThat(parsed.skipped()).extracting(SkippedRow::line).containsExactly(3L, 4L);
        assertThat(parsed.candles().candle(0).volume()).isEqualByComparingTo("0.3");
        assertThat(parsed.candles().candle(0).high()).isEqualByComparingTo("801");
    }

    /** The real week of Bitstamp trades shipped in ta4j-examples, when it sits in the local Maven repository. */
    @Test
    void realBitstampTradesMatchTheNaiveAggregation() throws IOException {
        Path jar = Path.of(System.getProperty("user.home"),
                ".m2/repository/org/ta4j/ta4j-examples/0.18/ta4j-examples-0.18.jar");
        Assumptions.assumeTrue(Files.isRegularFile(jar), jar + " not found: skipping the real trades test");
        byte[] bytes;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("bitstamp_trades_from_20131125_usd.csv");
            Assumptions.assumeTrue(entry != null, "no Bitstamp trades in " + jar);
            try (InputStream in = zip.getInputStream(entry)) {
                bytes = in.readAllBytes();
            }
        }
        ParsedCandles parsed = new CandleFileParser().parse("bitstamp_trades_from_20131125_usd.csv", bytes,
                Timeframe.M5, Optional.empty(), OnError.FAIL);

        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(parsed.rowsRead()).isEqualTo(text.lines().count() - 1);
        assertThat(parsed.candles().sameValues(naiveAggregation(text, Timeframe.M5))).isTrue();
    }

    /** Groups every trade by bucket in a sorted map, then folds each group: deliberately unlike the streaming code. */
    private static CandleSeries naiveAggregation(String text, Timeframe timeframe) {
        Map<Long, List<String[]>> buckets = new TreeMap<>();
        List<String> lines = text.lines().skip(1).filter(l -> !l.isBlank()).toList();
        for (String line : lines) {
            String[] f = line.split(",");
            long millis = Long.parseLong(f[0]) * 1000;
            long bucket = millis - Math.floorMod(millis, timeframe.millis());
            buckets.computeIfAbsent(bucket, b -> new ArrayList<>()).add(f);
        }
        List<Candle> candles = new ArrayList<>();
        buckets.forEach((bucket, trades) -> {
            List<BigDecimal> prices = trades.stream().map(t -> new BigDecimal(t[1])).toList();
            BigDecimal volume = trades.stream().map(t -> new BigDecimal(t[2])).reduce(BigDecimal.ZERO, BigDecimal::add);
            candles.add(new Candle(bucket, prices.getFirst(), prices.stream().max(BigDecimal::compareTo).orElseThrow(),
                    prices.stream().min(BigDecimal::compareTo).orElseThrow(), prices.getLast(), volume));
        });
        return CandleSeries.of(candles);
    }
}
