package dev.cryptotrader.trading.backtest.export;

import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.metrics.MetricField;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvExportTest {

    @Test
    void tradesHaveAHeaderAndOneRowEachWithIsoUtcTimes() throws IOException {
        StringWriter out = new StringWriter();
        CsvExport.writeTrades(ExportFixture.result("x").trades(), out);
        assertThat(out.toString()).isEqualTo("""
                entry_time,exit_time,side,qty,entry_price,exit_price,fees,pnl,return,bars_held
                2024-01-03T00:00:00Z,2024-01-05T00:00:00Z,long,0.5,200.0,206.4,0.2,3.0,0.03,2
                2024-01-05T01:00:00Z,2024-01-07T00:00:00Z,short,0.25,200.0,190.0,0.5,2.0,0.04,1
                """);
    }

    @Test
    void equityRowsAreAtEachBarsCloseWithTheDrawdownFromTheRunningPeak() throws IOException {
        StringWriter out = new StringWriter();
        CsvExport.writeEquity(ExportFixture.result("x"), out);
        assertThat(out.toString()).isEqualTo("""
                time,equity,drawdown
                2024-01-03T00:00:00Z,100.0,0.0
                2024-01-04T00:00:00Z,128.0,0.0
                2024-01-05T00:00:00Z,96.0,0.25
                2024-01-06T00:00:00Z,130.0,0.0
                2024-01-07T00:00:00Z,104.0,0.2
                """);
    }

    @Test
    void metricsAreOneLabelledRowPerResultWithUndefinedValuesLeftEmpty() throws IOException {
        BacktestResult a = ExportFixture.result("sma-cross fast=20,slow=100");
        BacktestResult b = ExportFixture.result("ema \"fast\"");
        StringWriter out = new StringWriter();
        CsvExport.writeMetrics(List.of(a, b), out);
        String[] lines = out.toString().split("\n");

        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("label," + String.join(",",
                Arrays.stream(MetricField.values()).map(MetricField::key).toList()));
        assertThat(lines[0]).startsWith("label,net_profit,total_return,cagr,sharpe,sortino,calmar,max_drawdown,"
                + "max_drawdown_bars,win_rate,profit_factor,expectancy,average_win,average_loss,exposure,trades,fees,"
                + "sqn,buy_and_hold_return");
        assertThat(lines[1]).startsWith("\"sma-cross fast=20,slow=100\",4.0,0.04,");
        assertThat(lines[2]).startsWith("\"ema \"\"fast\"\"\",4.0,");

        String[] cells = lines[1].substring(lines[1].indexOf("\",") + 2).split(",", -1);
        assertThat(cells).hasSize(MetricField.values().length);
        assertThat(cells[MetricField.PROFIT_FACTOR.ordinal()]).as("no losing trade").isEmpty();
        assertThat(cells[MetricField.AVERAGE_LOSS.ordinal()]).isEmpty();
        assertThat(cells[MetricField.TRADES.ordinal()]).isEqualTo("2");
        assertThat(cells[MetricField.MAX_DRAWDOWN.ordinal()]).isEqualTo("0.25");
        assertThat(cells[MetricField.MAX_DRAWDOWN_BARS.ordinal()]).isEqualTo("2");
        assertThat(cells[MetricField.WIN_RATE.ordinal()]).isEqualTo("1.0");
        assertThat(cells[MetricField.BUY_AND_HOLD_RETURN.ordinal()]).isEqualTo("0.25");
    }

    @Test
    void anEquityCurveThatDoesNotFitTheTapeIsRefused() {
        BacktestResult good = ExportFixture.result("x");
        BacktestResult tooLong = new BacktestResult("x", good.tape(), good.config(), new double[6], good.fills(),
                good.trades(), good.metrics());
        assertThatThrownBy(() -> CsvExport.writeEquity(tooLong, new StringWriter()))
                .hasMessageContaining("equity curve of 6 points from bar 1 does not fit the tape of 6 bars");
    }

    @Test
    void numbersAreSpelledPlainAndUndefinedIsEmpty() {
        assertThat(ExportValues.decimal(1e-7)).isEqualTo("0.0000001");
        assertThat(ExportValues.decimal(1.5e10)).isEqualTo("15000000000");
        assertThat(ExportValues.decimal(-0.25)).isEqualTo("-0.25");
        assertThat(ExportValues.decimal(Double.NaN)).isEmpty();
        assertThat(ExportValues.decimal(Double.NEGATIVE_INFINITY)).isEmpty();
        assertThat(ExportValues.csv("a\nb")).isEqualTo("\"a\nb\"");
    }
}
