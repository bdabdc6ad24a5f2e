package dev.cryptotrader.charting;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OhlcvBufferTest {

    static final long MINUTE = 60_000;

    @Test
    void theFormingBarIsReplacedInPlaceAndANewerBarAppended() {
        OhlcvColumns loaded = TestBars.walk(10, TestBars.START, MINUTE, 1);
        OhlcvBuffer buffer = new OhlcvBuffer(loaded);
        long last = loaded.openTime()[9];

        assertThat(buffer.put(last, 1, 5, 0.5, 4, 7)).isTrue();
        assertThat(buffer.view().size()).isEqualTo(10);
        assertThat(buffer.view().close()[9]).isEqualTo(4);
        assertThat(buffer.view().close()[8]).isEqualTo(loaded.close()[8]);

        assertThat(buffer.put(last + MINUTE, 4, 6, 3, 5, 1)).isTrue();
        OhlcvColumns grown = buffer.view();
        assertThat(grown.size()).isEqualTo(11);
        assertThat(grown.openTime()[10]).isEqualTo(last + MINUTE);
        assertThat(grown.high()[10]).isEqualTo(6);
        assertThat(grown.indexAtOrAfter(last + MINUTE)).isEqualTo(10);
    }

    @Test
    void anOlderBarIsRefusedAndChangesNothing() {
        OhlcvBuffer buffer = new OhlcvBuffer(TestBars.walk(10, TestBars.START, MINUTE, 2));
        OhlcvColumns before = buffer.view();

        assertThat(buffer.put(TestBars.START + 3 * MINUTE, 1, 1, 1, 1, 1)).isFalse();
        assertThat(buffer.view()).isSameAs(before);
    }

    @Test
    void appendsCopyNothingWhileThereIsRoomAndGrowWhenItRunsOut() {
        OhlcvColumns loaded = TestBars.walk(5, TestBars.START, MINUTE, 3);
        OhlcvBuffer buffer = new OhlcvBuffer(loaded); // no room: copied once with some
        long[] arrays = buffer.view().openTime();
        int room = buffer.view().capacity() - 5;
        assertThat(room).isEqualTo(OhlcvBuffer.roomFor(5));

        long t = loaded.openTime()[4];
        for (int i = 1; i <= room; i++) {
            buffer.put(t + i * MINUTE, i, i + 1, i - 1, i, i);
        }
        assertThat(buffer.view().openTime()).as("filled the room without copying").isSameAs(arrays);
        buffer.put(t + (room + 1) * MINUTE, 9, 9, 9, 9, 9);
        OhlcvColumns grown = buffer.view();
        assertThat(grown.openTime()).isNotSameAs(arrays);
        assertThat(grown.size()).isEqualTo(5 + room + 1);
        assertThat(Arrays.copyOf(grown.close(), 5)).containsExactly(Arrays.copyOf(loaded.close(), 5));
        assertThat(grown.close()[grown.size() - 1]).isEqualTo(9);
    }

    @Test
    void viewsCompareByTheirBarsNotTheirSpareRoom() {
        OhlcvColumns exact = TestBars.walk(4, TestBars.START, MINUTE, 4);
        OhlcvColumns roomy = new OhlcvBuffer(exact).view();
        assertThat(roomy.capacity()).isGreaterThan(roomy.size());
        assertThat(roomy).isEqualTo(exact).hasSameHashCodeAs(exact);
    }

    @Test
    void truncatingKeepsTheArraysAndNewBarsReplaceTheDroppedOnes() {
        OhlcvColumns start = TestBars.walk(10, TestBars.START, 60_000, 5);
        OhlcvBuffer buffer = new OhlcvBuffer(start);
        long[] arrays = buffer.view().openTime();
        buffer.put(TestBars.START + 20 * 60_000L, 1, 2, 0.5, 1.5, 1); // a live bar after a hole
        buffer.view().barMillis(); // summarises the bars before the newest
        buffer.truncate(10);
        for (int i = 10; i <= 20; i++) { // the hole's bars, then the live bar again
            buffer.put(TestBars.START + i * 60_000L, 100, 101, 99, 100.5, 1);
        }
        OhlcvColumns now = buffer.view();
        assertThat(now.openTime()).isSameAs(arrays);
        assertThat(now.size()).isEqualTo(21);
        assertThat(now.barMillis()).isEqualTo(60_000);
        assertThatThrownBy(() -> buffer.truncate(22)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void putAllGivesTheSameBarsAsOnePutPerBarAndCopiesTheNewOnesInOneGo() {
        OhlcvColumns loaded = TestBars.walk(8, TestBars.START, MINUTE, 6);
        // From the newest loaded bar (replaced: a forming bar that closed), then 3,000 newer bars: more than the room.
        OhlcvColumns source = TestBars.walk(3_001, loaded.openTime()[7], MINUTE, 7);
        OhlcvBuffer bulk = new OhlcvBuffer(loaded);
        OhlcvBuffer single = new OhlcvBuffer(loaded);

        bulk.putAll(source, 0, source.size());
        for (int i = 0; i < source.size(); i++) {
            single.put(source.openTime()[i], source.open()[i], source.high()[i], source.low()[i], source.close()[i],
                    source.volume()[i]);
        }

        assertThat(bulk.view().size()).isEqualTo(7 + 3_001);
        assertThat(bulk.view()).isEqualTo(single.view());
        assertThat(bulk.view().close()[7]).isEqualTo(source.close()[0]);
        assertThat(bulk.view().capacity()).isGreaterThan(bulk.view().size());
    }

    @Test
    void putAllRefusesOlderBarsAndAppendsOnlyTheNewerOnes() {
        OhlcvColumns loaded = TestBars.walk(10, TestBars.START, MINUTE, 8);
        OhlcvBuffer buffer = new OhlcvBuffer(loaded);
        OhlcvColumns source = TestBars.walk(15, TestBars.START + 2 * MINUTE, MINUTE, 9); // bars 2..16

        buffer.putAll(source, 0, source.size());

        OhlcvColumns now = buffer.view();
        assertThat(now.size()).isEqualTo(17);
        assertThat(now.close()[5]).as("an older bar is refused").isEqualTo(loaded.close()[5]);
        assertThat(now.close()[9]).as("the newest is replaced").isEqualTo(source.close()[7]);
        assertThat(now.close()[16]).isEqualTo(source.close()[14]);
    }
}
