package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.port.UpsertResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.cryptotrader.storage.Bars.BTC_1M;
import static dev.cryptotrader.storage.Bars.ETH_1M;
import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentAccessTest {

    @TempDir
    Path dir;
    /** Own threads: the common pool has a single thread on two cores, which would queue a read behind the write. */
    final ExecutorService threads = Executors.newFixedThreadPool(3);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void theFileIsInWalModeWithLargePages() throws Exception {
        Path file = dir.resolve("c.db");
        try (SqliteCandleStore store = SqliteCandleStore.open(file);
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement s = c.createStatement()) {
            assertThat(single(s, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(single(s, "PRAGMA page_size")).isEqualTo(String.valueOf(SqliteConnections.PAGE_SIZE));
        }
    }

    @Test
    void aReaderSeesTheLastCommittedStateWhileAWriteIsHeldOpen() throws Exception {
        AtomicBoolean hold = new AtomicBoolean();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (SqliteCandleStore store = SqliteCandleStore.open(dir.resolve("c.db"), () -> {
            if (hold.get()) {
                writing.countDown();
                awaitQuietly(release);
            }
        })) {
            CandleSeries all = Bars.walk(0, 101_000, 1);
            store.upsert(BTC_1M, all.slice(0, 1_000));
            hold.set(true);
            CompletableFuture<UpsertResult> write = CompletableFuture.supplyAsync(
                    () -> store.upsert(BTC_1M, all.slice(1_000, 101_000)), threads);
            assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();

            // The writer has inserted 100k rows and sits before COMMIT: readers must neither wait nor see them.
            CandleSeries during = CompletableFuture.supplyAsync(() -> store.readAll(BTC_1M), threads)
                    .get(5, TimeUnit.SECONDS);
            assertThat(during.toCandles()).isEqualTo(all.slice(0, 1_000).toCandles());
            assertThat(store.info(BTC_1M).orElseThrow().barCount()).isEqualTo(1_000);
            assertThat(store.readLatest(BTC_1M, 1).lastOpenTime()).isEqualTo(all.openTime(999));
            assertThat(write).isNotDone();

            release.countDown();
            assertThat(write.get(30, TimeUnit.SECONDS)).isEqualTo(new UpsertResult(100_000, 0, 0));
            assertThat(store.readAll(BTC_1M).size()).isEqualTo(101_000);
        }
    }

    @Test
    void readsDuringALongImportSeeEitherTheOldOrTheNewStateAndNeverFail() throws Exception {
        AtomicBoolean committing = new AtomicBoolean();
        try (SqliteCandleStore store = SqliteCandleStore.open(dir.resolve("c.db"), () -> committing.set(true))) {
            CandleSeries all = Bars.walk(0, 1_001_000, 2);
            store.upsert(BTC_1M, all.slice(0, 1_000));
            committing.set(false);
            CompletableFuture<UpsertResult> write = CompletableFuture.supplyAsync(
                    () -> store.upsert(BTC_1M, all.slice(1_000, 1_001_000)), threads);

            List<Integer> sizesBeforeCommit = new ArrayList<>();
            List<Integer> allSizes = new ArrayList<>();
            while (!write.isDone()) {
                // Each read is bounded: a reader blocked by the writer would fail the test here.
                int size = CompletableFuture.supplyAsync(() -> store.readLatest(BTC_1M, 2_000).size(), threads)
                        .get(10, TimeUnit.SECONDS);
                allSizes.add(size);
                if (!committing.get()) {
                    sizesBeforeCommit.add(size);
                }
            }

            assertThat(write.get()).isEqualTo(new UpsertResult(1_000_000, 0, 0));
            // Inserting a million rows takes far longer than a read of 1000: many reads finished meanwhile.
            assertThat(sizesBeforeCommit).hasSizeGreaterThan(5).containsOnly(1_000);
            assertThat(allSizes).allMatch(s -> s == 1_000 || s == 2_000);
            assertThat(store.readAll(BTC_1M).size()).isEqualTo(1_001_000);
        }
    }

    @Test
    void twoStoresOnOneFileTakeTurnsToWrite() throws Exception {
        Path file = dir.resolve("c.db");
        try (SqliteCandleStore a = SqliteCandleStore.open(file); SqliteCandleStore b = SqliteCandleStore.open(file)) {
            CompletableFuture<UpsertResult> first = CompletableFuture.supplyAsync(
                    () -> a.upsert(BTC_1M, Bars.walk(0, 200_000, 3)), threads);
            CompletableFuture<UpsertResult> second = CompletableFuture.supplyAsync(
                    () -> b.upsert(ETH_1M, Bars.walk(0, 200_000, 4)), threads);

            assertThat(first.get(60, TimeUnit.SECONDS).inserted()).isEqualTo(200_000);
            assertThat(second.get(60, TimeUnit.SECONDS).inserted()).isEqualTo(200_000);
            assertThat(a.listSeries()).hasSize(2);
            assertThat(b.readAll(BTC_1M).size()).isEqualTo(200_000);
        }
    }

    private static String single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
