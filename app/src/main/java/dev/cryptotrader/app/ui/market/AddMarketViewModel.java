package dev.cryptotrader.app.ui.market;

import dev.cryptotrader.app.market.MarketDataHub;
import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import dev.cryptotrader.trading.port.Clock;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The "Add market…" dialog's state: the exchange, its real instrument listing (read through the bridge when the
 * exchange is chosen) filtered by the search text, the market picked, timeframe and first day, and the checks before
 * a backfill starts. FX thread only.
 */
public final class AddMarketViewModel {

    /** Rows the list shows at most: a venue lists thousands, and the user narrows down by typing. */
    public static final int MAX_SHOWN = 200;
    static final int DEFAULT_DAYS_BACK = 30;

    private final Supplier<MarketDataHub> hub;
    private final FxBridge bridge;
    private final BackfillRunner runner;
    private final Clock clock;
    private final ObservableList<Exchange> exchanges = FXCollections.observableArrayList();
    private final ObjectProperty<Exchange> exchange = new SimpleObjectProperty<>(this, "exchange");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<InstrumentInfo> shown = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper more = new ReadOnlyStringWrapper(this, "more", "");
    private final ReadOnlyStringWrapper listingStatus = new ReadOnlyStringWrapper(this, "listingStatus", "");
    private final ReadOnlyBooleanWrapper listingFailed = new ReadOnlyBooleanWrapper(this, "listingFailed");
    private final ObjectProperty<InstrumentInfo> picked = new SimpleObjectProperty<>(this, "picked");
    private final ObjectProperty<Timeframe> timeframe = new SimpleObjectProperty<>(this, "timeframe", Timeframe.H1);
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final ReadOnlyStringWrapper span = new ReadOnlyStringWrapper(this, "span", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private List<InstrumentInfo> listing = List.of();

    /** {@code hub} is only asked for on the background executor (the first call opens it). */
    public AddMarketViewModel(Supplier<MarketDataHub> hub, FxBridge bridge, BackfillRunner runner, Clock clock) {
        this.hub = Objects.requireNonNull(hub, "hub");
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.clock = Objects.requireNonNull(clock, "clock");
        from.set(StartDate.today(clock.nowMillis()).minusDays(DEFAULT_DAYS_BACK).toString());
        exchange.addListener((obs, old, venue) -> {
            picked.set(null);
            loadInstruments(venue);
        });
        query.addListener((obs, old, text) -> refilter());
        from.addListener((obs, old, text) -> checkSpan());
        timeframe.addListener((obs, old, tf) -> checkSpan());
        checkSpan();
    }

    /** Call when the dialog opens: lists the exchanges the first time, and retries a listing that failed. */
    public void open() {
        checkSpan();
        if (exchanges.isEmpty()) {
            bridge.run(() -> hub.get().exchanges(), this::showExchanges,
                    e -> problem.set("Market data is not available: " + e.getMessage()));
        } else if (listingFailed.get()) {
            retryListing();
        }
    }

    private void showExchanges(List<Exchange> venues) {
        exchanges.setAll(venues);
        if (exchange.get() == null && !venues.isEmpty()) {
            exchange.set(venues.contains(Exchange.BINANCE) ? Exchange.BINANCE : venues.getFirst());
        }
    }

    /** Asks for the chosen exchange's listing again (after it failed, e.g. offline). */
    public void retryListing() {
        loadInstruments(exchange.get());
    }

    private void loadInstruments(Exchange venue) {
        listing = List.of();
        refilter();
        listingFailed.set(false);
        if (venue == null) {
            listingStatus.set("");
            return;
        }
        listingStatus.set("Loading the instruments of " + venue + "…");
        bridge.run(() -> hub.get().instruments(venue), list -> {
            if (venue.equals(exchange.get())) { // the user may have switched exchanges meanwhile
                listing = List.copyOf(list);
                listingStatus.set(list.isEmpty() ? venue + " lists no spot instruments." : "");
                refilter();
            }
        }, e -> {
            if (venue.equals(exchange.get())) {
                listingFailed.set(true);
                listingStatus.set("Could not list the instruments of " + venue + ": " + BackfillText.reason(e));
            }
        });
    }

    private void refilter() {
        InstrumentSearch.Found found = InstrumentSearch.find(listing, query.get(), MAX_SHOWN);
        shown.setAll(found.shown());
        more.set(found.hidden() > 0 ? BackfillText.count(found.hidden()) + " more — keep typing" : "");
    }

    /** Shows how much the range asks for, or what is wrong with the date, as the user types it. */
    private void checkSpan() {
        StartDate start = StartDate.parse(from.get(), clock.nowMillis());
        if (!start.ok()) {
            span.set("");
            problem.set(start.problem());
            return;
        }
        problem.set("");
        long bars = Math.max(0, (clock.nowMillis() - start.startMillis()) / timeframe.get().millis());
        span.set("up to " + BackfillText.count(bars) + " bars from " + start.day() + " 00:00 UTC until now; "
                + "bars already stored are not fetched again");
    }

    /** Starts the backfill if everything is filled in; otherwise says what is missing. Returns whether it started. */
    public boolean backfill() {
        StartDate start = StartDate.parse(from.get(), clock.nowMillis());
        InstrumentInfo market = picked.get();
        String refusal = exchange.get() == null ? "Choose an exchange first."
                : market == null ? "Pick a market from the list first (type to search, arrows and Enter to pick)."
                : !start.ok() ? start.problem()
                : null;
        if (refusal != null) {
            problem.set(refusal);
            return false;
        }
        SeriesKey key = new SeriesKey(exchange.get(), market.instrument(), timeframe.get());
        Optional<String> refused = runner.start(key, new TimeRange(start.startMillis(), clock.nowMillis()));
        problem.set(refused.orElse(""));
        return refused.isEmpty();
    }

    public ObservableList<Exchange> exchanges() {
        return exchanges;
    }

    public ObjectProperty<Exchange> exchangeProperty() {
        return exchange;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The best matches, at most {@link #MAX_SHOWN}. */
    public ObservableList<InstrumentInfo> shownInstruments() {
        return shown;
    }

    /** "1,834 more — keep typing" when the list is cut; else empty. */
    public ReadOnlyStringProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** "Loading …", the listing's failure (naming the exchange and the reason), or empty. */
    public ReadOnlyStringProperty listingStatusProperty() {
        return listingStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty listingFailedProperty() {
        return listingFailed.getReadOnlyProperty();
    }

    public ObjectProperty<InstrumentInfo> pickedProperty() {
        return picked;
    }

    public ObjectProperty<Timeframe> timeframeProperty() {
        return timeframe;
    }

    /** The first day to backfill, {@code YYYY-MM-DD} UTC. */
    public StringProperty fromProperty() {
        return from;
    }

    public ReadOnlyStringProperty spanProperty() {
        return span.getReadOnlyProperty();
    }

    /** Why the backfill cannot start (bad date, nothing picked, already running); empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
