package dev.cryptotrader.trading.config;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserConfigTest {

    static final SeriesKey BTC = new SeriesKey(Exchange.BINANCE, Instrument.of("BTC", "USDT"), Timeframe.M1);
    static final long NOW = 1_704_067_200_000L;

    @Test
    void theDefaultsHaveNoOverridesNoWatchlistAndTheDocumentedIntervals() {
        UserConfig config = UserConfig.defaults();

        assertThat(config.overridesFor(Exchange.BINANCE)).isEqualTo(VenueOverrides.NONE);
        assertThat(config.watchlist()).isEmpty();
        assertThat(config.scheduler().backfillEvery()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.scheduler().backfillJitter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.scheduler().gapRepairEvery()).isEqualTo(Duration.ofHours(6));
        assertThat(config.scheduler().backfillHistory()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void aBackfillStartsAtTheEntrysFromElseTheConfiguredHistoryBeforeNow() {
        SeriesKey eth = new SeriesKey(Exchange.KUCOIN, Instrument.of("ETH", "USDT"), Timeframe.H1);
        UserConfig config = new UserConfig(Map.of(),
                List.of(WatchlistEntry.of(BTC), new WatchlistEntry(eth, Optional.of(1_600_000_000_000L))),
                SchedulerSettings.defaults());

        assertThat(config.backfillStart(BTC, NOW)).isEqualTo(NOW - Duration.ofDays(30).toMillis());
        assertThat(config.backfillStart(eth, NOW)).isEqualTo(1_600_000_000_000L);
    }

    @Test
    void aSeriesIsOnTheWatchlistOnce() {
        assertThatThrownBy(() -> new UserConfig(Map.of(), List.of(WatchlistEntry.of(BTC), WatchlistEntry.of(BTC)),
                SchedulerSettings.defaults())).hasMessage("binance BTC/USDT 1m is on the watchlist twice");
    }

    @Test
    void onlyExchangesWithAnAdapterCanBeConfigured() {
        SeriesKey coinbase = new SeriesKey(Exchange.of("coinbase"), Instrument.of("BTC", "USD"), Timeframe.M1);
        assertThatThrownBy(() -> WatchlistEntry.of(coinbase)).hasMessageContaining("'coinbase' has no market-data");
        assertThatThrownBy(() -> new UserConfig(Map.of(Exchange.of("coinbase"), VenueOverrides.NONE), List.of(),
                SchedulerSettings.defaults())).hasMessageContaining("use bitfinex, binance or kucoin");
    }

    @Test
    void intervalsMustBeAtLeastAMinuteAndLongerThanTheirJitter() {
        assertThatThrownBy(() -> settings("30s", "0s", "6h", "0s"))
                .hasMessage("the backfill interval must be at least 1m, was 30s");
        assertThatThrownBy(() -> settings("15m", "15m", "6h", "0s"))
                .hasMessageContaining("the backfill jitter must be at least 0 and shorter than its interval 15m");
        assertThatThrownBy(() -> settings("15m", "1m", "6h", "-1m")).hasMessageContaining("gap repair jitter");
        assertThat(settings("1m", "59s", "1m", "0s").backfillJitter()).isEqualTo(Duration.ofSeconds(59));
    }

    @Test
    void urlsMustBeHttpForRestAndWebSocketForStreams() {
        assertThat(new VenueOverrides(Optional.of("http://127.0.0.1:8080/"), Optional.of("wss://x.example/ws"),
                Map.of()).restBaseUrl()).hasValue("http://127.0.0.1:8080/");
        assertThatThrownBy(() -> new VenueOverrides(Optional.of("ftp://x"), Optional.empty(), Map.of()))
                .hasMessage("'ftp://x' is not an http:// or https:// URL");
        assertThatThrownBy(() -> new VenueOverrides(Optional.empty(), Optional.of("https://x"), Map.of()))
                .hasMessage("'https://x' is not a ws:// or wss:// URL");
        assertThatThrownBy(() -> new VenueOverrides(Optional.empty(), Optional.empty(),
                Map.of(Instrument.of("BTC", "USDT"), "BTC USDT"))).hasMessageContaining("one word");
    }

    @Test
    void durationsReadAsPeopleWriteThemAndPrintBackTheSame() {
        assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse(" 15m ")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("30d")).isEqualTo(Duration.ofDays(30));
        assertThat(Durations.parse("PT6H")).isEqualTo(Duration.ofHours(6));
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(Durations.format(Duration.ofDays(30))).isEqualTo("30d");
        for (String bad : new String[] {"", "15", "15 minutes", "m", "-5m", "P"}) {
            assertThatThrownBy(() -> Durations.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("write it like 90s, 15m");
        }
    }

    private static SchedulerSettings settings(String every, String jitter, String repairEvery, String repairJitter) {
        return new SchedulerSettings(duration(every), duration(jitter), duration(repairEvery), duration(repairJitter),
                Duration.ofDays(1));
    }

    private static Duration duration(String text) {
        return text.startsWith("-") ? Durations.parse(text.substring(1)).negated() : Durations.parse(text);
    }
}
