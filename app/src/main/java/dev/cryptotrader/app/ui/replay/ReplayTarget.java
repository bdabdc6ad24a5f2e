package dev.cryptotrader.app.ui.replay;

import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.app.ui.chart.ChartViewModel;
import dev.cryptotrader.app.ui.live.LiveViewModel;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.trading.port.SeriesInfo;

/**
 * The chart a replay plays into: it shows the bars up to the replay's start, then takes the replayed bars through the
 * same sink live bars use, and at the end of a replay shows the stored series again.
 */
public interface ReplayTarget {

    /** What the chart shows now, or null. */
    ChartData shown();

    /** Shows only {@code kept} (the first bars of {@code original}), so the replayed bars arrive as new ones. */
    void cutTo(ChartData original, OhlcvColumns kept);

    /** Where the replayed bars go. */
    LiveViewModel.ChartSink sink();

    /** Shows {@code original} again (the replay stopped). */
    void restore(ChartData original);

    /**
     * The main chart's view model as a target. Cutting back uses its public offer-then-open path: the kept bars are
     * offered as the series' latest and the series is opened as if it had only those bars, so the model treats them
     * as complete and loads nothing more; restoring does the same with the original bars and series.
     */
    public static ReplayTarget of(ChartViewModel chart) {
        return new ReplayTarget() {
            @Override
            public ChartData shown() {
                return chart.data();
            }

            @Override
            public void cutTo(ChartData original, OhlcvColumns kept) {
                SeriesInfo all = original.series();
                chart.offer(all.key(), kept);
                chart.open(new SeriesInfo(all.key(), kept.size(), kept.openTime()[0],
                        kept.openTime()[kept.size() - 1]));
            }

            @Override
            public LiveViewModel.ChartSink sink() {
                return chart.liveSink();
            }

            @Override
            public void restore(ChartData original) {
                chart.offer(original.series().key(), original.columns());
                chart.open(original.series());
            }
        };
    }
}
