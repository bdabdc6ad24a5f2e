package dev.cryptotrader.trading.marketdata.live;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus.State;
import dev.cryptotrader.trading.marketdata.exchange.Subscription;
import dev.cryptotrader.trading.venue.stream.Await;
import dev.cryptotrader.trading.venue.stream.RecordingListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.cryptotrader.trading.venue.stream.LiveBars.TF;
import static dev.cryptotrader.trading.venue.stream.LiveBars.bar;
import static dev.cryptotrader.trading.venue.stream.LiveBars.bars;
import static dev.cryptotrader.trading.venue.stream.LiveBars.during;
import static dev.cryptotrader.trading.venue.stream.LiveBars.partial;
import static dev.cryptotrader.trading.venue.stream.LiveBars.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service's rules for storing and catching up, with a feed the test plays by hand and REST from a list. */
class LiveCandleServiceTest {

    private static final SeriesKey KEY = new SeriesKey(Exchange.BINANCE, Instrument.of("BTC", "USDT"), TF);

    private final MutableClock clock = new MutableClock(during(10));
    private final ScriptedFeed feed = new ScriptedFeed(Exchange.BINANCE);
    private final ListVenue rest = new ListVenue(Exchange.BINANCE, bars(0, 40), clock);
    private final MemoryCandleStore store = new MemoryCandleStore();
    private final RecordingListener listener = new RecordingListener();
    private final Subscription subscription = new LiveCandleService(feed, rest, store, new MemoryCoverageLedger(),
            clock, new Backoff(Duration.ofMillis(10), Duration.ofMillis(40), 0)).start(KEY, listener);

    @AfterEach
    void stop() {
        subscription.close();
    }

    private void preload(int from, int to) {
        store.upsert(KEY, CandleSeries.of(bars(from, to)));
    }

    private void awaitStoredThrough(int i) {
        Await.until("stored through minute " + i, () -> store.info(KEY)
                .map(s -> s.lastOpenTime() >= bar(i).openTime()).orElse(false), () -> listener.events);
    }

    @Test
    void closedBarsWaitWhileTheCatchUpFailsAndComeWithTheRetry() {
        preload(0, 5);
        rest.failNext(1);
        feed.status(State.SUBSCRIBED);
        Await.until("the catch-up fails", () -> listener.count(State.CATCH_UP_FAILED) == 1);
        clock.set(during(11));
        feed.closed(bar(10)); // not stored now: the retry will fetch it with 5..9

        awaitStoredThrough(10);
        Await.until("delivered", () -> listener.closed.size() == 1);

        assertThat(values(store.all(KEY))).isEqualTo(values(bars(0, 11)));
        assertThat(listener.statuses(State.CATCH_UP_FAILED).getFirst().message()).contains("503")
                .contains("next try in");
        assertThat(listener.closedTimes()).containsExactly(bar(10).openTime());
    }

    @Test
    void aHoleBeforeAClosedBarIsFetchedFirst() {
        preload(0, 10);
        feed.status(State.SUBSCRIBED);
        Await.until("caught up", () -> listener.count(State.CAUGHT_UP) == 1);
        clock.set(during(13));

        feed.closed(bar(12)); // the stream never closed 10 and 11

        awaitStoredThrough(12);
        Await.until("delivered", () -> listener.closed.size() == 3);
        assertThat(values(store.all(KEY))).isEqualTo(values(bars(0, 13)));
        assertThat(listener.closedTimes()).isEqualTo(bars(10, 13).stream().map(Candle::openTime).toList());
    }

    @Test
    void formingBarsAreShownAndNeverStored() {
        preload(0, 10);
        feed.status(State.SUBSCRIBED);
        feed.forming(partial(10));
        feed.forming(bar(10));
        feed.status(State.DISCONNECTED); // a marker: everything before it has been handled once it shows

        Await.until("handled", () -> listener.count(State.DISCONNECTED) == 1);
        assertThat(listener.forming).hasSize(2);
        assertThat(values(store.all(KEY))).isEqualTo(values(bars(0, 10)));
    }

    @Test
    void aBarTheStreamRepeatsIsStoredAndDeliveredOnce() {
        preload(0, 10);
        feed.status(State.SUBSCRIBED);
        clock.set(during(11));
        feed.closed(bar(10));
        feed.closed(bar(10));
        feed.status(State.DISCONNECTED);

        Await.until("handled", () -> listener.count(State.DISCONNECTED) == 1);
        assertThat(listener.closedTimes()).containsExactly(bar(10).openTime());
        assertThat(values(store.all(KEY))).isEqualTo(values(bars(0, 11)));
    }

    @Test
    void aFailedWriteIsRepairedByTheNextCatchUp() {
        preload(0, 10);
        feed.status(State.SUBSCRIBED);
        Await.until("caught up", () -> listener.count(State.CAUGHT_UP) == 1);
        clock.set(during(11));
        store.failNextUpsert(new IllegalStateException("disk full"));

        feed.closed(bar(10));

        awaitStoredThrough(10);
        assertThat(listener.statuses(State.CATCH_UP_FAILED).getFirst().message()).contains("disk full");
        assertThat(values(store.all(KEY))).isEqualTo(values(bars(0, 11)));
    }

    @Test
    void anEmptyStoreResumesFromTheFirstBarTheStreamShowed() {
        feed.status(State.SUBSCRIBED);
        Await.until("nothing to catch up", () -> listener.count(State.CAUGHT_UP) == 1);
        feed.forming(partial(10));
        feed.status(State.DISCONNECTED); // minute 10 never closes on the stream
        clock.set(during(13));

        feed.status(State.SUBSCRIBED);

        awaitStoredThrough(12);
        assertThat(values(store.all(KEY))).isEqualTo(values(bars(10, 13)));
        assertThat(rest.requests).hasSize(1);
    }

    @Test
    void theFeedAndTheHistoryMustBeOfTheSameVenue() {
        assertThatThrownBy(() -> new LiveCandleService(new ScriptedFeed(Exchange.KUCOIN), rest, store,
                new MemoryCoverageLedger(), clock, Backoff.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kucoin")
                .hasMessageContaining("binance");
    }

    @Test
    void closingDeliversTheLastStatusAndStopsStoring() {
        preload(0, 10);
        feed.status(State.SUBSCRIBED);

        subscription.close();

        assertThat(listener.statuses.getLast().state()).isEqualTo(State.STOPPED);
        feed.closed(bar(10)); // too late: ignored, no exception
        assertThat(store.all(KEY)).hasSize(10);
        assertThat(List.copyOf(listener.closed)).isEmpty();
    }
}
