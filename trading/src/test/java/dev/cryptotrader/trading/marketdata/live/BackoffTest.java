package dev.cryptotrader.trading.marketdata.live;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    @Test
    void withoutJitterTheDelayDoublesUpToTheCap() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), 0);

        assertThat(b.delay(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(b.delay(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(b.delay(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(b.delay(5)).isEqualTo(Duration.ofMillis(1000));
        assertThat(b.delay(50)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void jitterSpreadsEachDelayWithinItsBandAndNeverPastTheCap() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), 0.3);
        long distinct = java.util.stream.IntStream.range(0, 200).mapToObj(i -> b.delay(2)).distinct().count();

        for (int i = 0; i < 200; i++) {
            assertThat(b.delay(2).toMillis()).isBetween(140L, 260L);
            assertThat(b.delay(30).toMillis()).isBetween(700L, 1000L);
        }
        assertThat(distinct).as("jitter gives different delays").isGreaterThan(10);
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
