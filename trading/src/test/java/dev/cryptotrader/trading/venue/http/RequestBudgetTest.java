package dev.cryptotrader.trading.venue.http;

import dev.cryptotrader.trading.domain.Exchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBudgetTest {

    private final RequestBudget budget = new RequestBudget("test weight / 1 min", 100, Duration.ofMinutes(1));

    @Test
    void weightIsTakenBeforeSending() {
        budget.acquire(Exchange.BINANCE, 20);
        budget.acquire(Exchange.BINANCE, 2);
        assertThat(budget.used()).isEqualTo(22);
        assertThat(budget.usage().fraction()).isEqualTo(0.22);
    }

    @Test
    void theVenuesCountCorrectsOursUpwardOnly() {
        budget.acquire(Exchange.BINANCE, 10);
        budget.observeServerUsed(75);
        assertThat(budget.used()).isEqualTo(75);
        budget.observeServerUsed(5); // another window at the venue: counting too much is the safe error
        assertThat(budget.used()).isEqualTo(75);
        budget.observeServerUsed(250);
        assertThat(budget.used()).isEqualTo(100);
    }

    @Test
    void aSpentBudgetWaitsForTheNextWindowBeforeSending() {
        RequestBudget fast = new RequestBudget("fast / 200 ms", 2, Duration.ofMillis(200));
        fast.acquire(Exchange.KUCOIN, 2);
        long started = System.nanoTime();
        fast.acquire(Exchange.KUCOIN, 1);
        assertThat(System.nanoTime() - started).as("waited client-side").isGreaterThan(Duration.ofMillis(50).toNanos());
    }

    @Test
    void aWeightBiggerThanTheWholeBudgetIsAProgrammingError() {
        assertThatThrownBy(() -> budget.acquire(Exchange.KUCOIN, 101))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'test weight / 1 min'");
    }

    @Test
    void retryAfterReadsSecondsAndIgnoresGarbage() {
        assertThat(RetryAfter.parse("1")).contains(Duration.ofSeconds(1));
        assertThat(RetryAfter.parse(" 120 ")).contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse("soon")).isEmpty();
        assertThat(RetryAfter.parse(null)).isEmpty();
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO); // in the past
    }
}
