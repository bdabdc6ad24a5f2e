package dev.cryptotrader.trading.port;

import java.util.List;
import java.util.Objects;

/**
 * A layout read back from a store, and the stored indicator entries that could not be read (a spec whose text no
 * longer parses, e.g. after an indicator was renamed or its limits tightened). The rest of the layout is intact; the
 * app should show {@link #problems()} to the user, and the rejected text stays stored until the layout is saved again.
 */
public record LoadedChartLayout(ChartLayout layout, List<RejectedIndicator> rejected) {

    public LoadedChartLayout {
        Objects.requireNonNull(layout, "layout");
        rejected = List.copyOf(Objects.requireNonNull(rejected, "rejected"));
    }

    public boolean isComplete() {
        return rejected.isEmpty();
    }

    /** One line per rejected entry, naming the layout, the entry and the reason. */
    public List<String> problems() {
        return rejected.stream().map(r -> r.message(layout.name())).toList();
    }

    /**
     * A stored indicator entry that was left out.
     *
     * @param position its place among the layout's stored indicators, from 1
     * @param text     the stored text, as it is
     * @param reason   why it was left out
     */
    public record RejectedIndicator(int position, String text, String reason) {

        public RejectedIndicator {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
        }

        public String message(String layout) {
            return "layout '" + layout + "': indicator " + position + " '" + text + "' was left out: " + reason;
        }
    }
}
