package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.BacktestResult;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a backtest's trades, equity and metrics to files; called on the background executor. */
public interface Exporter {

    void tradesCsv(BacktestResult result, Path file) throws IOException;

    void equityCsv(BacktestResult result, Path file) throws IOException;

    void metricsJson(BacktestResult result, Path file) throws IOException;

    /** What can be exported, with the file name the chooser suggests and its extension. */
    enum Kind {
        TRADES_CSV("Trades CSV", "trades", "csv"),
        EQUITY_CSV("Equity CSV", "equity", "csv"),
        METRICS_JSON("Metrics JSON", "metrics", "json");

        private final String title;
        private final String stem;
        private final String extension;

        Kind(String title, String stem, String extension) {
            this.title = title;
            this.stem = stem;
            this.extension = extension;
        }

        public String title() {
            return title;
        }

        public String extension() {
            return extension;
        }

        /** e.g. {@code sma-cross-trades.csv}. */
        public String suggestedName(String strategyId) {
            return strategyId.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + stem + "." + extension;
        }

        void write(Exporter exporter, BacktestResult result, Path file) throws IOException {
            switch (this) {
                case TRADES_CSV -> exporter.tradesCsv(result, file);
                case EQUITY_CSV -> exporter.equityCsv(result, file);
                case METRICS_JSON -> exporter.metricsJson(result, file);
            }
        }
    }
}
