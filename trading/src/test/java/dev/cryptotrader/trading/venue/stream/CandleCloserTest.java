package dev.cryptotrader.trading.venue.stream;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.venue.http.BadPayloadException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.cryptotrader.trading.venue.stream.LiveBars.TF;
import static dev.cryptotrader.trading.venue.stream.LiveBars.bar;
import static dev.cryptotrader.trading.venue.stream.LiveBars.partial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CandleCloserTest {

    private final List<String> events = new ArrayList<>();
    private final CandleCloser closer = new CandleCloser(TF);
    /** Writes "F3" for a forming minute 3, "C3" for a closed one ("C3p" if it closed with its partial values). */
    private final StreamEvents recorder = new StreamEvents() {
        @Override
        public void subscribed(String detail) {
        }

        @Override
        public void forming(Candle c) {
            events.add("F" + index(c));
        }

        @Override
        public void closed(Candle c) {
            events.add("C" + index(c) + (c.volume().equals(bar(index(c)).volume()) ? "" : "p"));
        }

        @Override
        public void rejected(String frame, String why) {
        }

        @Override
        public void reconnect(String why) {
        }

        @Override
        public void fail(String why) {
        }
    };

    private static int index(Candle c) {
        return (int) ((c.openTime() - LiveBars.T0) / LiveBars.MINUTE);
    }

    @Test
    void aLaterStartTimeClosesTheCandleHeldWithItsLastValues() {
        closer.accept(partial(1), recorder);
        closer.accept(bar(1), recorder);
        closer.accept(partial(2), recorder);

        assertThat(events).containsExactly("F1", "F1", "C1", "F2");
    }

    @Test
    void aSnapshotClosesAllButItsNewestInTimeOrder() {
        closer.snapshot(List.of(partial(4), bar(3), bar(1), bar(2)), recorder);
        closer.accept(bar(4), recorder);
        closer.accept(partial(5), recorder);

        assertThat(events).containsExactly("C1", "C2", "C3", "F4", "F4", "C4", "F5");
    }

    @Test
    void aLateUpdateOfAnOlderBarIsFinalAtOnce() {
        closer.accept(partial(5), recorder);
        closer.accept(bar(4), recorder);

        assertThat(events).containsExactly("F5", "C4");
    }

    @Test
    void afterAResetTheCandleThatWasFormingIsNeitherClosedNorKept() {
        closer.accept(partial(5), recorder);
        closer.reset();
        closer.accept(partial(7), recorder);

        assertThat(events).containsExactly("F5", "F7");
    }

    @Test
    void misalignedAndInconsistentCandlesAreRefused() {
        Candle b = bar(1);
        Candle misaligned = new Candle(b.openTime() + 1, b.open(), b.high(), b.low(), b.close(), b.volume());
        Candle highBelowLow = new Candle(b.openTime(), b.open(), b.low(), b.high(), b.close(), b.volume());

        assertThatThrownBy(() -> closer.accept(misaligned, recorder)).isInstanceOf(BadPayloadException.class)
                .hasMessageContaining("not the start of a 1m bar");
        assertThatThrownBy(() -> closer.accept(highBelowLow, recorder)).isInstanceOf(BadPayloadException.class)
                .hasMessageContaining("below low");
        assertThat(events).isEmpty();
    }
}
