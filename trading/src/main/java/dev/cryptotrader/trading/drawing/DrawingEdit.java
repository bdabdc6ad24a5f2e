package dev.cryptotrader.trading.drawing;

import dev.cryptotrader.trading.domain.SymbolKey;

import java.util.Objects;
import java.util.UUID;

/**
 * One undoable step of {@link DrawingHistory}: a drawing created, changed (moved, re-styled, re-texted) or deleted.
 * Each step holds whole values, so undo and redo write exact earlier states back and never recompute them.
 */
public sealed interface DrawingEdit {

    /** The drawing as it is after the step (before it, for a delete). */
    Drawing drawing();

    /** For a menu item such as "Undo move trend line". */
    String description();

    default UUID id() {
        return drawing().id();
    }

    /** The symbol whose charts must redraw after the step is done or undone. */
    default SymbolKey symbol() {
        return drawing().symbol();
    }

    record Created(Drawing drawing) implements DrawingEdit {
        public Created {
            Objects.requireNonNull(drawing, "drawing");
        }

        public String description() {
            return "create " + drawing.kind().displayName();
        }
    }

    record Changed(Drawing before, Drawing drawing) implements DrawingEdit {
        public Changed {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(drawing, "drawing");
            if (!before.id().equals(drawing.id())) {
                throw new IllegalArgumentException("a change keeps the drawing's id: " + before.id() + " became "
                        + drawing.id());
            }
        }

        /** "move" when only the points changed, otherwise "edit". */
        public String description() {
            boolean moved = !before.anchors().equals(drawing.anchors());
            boolean rest = !before.text().equals(drawing.text()) || !before.style().equals(drawing.style())
                    || before.kind() != drawing.kind() || !before.symbol().equals(drawing.symbol());
            return (moved && !rest ? "move " : "edit ") + drawing.kind().displayName();
        }
    }

    record Deleted(Drawing drawing) implements DrawingEdit {
        public Deleted {
            Objects.requireNonNull(drawing, "drawing");
        }

        public String description() {
            return "delete " + drawing.kind().displayName();
        }
    }
}
