package dev.cryptotrader.app.ui.live;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox between a fast feed thread and the FX thread keeps every closed bar and every count, in order. */
class LiveInboxTest {

    private static final int BARS = 300;
    private static final int UPDATES = 9; // forming updates before each bar closes

    private final ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));

    @AfterEach
    void stop() {
        fx.shutdownNow();
    }

    private static Candle bar(int minute, int update) {
        BigDecimal price = BigDecimal.valueOf(100 + update);
        return new Candle(minute * 60_000L, price, price, price, price, BigDecimal.ONE);
    }

    @RepeatedTest(10) // a race shows up in some runs, not all
    void aFeedAtFullSpeedLosesNoClosedBarAndNoMessageAndNeverShowsAStaleFormingBar() throws Exception {
        // Written only on the fake FX thread.
        List<Long> closedSeen = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long[] counted = new long[1];
        int[] caughtUpBatches = new int[1];
        CompletableFuture<Void> allCounted = new CompletableFuture<>();
        long sent = (long) BARS * (UPDATES + 1);
        LiveInbox inbox = new LiveInbox(new FxBridge(Runnable::run, fx), batch -> {
            for (Candle c : batch.closed()) {
                closedSeen.add(c.openTime());
            }
            if (batch.forming() != null && !batch.closed().isEmpty()
                    && batch.forming().openTime() <= batch.closed().getLast().openTime()) {
                problems.add("forming " + batch.forming().openTime() + " after its closed bar");
            }
            caughtUpBatches[0] += batch.caughtUp() ? 1 : 0;
            counted[0] += batch.messages();
            if (counted[0] == sent) {
                allCounted.complete(null);
            }
        });

        Thread feed = new Thread(() -> {
            for (int b = 0; b < BARS; b++) {
                for (int u = 0; u < UPDATES; u++) {
                    inbox.onForming(bar(b, u));
                }
                inbox.onClosed(bar(b, UPDATES));
                if (b == BARS / 2) {
                    inbox.onStatus(ConnectionStatus.of(ConnectionStatus.State.CAUGHT_UP, "caught up"));
                }
            }
        }, "feed");
        feed.start();
        feed.join(20_000);
        allCounted.get(20, TimeUnit.SECONDS);
        fx.submit(() -> { }).get(10, TimeUnit.SECONDS);

        List<Long> expected = new ArrayList<>();
        for (int b = 0; b < BARS; b++) {
            expected.add(b * 60_000L);
        }
        assertThat(fx.submit(() -> List.copyOf(closedSeen)).get()).isEqualTo(expected);
        assertThat(fx.submit(() -> List.copyOf(problems)).get()).isEmpty();
        assertThat(fx.submit(() -> counted[0]).get()).isEqualTo(sent);
        assertThat(fx.submit(() -> caughtUpBatches[0]).get()).isEqualTo(1);
    }
}
