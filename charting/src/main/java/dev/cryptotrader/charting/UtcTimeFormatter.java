package dev.cryptotrader.charting;

import io.fair_acc.chartfx.axes.TickUnitSupplier;
import io.fair_acc.chartfx.axes.spi.format.AbstractFormatter;
import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tick labels for a time axis in epoch seconds, always in UTC. ChartFX's own time formatter also defaults to UTC but
 * picks odd steps and shows no date for intraday ranges; this one steps in whole minutes, hours and days and writes
 * the date only where it changes: {@code 26 Nov 14:00  15:00  16:00 ... 27 Nov}.
 */
final class UtcTimeFormatter extends AbstractFormatter {

    private static final long DAY = 86_400;
    /** Steps in seconds, from one minute to ten years. */
    private static final long[] STEPS = {60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 14_400, 21_600, 43_200,
        DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 91 * DAY, 182 * DAY, 365 * DAY, 730 * DAY, 1826 * DAY,
        3652 * DAY};
    private static final TickUnitSupplier UNITS = reference -> {
        for (long step : STEPS) {
            if (step >= reference) {
                return step;
            }
        }
        return STEPS[STEPS.length - 1] * Math.ceil(reference / STEPS[STEPS.length - 1]);
    };
    private static final DateTimeFormatter TIME = pattern("HH:mm");
    private static final DateTimeFormatter DAY_MONTH = pattern("d MMM");
    private static final DateTimeFormatter DAY_MONTH_TIME = pattern("d MMM HH:mm");
    private static final DateTimeFormatter DAY_MONTH_YEAR = pattern("d MMM yyyy");

    private final Map<Double, String> labels = new HashMap<>();

    UtcTimeFormatter() {
        setTickUnitSupplier(UNITS);
    }

    @Override
    public void updateFormatter(DoubleArrayList newMajorTickMarks, double unitScaling) {
        super.updateFormatter(newMajorTickMarks, unitScaling);
        labels.clear();
        double step = newMajorTickMarks.size() > 1
                ? newMajorTickMarks.getDouble(1) - newMajorTickMarks.getDouble(0) : DAY;
        LocalDateTime previous = null;
        for (int i = 0; i < newMajorTickMarks.size(); i++) {
            double seconds = newMajorTickMarks.getDouble(i) / unitScaling;
            LocalDateTime t = toUtc(seconds);
            labels.put(seconds, label(t, previous, step));
            previous = t;
        }
    }

    /** The label of one tick, given the tick before it (null for the first) and the step between ticks. */
    static String label(LocalDateTime t, LocalDateTime previous, double stepSeconds) {
        if (stepSeconds >= DAY) {
            boolean newYear = previous == null || previous.getYear() != t.getYear();
            return (newYear ? DAY_MONTH_YEAR : DAY_MONTH).format(t);
        }
        boolean newDay = previous == null || !previous.toLocalDate().equals(t.toLocalDate());
        if (!newDay) {
            return TIME.format(t);
        }
        return (t.toLocalTime().toSecondOfDay() == 0 ? DAY_MONTH : DAY_MONTH_TIME).format(t);
    }

    static LocalDateTime toUtc(double epochSeconds) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(Math.round(epochSeconds * 1000)), ZoneOffset.UTC);
    }

    @Override
    public String toString(Number epochSeconds) {
        String cached = labels.get(epochSeconds.doubleValue());
        return cached != null ? cached : DAY_MONTH_TIME.format(toUtc(epochSeconds.doubleValue()));
    }

    @Override
    public Number fromString(String string) {
        return null;
    }

    @Override
    protected void rangeUpdated() {
        // Labels are computed per tick in updateFormatter.
    }

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }
}
