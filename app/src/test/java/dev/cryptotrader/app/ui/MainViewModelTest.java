package dev.cryptotrader.app.ui;

import dev.cryptotrader.app.ui.chart.ChartViewModel;
import dev.cryptotrader.app.ui.main.FirstView;
import dev.cryptotrader.app.ui.main.MainViewModel;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.SeriesInfo;
import dev.cryptotrader.app.market.MarketDataHub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The main view model on a real database, without JavaFX running: the bridge runs everything on this thread. */
class MainViewModelTest {

    /** These tests never go live: asking for market data is a failure. */
    static final Supplier<MarketDataHub> NO_MARKET_DATA = () -> {
        throw new AssertionError("this test streams nothing");
    };

    @TempDir
    Path dir;
    private CandleStore store;
    private MainViewModel model;

    @BeforeEach
    void open() {
        store = SqliteCandleStore.open(TestDatabases.create(dir, 12_000));
        model = new MainViewModel(() -> store, NO_MARKET_DATA, new SeriesCatalog(() -> store, false), FxBridge.sameThread());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void opensTheRichestSeriesLatestBarsFirstThenAll() {
        List<Integer> sizes = new ArrayList<>();
        model.chart().dataProperty().addListener((obs, old, data) -> sizes.add(data.columns().size()));

        model.start();
        assertThat(sizes).as("the rest waits for the chart to draw the first bars")
                .containsExactly(ChartViewModel.FIRST_PAINT_BARS);
        model.chart().painted();

        assertThat(model.picker().selectedProperty().get().key()).isEqualTo(TestDatabases.BTC_1M);
        assertThat(sizes).containsExactly(ChartViewModel.FIRST_PAINT_BARS, 12_000);
        assertThat(model.chart().data().complete()).isTrue();
        assertThat(model.seriesTextProperty().get()).isEqualTo("bitstamp · BTC/USD · 1m");
        assertThat(model.barsTextProperty().get()).isEqualTo("12,000 bars");
        assertThat(model.rangeTextProperty().get()).isEqualTo("2013-11-25 → 2013-12-03 07:59 UTC");
    }

    @Test
    void barsReadAheadAreShownWithoutReadingThemAgain() {
        List<SeriesInfo> series = store.listSeries();
        OhlcvColumns ahead = new OhlcvColumns(new long[] {1, 2}, new double[] {1, 1}, new double[] {2, 2},
                new double[] {1, 1}, new double[] {2, 2}, new double[] {0, 0});
        List<Integer> sizes = new ArrayList<>();
        model.chart().dataProperty().addListener((obs, old, data) -> sizes.add(data.columns().size()));

        model.start(new FirstView(series, TestDatabases.BTC_1M, ahead));
        assertThat(model.picker().allSeries()).isEqualTo(series);
        assertThat(model.chart().data().columns()).isSameAs(ahead);
        model.chart().painted();

        assertThat(sizes).containsExactly(2, 12_000);
        assertThat(model.chart().data().complete()).isTrue();
    }

    @Test
    void barsReadAheadForAnotherSeriesAreIgnored() {
        OhlcvColumns ahead = new OhlcvColumns(new long[] {1}, new double[] {1}, new double[] {1}, new double[] {1},
                new double[] {1}, new double[] {0});

        model.start(new FirstView(store.listSeries(), TestDatabases.ETH_5M, ahead));

        assertThat(model.chart().data().series().key()).isEqualTo(TestDatabases.BTC_1M);
        assertThat(model.chart().data().columns().size()).isEqualTo(ChartViewModel.FIRST_PAINT_BARS);
    }

    @Test
    void timeframeKeysSwitchWithinTheSymbolWhenStored() {
        model.start();

        model.selectTimeframe(Timeframe.H1);
        assertThat(model.chart().data().series().key()).isEqualTo(TestDatabases.BTC_1H);
        assertThat(model.seriesTextProperty().get()).endsWith("1h");
        assertThat(model.chart().data().columns().size()).isEqualTo(200);

        model.selectTimeframe(Timeframe.W1);
        assertThat(model.chart().data().series().key()).isEqualTo(TestDatabases.BTC_1H);
        assertThat(model.messageProperty().get()).isEqualTo("No 1w candles stored for bitstamp BTC/USD");
    }

    @Test
    void searchFiltersBySymbolExchangeOrTimeframe() {
        model.start();

        model.picker().queryProperty().set("eth");
        assertThat(keys()).containsExactly(TestDatabases.ETH_5M.toString());
        model.picker().queryProperty().set("btcusd 1h");
        assertThat(keys()).containsExactly(TestDatabases.BTC_1H.toString());
        model.picker().queryProperty().set("bitstamp");
        assertThat(keys()).hasSize(2);
        model.picker().queryProperty().set("");
        assertThat(keys()).hasSize(3);

        model.picker().queryProperty().set("ETH/USD");
        assertThat(model.picker().selectFirstShown()).isTrue();
        assertThat(model.chart().data().series().key()).isEqualTo(TestDatabases.ETH_5M);
    }

    @Test
    void anEmptyDatabaseSaysHowToFillIt() {
        try (CandleStore empty = SqliteCandleStore.open(dir.resolve("empty.db"))) {
            MainViewModel m = new MainViewModel(() -> empty, NO_MARKET_DATA, new SeriesCatalog(() -> empty, false),
                    FxBridge.sameThread());
            m.start();
            assertThat(m.messageProperty().get()).contains("no candles");
            assertThat(m.chart().data()).isNull();
        }
    }

    private List<String> keys() {
        return model.picker().shownSeries().stream().map(SeriesInfo::key).map(Object::toString).toList();
    }
}
