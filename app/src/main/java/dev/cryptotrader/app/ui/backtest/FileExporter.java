package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.export.BacktestExport;
import dev.cryptotrader.trading.backtest.export.JsonExport;

import java.io.IOException;
import java.nio.file.Path;

/** The panel's exports in the engine's formats ({@link BacktestExport}): the same files the CLI writes. */
public final class FileExporter implements Exporter {

    /** Metrics and trades, pretty, without the equity curve (that is the equity CSV). */
    private static final JsonExport.Options METRICS = new JsonExport.Options(false, true);

    @Override
    public void tradesCsv(BacktestResult result, Path file) throws IOException {
        BacktestExport.writeTradesCsv(result, file);
    }

    @Override
    public void equityCsv(BacktestResult result, Path file) throws IOException {
        BacktestExport.writeEquityCsv(result, file);
    }

    @Override
    public void metricsJson(BacktestResult result, Path file) throws IOException {
        BacktestExport.writeJson(result, METRICS, file);
    }
}
