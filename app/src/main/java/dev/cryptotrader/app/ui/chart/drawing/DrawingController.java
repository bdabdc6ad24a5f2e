package dev.cryptotrader.app.ui.chart.drawing;

import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.charting.draw.DrawingLayer;
import dev.cryptotrader.charting.draw.ShapeKind;
import dev.cryptotrader.charting.draw.ShapePoint;
import dev.cryptotrader.trading.domain.SymbolKey;
import dev.cryptotrader.trading.drawing.Drawing;
import dev.cryptotrader.trading.drawing.DrawingEdit;
import dev.cryptotrader.trading.drawing.DrawingHistory;
import dev.cryptotrader.trading.drawing.DrawingKind;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.DrawingStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The drawings of the symbol on screen: loads them from the {@link DrawingStore} when the symbol changes (every
 * timeframe of a symbol shows the same drawings), shows them on the {@link DrawingLayer}, and turns what the user does
 * there into {@link DrawingHistory} edits, so each can be undone and redone. The chart changes at once; the store is
 * written in the background, in order, and the stored list is shown again when the writes are done. A refused edit
 * (a rectangle with no height, say) is reported through {@code messages} and the shape snaps back.
 */
public final class DrawingController {

    private final DrawingLayer layer;
    private final DrawingStore store;
    private final DrawingHistory history;
    private final Clock clock;
    private final SerialWork work;
    private final Consumer<String> messages;
    private final List<Drawing> shown = new ArrayList<>();
    private SymbolKey symbol;
    private OhlcvColumns columns = OhlcvColumns.empty();
    private PriceRounding rounding; // of columns, worked out when first needed: live updates change columns often

    public DrawingController(DrawingLayer layer, DrawingStore store, Clock clock, SerialWork work,
                             Consumer<String> messages) {
        this.layer = layer;
        this.store = store;
        this.history = new DrawingHistory(store);
        this.clock = clock;
        this.work = work;
        this.messages = messages;
    }

    /** The series on screen changed (or got new bars): reloads the drawings when the symbol is another. */
    public void show(SymbolKey newSymbol, OhlcvColumns columns) {
        this.columns = columns;
        rounding = null;
        if (newSymbol.equals(symbol)) {
            return;
        }
        symbol = newSymbol;
        shown.clear();
        layer.setShapes(List.of());
        reload();
    }

    public Optional<SymbolKey> symbol() {
        return Optional.ofNullable(symbol);
    }

    /** The drawings on screen, oldest first. */
    public List<Drawing> drawings() {
        return List.copyOf(shown);
    }

    public PriceRounding rounding() {
        if (rounding == null) {
            rounding = PriceRounding.of(columns);
        }
        return rounding;
    }

    public void arm(DrawingKind kind) {
        if (symbol != null) {
            layer.arm(DrawingShapes.kind(kind));
        }
    }

    void created(ShapeKind kind, List<ShapePoint> points, String text) {
        if (symbol == null) {
            return;
        }
        DrawingKind k = DrawingShapes.kind(kind);
        Drawing d;
        try {
            d = Drawing.create(symbol, k, DrawingShapes.anchors(points, rounding()), text,
                    DrawingShapes.defaultStyle(k), clock.nowMillis());
        } catch (IllegalArgumentException e) {
            messages.accept("Not drawn: " + e.getMessage());
            return;
        }
        shown.add(d);
        showShapes();
        layer.select(d.id().toString());
        write(() -> history.create(d), "save the " + k.displayName());
    }

    void moved(String id, List<ShapePoint> points) {
        find(id).ifPresent(d -> {
            try {
                change(d.withAnchors(DrawingShapes.anchors(points, rounding()), clock.nowMillis()), "move");
            } catch (IllegalArgumentException | ArithmeticException e) {
                messages.accept("Not moved: " + e.getMessage());
                showShapes();
            }
        });
    }

    void textEdited(String id, String text) {
        find(id).ifPresent(d -> {
            try {
                change(d.withText(text, clock.nowMillis()), "edit");
            } catch (IllegalArgumentException e) {
                messages.accept("Text not changed: " + e.getMessage());
                showShapes();
            }
        });
    }

    private void change(Drawing changed, String what) {
        shown.replaceAll(d -> d.id().equals(changed.id()) ? changed : d);
        showShapes();
        write(() -> history.change(changed), what + " the " + changed.kind().displayName());
    }

    /** Deletes the selected drawing; false when none is selected. */
    public boolean deleteSelected() {
        Optional<Drawing> selected = layer.selectedShape().flatMap(this::find);
        selected.ifPresent(d -> {
            shown.remove(d);
            showShapes();
            write(() -> history.delete(d.id()), "delete the " + d.kind().displayName());
        });
        return selected.isPresent();
    }

    public void undo() {
        write(history::undo, "undo", true);
    }

    public void redo() {
        write(history::redo, "redo", true);
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    private Optional<Drawing> find(String id) {
        return shown.stream().filter(d -> d.id().toString().equals(id)).findFirst();
    }

    /** Writes in the background, then shows what the store holds (once no later write waits). */
    private void write(Callable<?> edit, String what) {
        write(edit, what, false);
    }

    private void write(Callable<?> edit, String what, boolean announce) {
        SymbolKey at = symbol;
        if (at == null) {
            return;
        }
        work.submit(() -> new Written(edit.call(), store.list(at)), written -> {
            if (announce && written.result() instanceof Optional<?> o) { // an undo or a redo: say what it did
                messages.accept(o.isPresent() && o.get() instanceof DrawingEdit e
                        ? capitalised(what) + " " + e.description() : "Nothing to " + what);
            }
            showStored(at, written.drawings());
        }, e -> {
            messages.accept("Could not " + what + ": " + e.getMessage());
            reload();
        });
    }

    private void reload() {
        SymbolKey at = symbol;
        work.submit(() -> store.list(at), list -> showStored(at, list),
                e -> messages.accept("Could not read the drawings of " + at + ": " + e.getMessage()));
    }

    private void showStored(SymbolKey at, List<Drawing> list) {
        if (at.equals(symbol) && work.nothingWaiting()) {
            shown.clear();
            shown.addAll(list);
            showShapes();
        }
    }

    private void showShapes() {
        layer.setShapes(shown.stream().map(DrawingShapes::shape).toList());
    }

    private record Written(Object result, List<Drawing> drawings) {
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The drawing selected on the chart, if any. */
    public Optional<Drawing> selected() {
        return layer.selectedShape().flatMap(this::find);
    }
}
