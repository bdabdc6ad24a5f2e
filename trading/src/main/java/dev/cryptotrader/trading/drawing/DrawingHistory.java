package dev.cryptotrader.trading.drawing;

import dev.cryptotrader.trading.port.DrawingStore;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Undo and redo of drawing edits, as commands over a {@link DrawingStore}: every create, change and delete goes
 * through here, is written to the store at once, and is remembered as a {@link DrawingEdit} holding whole values.
 * Undo writes the earlier value back (a deleted drawing returns under its own id); redo writes the later one again.
 * A new edit clears the redo stack; only the newest {@link #limit} edits can be undone. The history is in memory only:
 * the drawings themselves are in the store, the undo stack does not survive a restart.
 *
 * <p>Record a drag once, when it ends, not on every mouse move. If the store fails, the exception propagates and the
 * stacks are as they were, so the edit can be retried. Calls may come from any thread; they are serialised. One
 * history can serve every symbol (each edit knows its {@link DrawingEdit#symbol()}); the app may keep one per chart.
 */
public final class DrawingHistory {

    public static final int DEFAULT_LIMIT = 200;

    private final DrawingStore store;
    private final int limit;
    private final Deque<DrawingEdit> undo = new ArrayDeque<>();
    private final Deque<DrawingEdit> redo = new ArrayDeque<>();

    public DrawingHistory(DrawingStore store) {
        this(store, DEFAULT_LIMIT);
    }

    public DrawingHistory(DrawingStore store, int limit) {
        this.store = Objects.requireNonNull(store, "store");
        if (limit < 1) {
            throw new IllegalArgumentException("the undo limit must be at least 1, was " + limit);
        }
        this.limit = limit;
    }

    /** Stores a new drawing. Refused if the store already has one with its id (that is a change, not a create). */
    public synchronized DrawingEdit create(Drawing drawing) {
        Objects.requireNonNull(drawing, "drawing");
        if (store.find(drawing.id()).isPresent()) {
            throw new IllegalArgumentException("drawing " + drawing.id() + " exists already; change it instead");
        }
        return record(new DrawingEdit.Created(drawing));
    }

    /**
     * Replaces the stored drawing with the same id by {@code changed} (moved, re-styled, new text). Empty, and nothing
     * recorded, when it equals what is stored.
     *
     * @throws IllegalArgumentException if the store has no drawing with that id
     */
    public synchronized Optional<DrawingEdit> change(Drawing changed) {
        Objects.requireNonNull(changed, "changed");
        Drawing before = stored(changed.id(), "change");
        if (before.equals(changed)) {
            return Optional.empty();
        }
        return Optional.of(record(new DrawingEdit.Changed(before, changed)));
    }

    /**
     * Deletes the drawing; undo brings it back with the same id and values.
     *
     * @throws IllegalArgumentException if the store has no drawing with that id
     */
    public synchronized DrawingEdit delete(UUID id) {
        Objects.requireNonNull(id, "id");
        return record(new DrawingEdit.Deleted(stored(id, "delete")));
    }

    /** Undoes the newest edit and returns it, or empty when there is nothing to undo. */
    public synchronized Optional<DrawingEdit> undo() {
        DrawingEdit edit = undo.peek();
        if (edit == null) {
            return Optional.empty();
        }
        switch (edit) {
            case DrawingEdit.Created c -> store.delete(c.id());
            case DrawingEdit.Changed c -> store.save(c.before());
            case DrawingEdit.Deleted d -> store.save(d.drawing());
        }
        redo.push(undo.pop());
        return Optional.of(edit);
    }

    /** Does again the newest undone edit and returns it, or empty when there is nothing to redo. */
    public synchronized Optional<DrawingEdit> redo() {
        DrawingEdit edit = redo.peek();
        if (edit == null) {
            return Optional.empty();
        }
        apply(edit);
        undo.push(redo.pop());
        return Optional.of(edit);
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What undo would do, for the menu: "move trend line". */
    public synchronized Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(DrawingEdit::description);
    }

    public synchronized Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(DrawingEdit::description);
    }

    public int limit() {
        return limit;
    }

    /** Forgets every edit; the drawings stay as they are. */
    public synchronized void clear() {
        undo.clear();
        redo.clear();
    }

    private DrawingEdit record(DrawingEdit edit) {
        apply(edit);
        redo.clear();
        undo.push(edit);
        if (undo.size() > limit) {
            undo.removeLast();
        }
        return edit;
    }

    private void apply(DrawingEdit edit) {
        switch (edit) {
            case DrawingEdit.Created c -> store.save(c.drawing());
            case DrawingEdit.Changed c -> store.save(c.drawing());
            case DrawingEdit.Deleted d -> store.delete(d.id());
        }
    }

    private Drawing stored(UUID id, String action) {
        return store.find(id).orElseThrow(() -> new IllegalArgumentException("there is no drawing " + id + " to "
                + action));
    }
}
