package dev.cryptotrader.app.cli;

import dev.cryptotrader.app.demo.DemoWorkspace;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real data the backtest CLI tests run on: the demo workspace the app ships (Bitstamp BTC/USD, 25 Nov - 1 Dec
 * 2013, from org.ta4j:ta4j-examples), seeded once per test JVM and copied into each test's own directory. The 15m
 * series is also stored under {@code bitfinex}, an exchange the fee schedule knows (10/20 bps maker/taker), so the
 * tests can run without {@code --fee-bps}.
 */
final class BacktestCliData {

    /** 640 bars of 15m, 2013-11-25T00:00Z to 2013-12-01T15:45Z, no gaps. */
    static final String[] BTC_15M = {"-e", "bitstamp", "-s", "BTC/USD", "-t", "15m"};
    static final String[] BITFINEX_15M = {"-e", "bitfinex", "-s", "BTC/USD", "-t", "15m"};
    static final int BTC_15M_BARS = 640;

    private static Path seeded;

    private BacktestCliData() {
    }

    /** A database with the demo series in {@code dir}; the seeding runs once, later calls copy the file. */
    static synchronized Path database(Path dir) throws IOException {
        if (seeded == null) {
            seeded = seed();
        }
        Path db = dir.resolve("backtest.db");
        try (Stream<Path> files = Files.list(seeded.getParent())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString().replace("seed.db", "backtest.db")));
            }
        }
        return db;
    }

    /** {@code args} followed by {@code --db PATH}. */
    static String[] with(Path db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(db.toString());
        return all.toArray(String[]::new);
    }

    static String[] concat(String[] first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    private static Path seed() throws IOException {
        Path dir = Files.createTempDirectory("backtest-cli-data");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        Path db = dir.resolve("seed.db");
        try (SqliteCandleStore store = SqliteCandleStore.open(db)) {
            DemoWorkspace.seedIfEmpty(store);
            SeriesKey btc15 = DemoWorkspace.BTC_1M.withTimeframe(Timeframe.M15);
            store.upsert(new SeriesKey(Exchange.BITFINEX, btc15.instrument(), Timeframe.M15), store.readAll(btc15));
        }
        return db;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
