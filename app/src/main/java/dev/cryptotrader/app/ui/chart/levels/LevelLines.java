package dev.cryptotrader.app.ui.chart.levels;

import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.charting.levels.LevelKind;
import dev.cryptotrader.charting.levels.LevelLine;
import dev.cryptotrader.trading.levels.Period;
import dev.cryptotrader.trading.levels.PeriodLevels;
import dev.cryptotrader.trading.levels.PriceBars;
import dev.cryptotrader.trading.levels.SwingLevel;
import dev.cryptotrader.trading.levels.SwingLevels;

import java.util.ArrayList;
import java.util.List;

/** Turns the trading module's levels into the chart's level lines (bar indices into open times). */
final class LevelLines {

    private LevelLines() {
    }

    static PriceBars bars(OhlcvColumns c) {
        return new PriceBars(c.openTime(), c.high(), c.low(), c.close(), c.size());
    }

    /** PxH, PxL, PxC per period; the current period's run to the right edge. */
    static List<LevelLine> periods(OhlcvColumns c, Period period) {
        List<LevelLine> out = new ArrayList<>();
        List<PeriodLevels.Span> spans = PeriodLevels.compute(bars(c), period).spans();
        LevelKind kind = period == Period.DAY ? LevelKind.DAY : LevelKind.WEEK;
        for (PeriodLevels.Span s : spans) {
            long from = c.openTime()[s.firstBar()];
            long to = s.lastBar() == c.size() - 1 ? LevelLine.OPEN_END : c.openTime()[s.lastBar()];
            out.add(LevelLine.of(from, to, s.high(), period.label('H'), kind));
            out.add(LevelLine.of(from, to, s.low(), period.label('L'), kind));
            out.add(LevelLine.of(from, to, s.close(), period.label('C'), kind));
        }
        return out;
    }

    /**
     * Swing levels from their confirmation to their break (or the right edge), with a dot on the pivot; levels broken
     * within {@code strength} bars of their confirmation are left out.
     */
    static List<LevelLine> swings(OhlcvColumns c, int strength) {
        List<LevelLine> out = new ArrayList<>();
        for (SwingLevel l : SwingLevels.compute(bars(c), strength)) {
            if (l.brokenBar() >= 0 && l.brokenBar() - l.confirmedBar() <= strength) {
                continue; // broken as soon as it was known: noise, not a level anyone traded against
            }
            long from = c.openTime()[l.confirmedBar()];
            long to = l.brokenBar() < 0 ? LevelLine.OPEN_END : c.openTime()[l.brokenBar()];
            LevelKind kind = l.kind() == SwingLevel.Kind.RESISTANCE ? LevelKind.RESISTANCE : LevelKind.SUPPORT;
            out.add(new LevelLine(from, to, l.price(), l.kind().label(), kind, c.openTime()[l.pivotBar()]));
        }
        return out;
    }
}
