package dev.cryptotrader.trading.drawing;

import dev.cryptotrader.trading.domain.SymbolKey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One drawing on the charts of one symbol: shown on every timeframe of that exchange and pair. An immutable value,
 * checked when made, so an invalid drawing never reaches a store: the anchor count must be the kind's, the points must
 * not be degenerate (a trend line or ray through one point, a flat or zero-width rectangle, a Fibonacci retracement
 * over no move), and a text note needs text.
 *
 * @param id        chosen when the drawing is created and kept for its whole life, including a delete and its undo
 * @param text      a label for any kind, the content of a text note; never null, "" for none, stripped
 * @param createdAt epoch ms; {@code updatedAt} is the last move or edit, never before it
 */
public record Drawing(UUID id, SymbolKey symbol, DrawingKind kind, List<Anchor> anchors, String text,
                      DrawingStyle style, long createdAt, long updatedAt) {

    /** Enough for a paragraph; a note is not a document. */
    public static final int MAX_TEXT_LENGTH = 2_000;

    public Drawing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(style, "style");
        anchors = List.copyOf(Objects.requireNonNull(anchors, "anchors"));
        text = text == null ? "" : text.strip();
        if (anchors.size() != kind.anchorCount()) {
            throw new IllegalArgumentException("a " + kind.displayName() + " needs " + kind.anchorCount()
                    + (kind.anchorCount() == 1 ? " anchor point" : " anchor points") + ", got " + anchors.size());
        }
        checkShape(kind, anchors);
        if (kind == DrawingKind.TEXT_NOTE && text.isEmpty()) {
            throw new IllegalArgumentException("a text note needs some text");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("the text of a " + kind.displayName() + " is " + text.length()
                    + " characters long; at most " + MAX_TEXT_LENGTH + " are kept");
        }
        if (createdAt < 0 || updatedAt < createdAt) {
            throw new IllegalArgumentException("drawing times are wrong: created " + createdAt + ", updated "
                    + updatedAt + " (updated may not be before created)");
        }
    }

    /** A new drawing with a fresh id, created and updated at {@code now}. */
    public static Drawing create(SymbolKey symbol, DrawingKind kind, List<Anchor> anchors, String text,
                                 DrawingStyle style, long now) {
        return new Drawing(UUID.randomUUID(), symbol, kind, anchors, text, style, now, now);
    }

    /** A new drawing without text in the default style. */
    public static Drawing create(SymbolKey symbol, DrawingKind kind, List<Anchor> anchors, long now) {
        return create(symbol, kind, anchors, "", DrawingStyle.DEFAULT, now);
    }

    /** Moved to new points (a drag of the whole drawing or of one handle). */
    public Drawing withAnchors(List<Anchor> newAnchors, long now) {
        return new Drawing(id, symbol, kind, newAnchors, text, style, createdAt, Math.max(createdAt, now));
    }

    /** Every point shifted by the same time and price. */
    public Drawing movedBy(long deltaTime, BigDecimal deltaPrice, long now) {
        return withAnchors(anchors.stream().map(a -> a.movedBy(deltaTime, deltaPrice)).toList(), now);
    }

    public Drawing withText(String newText, long now) {
        return new Drawing(id, symbol, kind, anchors, newText, style, createdAt, Math.max(createdAt, now));
    }

    public Drawing withStyle(DrawingStyle newStyle, long now) {
        return new Drawing(id, symbol, kind, anchors, text, newStyle, createdAt, Math.max(createdAt, now));
    }

    private static void checkShape(DrawingKind kind, List<Anchor> anchors) {
        if (anchors.size() < 2) {
            return;
        }
        Anchor a = anchors.get(0);
        Anchor b = anchors.get(1);
        boolean sameTime = a.time() == b.time();
        boolean samePrice = a.price().compareTo(b.price()) == 0;
        switch (kind) {
            case TREND_LINE, RAY -> {
                if (sameTime && samePrice) {
                    throw new IllegalArgumentException("a " + kind.displayName()
                            + " needs two different points, both are " + a);
                }
            }
            case RECTANGLE -> {
                if (sameTime || samePrice) {
                    throw new IllegalArgumentException("a rectangle needs corners at two different times and two "
                            + "different prices, got " + a + " and " + b);
                }
            }
            case FIB_RETRACEMENT -> {
                if (samePrice) {
                    throw new IllegalArgumentException("a Fibonacci retracement needs a move between two different "
                            + "prices, both are " + a.price().toPlainString());
                }
            }
            default -> {
            }
        }
    }
}
