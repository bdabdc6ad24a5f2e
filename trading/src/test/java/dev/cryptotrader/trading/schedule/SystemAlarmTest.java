package dev.cryptotrader.trading.schedule;

import dev.cryptotrader.trading.port.Clock;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The one test with real waiting, kept to tens of milliseconds: the real alarm wakes, replaces and cancels. */
class SystemAlarmTest {

    @Test
    void itWakesOnceAtTheLastTimeSetAndNotAfterClose() throws Exception {
        Clock clock = Clock.system();
        AtomicInteger firstWakes = new AtomicInteger();
        CountDownLatch second = new CountDownLatch(1);
        try (SystemAlarm alarm = new SystemAlarm(clock)) {
            alarm.setFor(clock.nowMillis() + 30, firstWakes::incrementAndGet);
            alarm.setFor(clock.nowMillis() + 60, second::countDown); // replaces the first

            assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(50);
            assertThat(firstWakes).hasValue(0);

            CountDownLatch cleared = new CountDownLatch(1);
            alarm.setFor(clock.nowMillis() + 30, cleared::countDown);
            alarm.clear();
            assertThat(cleared.await(100, TimeUnit.MILLISECONDS)).isFalse();

            alarm.close();
            CountDownLatch closed = new CountDownLatch(1);
            alarm.setFor(clock.nowMillis(), closed::countDown);
            assertThat(closed.await(100, TimeUnit.MILLISECONDS)).isFalse();
        }
    }

    @Test
    void aTimeInThePastWakesAtOnceAndAFarOneWithinTheLongestSleep() throws Exception {
        Clock clock = Clock.system();
        CountDownLatch woke = new CountDownLatch(1);
        try (SystemAlarm alarm = new SystemAlarm(clock)) {
            alarm.setFor(clock.nowMillis() - 60_000, woke::countDown);
            assertThat(woke.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(SystemAlarm.LONGEST_SLEEP).isLessThanOrEqualTo(java.time.Duration.ofMinutes(1));
    }
}
