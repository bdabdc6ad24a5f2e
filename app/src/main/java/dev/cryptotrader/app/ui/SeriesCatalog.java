package dev.cryptotrader.app.ui;

import dev.cryptotrader.app.demo.DemoWorkspace;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.SeriesInfo;

import java.util.List;
import java.util.function.Supplier;

/**
 * The series the picker offers. On a first launch (an empty database) it can seed the offline demo workspace first,
 * so the window never opens on nothing. Called on the background executor; the store is fetched there too, so opening
 * the database never holds up the FX thread.
 */
public final class SeriesCatalog {

    private final Supplier<CandleStore> store;
    private final boolean seedDemoWhenEmpty;

    public SeriesCatalog(Supplier<CandleStore> store, boolean seedDemoWhenEmpty) {
        this.store = store;
        this.seedDemoWhenEmpty = seedDemoWhenEmpty;
    }

    public List<SeriesInfo> list() {
        CandleStore candles = store.get();
        List<SeriesInfo> series = candles.listSeries();
        if (series.isEmpty() && seedDemoWhenEmpty) {
            DemoWorkspace.seedIfEmpty(candles);
            series = candles.listSeries();
        }
        return series;
    }
}
