package dev.cryptotrader.app.ui.market;

import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranking and cutting of the symbol search, on listings spelt the way each venue spells them. */
class InstrumentSearchTest {

    private static final List<InstrumentInfo> BINANCE = List.of(info("WBTC", "BTC", "WBTCBTC", true),
            info("ETH", "BTC", "ETHBTC", true), info("BTC", "USDT", "BTCUSDT", true),
            info("BTCDOM", "USDT", "BTCDOMUSDT", false), info("BTC", "EUR", "BTCEUR", true),
            info("SOL", "USDT", "SOLUSDT", true));

    @Test
    void exactMatchesComeFirstThenPrefixesThenTheQuoteThenTheRest() {
        assertThat(symbols(InstrumentSearch.find(BINANCE, "btc")))
                .containsExactly("BTC/EUR", "BTC/USDT", "BTCDOM/USDT", "ETH/BTC", "WBTC/BTC");
    }

    @Test
    void caseSeparatorsAndSpacesDoNotMatter() {
        for (String query : List.of("BTC/USDT", "btc-usdt", "btc usdt", " BtcUsdt ", "btcusdt")) {
            assertThat(symbols(InstrumentSearch.find(BINANCE, query))).as(query).first().isEqualTo("BTC/USDT");
        }
    }

    @Test
    void theVenuesOwnSpellingMatches() {
        List<InstrumentInfo> bitfinex = List.of(info("BTC", "USDT", "tBTCUST", true),
                info("TESTBTC", "TESTUSD", "tTESTBTC:TESTUSD", true), info("BTC", "USD", "tBTCUSD", true));
        assertThat(symbols(InstrumentSearch.find(bitfinex, "tBTCUST"))).containsExactly("BTC/USDT");
        assertThat(symbols(InstrumentSearch.find(bitfinex, "ttestbtc:testusd"))).containsExactly("TESTBTC/TESTUSD");
        List<InstrumentInfo> kucoin = List.of(info("BTC", "USDT", "BTC-USDT", true));
        assertThat(symbols(InstrumentSearch.find(kucoin, "BTC-USDT"))).containsExactly("BTC/USDT");
    }

    @Test
    void pairsThatDoNotTradeComeAfterThoseThatDoWithinARank() {
        assertThat(symbols(InstrumentSearch.find(BINANCE, "usdt")))
                .containsExactly("BTC/USDT", "SOL/USDT", "BTCDOM/USDT");
        assertThat(symbols(InstrumentSearch.find(BINANCE, ""))).last().isEqualTo("BTCDOM/USDT");
    }

    @Test
    void nothingMatchesWhatNoPairContains() {
        assertThat(InstrumentSearch.find(BINANCE, "xrp")).isEmpty();
    }

    @Test
    void aLongListingIsCutAndSaysHowManyMoreThereAre() {
        List<InstrumentInfo> many = new ArrayList<>();
        for (int i = 0; i < 2_034; i++) {
            many.add(info("A" + i, "USDT", "A" + i + "USDT", true));
        }
        many.add(info("BTC", "USDT", "BTCUSDT", true));

        InstrumentSearch.Found all = InstrumentSearch.find(many, "", AddMarketViewModel.MAX_SHOWN);
        assertThat(all.shown()).hasSize(200);
        assertThat(all.hidden()).isEqualTo(1_835);

        InstrumentSearch.Found usdt = InstrumentSearch.find(many, "btc", AddMarketViewModel.MAX_SHOWN);
        assertThat(symbols(usdt.shown())).containsExactly("BTC/USDT");
        assertThat(usdt.hidden()).isZero();

        InstrumentSearch.Found a1 = InstrumentSearch.find(many, "a1", AddMarketViewModel.MAX_SHOWN);
        assertThat(a1.shown()).hasSize(200).first().satisfies(i -> assertThat(i.nativeSymbol()).isEqualTo("A1USDT"));
        assertThat(a1.hidden()).isEqualTo(1_111 - 200); // A1, A10..A19, A100..A199, A1000..A1999
    }

    private static InstrumentInfo info(String base, String quote, String nativeSymbol, boolean trading) {
        return new InstrumentInfo(Instrument.of(base, quote), nativeSymbol, trading);
    }

    private static List<String> symbols(List<InstrumentInfo> infos) {
        return infos.stream().map(i -> i.instrument().symbol()).toList();
    }
}
