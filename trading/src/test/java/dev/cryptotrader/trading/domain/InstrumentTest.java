package dev.cryptotrader.trading.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstrumentTest {

    @ParameterizedTest
    @CsvSource({
            "BTC/USD, BTC, USD", "btc/usd, BTC, USD", "BTC-USDT, BTC, USDT", "tBTCUSD, BTC, USD",
            "tBTCUST, BTC, USDT", "tETHUDC, ETH, USDC", "tTESTBTC:TESTUSD, TESTBTC, TESTUSD", "BTCUSDT, BTC, USDT",
            "ethbtc, ETH, BTC", "SOLFDUSD, SOL, FDUSD", "1INCH-USDT, 1INCH, USDT"})
    void parsesEverySpelling(String text, String base, String quote) {
        assertThat(Instrument.parse(text)).isEqualTo(new Instrument(base, quote));
    }

    @Test
    void writesEachExchangesNativeSpelling() {
        Instrument btcUsdt = Instrument.of("BTC", "USDT");
        assertThat(btcUsdt.nativeSymbol(Exchange.BITFINEX)).isEqualTo("tBTCUST");
        assertThat(btcUsdt.nativeSymbol(Exchange.BINANCE)).isEqualTo("BTCUSDT");
        assertThat(btcUsdt.nativeSymbol(Exchange.KUCOIN)).isEqualTo("BTC-USDT");
        assertThat(Instrument.of("BTC", "USD").nativeSymbol(Exchange.BITFINEX)).isEqualTo("tBTCUSD");
        assertThat(Instrument.of("DOGE", "USD").nativeSymbol(Exchange.BITFINEX)).isEqualTo("tDOGE:USD");
        assertThat(btcUsdt.nativeSymbol(Exchange.of("coinbase"))).isEqualTo("BTC/USDT");
    }

    @Test
    void nativeSpellingRoundTrips() {
        for (Exchange e : new Exchange[] {Exchange.BITFINEX, Exchange.BINANCE, Exchange.KUCOIN}) {
            for (Instrument i : new Instrument[] {Instrument.of("BTC", "USDT"), Instrument.of("ETH", "BTC"),
                    Instrument.of("DOGE", "USD")}) {
                assertThat(Instrument.parse(i.nativeSymbol(e))).as(e + " " + i).isEqualTo(i);
            }
        }
    }

    @Test
    void rejectsWhatItCannotSplitWithAClearMessage() {
        assertThatThrownBy(() -> Instrument.parse("BTCXYZ")).hasMessageContaining("BTCXYZ")
                .hasMessageContaining("BASE/QUOTE");
        assertThatThrownBy(() -> Instrument.parse("BTC/")).hasMessageContaining("BTC/");
        assertThatThrownBy(() -> Instrument.parse(" ")).hasMessageContaining("empty");
    }

    @Test
    void exchangeNamesAreFreeButValidated() {
        assertThat(Exchange.of("Coinbase")).isEqualTo(new Exchange("coinbase"));
        assertThat(Exchange.of("coinbase").isTradable()).isFalse();
        assertThat(Exchange.of("binance").isTradable()).isTrue();
        assertThatThrownBy(() -> Exchange.of("my exchange")).hasMessageContaining("my exchange");
    }
}
