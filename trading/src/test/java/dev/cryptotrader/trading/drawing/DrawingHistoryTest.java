package dev.cryptotrader.trading.drawing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static dev.cryptotrader.trading.drawing.DrawingTest.BTC;
import static dev.cryptotrader.trading.drawing.DrawingTest.HOUR;
import static dev.cryptotrader.trading.drawing.DrawingTest.T0;
import static dev.cryptotrader.trading.drawing.DrawingTest.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DrawingHistoryTest {

    final InMemoryDrawingStore store = new InMemoryDrawingStore();
    final DrawingHistory history = new DrawingHistory(store);

    @Test
    void createIsUndoneAndRedone() {
        Drawing line = valid(DrawingKind.TREND_LINE);

        history.create(line);
        assertThat(store.list(BTC)).containsExactly(line);
        assertThat(history.undoDescription()).contains("create trend line");

        assertThat(history.undo()).containsInstanceOf(DrawingEdit.Created.class);
        assertThat(store.list(BTC)).isEmpty();
        assertThat(history.redoDescription()).contains("create trend line");

        assertThat(history.redo()).map(DrawingEdit::id).contains(line.id());
        assertThat(store.list(BTC)).containsExactly(line);
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void undoOfAMoveWritesBackTheExactEarlierValue() {
        Drawing line = valid(DrawingKind.RAY);
        history.create(line);
        Drawing moved = line.movedBy(HOUR, new BigDecimal("12.25"), T0 + 60_000);

        assertThat(history.change(moved)).map(DrawingEdit::description).contains("move ray");
        assertThat(store.find(line.id())).contains(moved);

        history.undo();
        assertThat(store.find(line.id())).contains(line);
        history.redo();
        assertThat(store.find(line.id())).contains(moved);
    }

    @Test
    void editsOtherThanMovesAreCalledEdits() {
        Drawing note = valid(DrawingKind.TEXT_NOTE);
        history.create(note);

        history.change(note.withText("breakout confirmed", T0 + 1));
        assertThat(history.undoDescription()).contains("edit text note");
        history.change(store.find(note.id()).orElseThrow().withStyle(new DrawingStyle("red", 2), T0 + 2));
        history.change(store.find(note.id()).orElseThrow().withAnchors(List.of(Anchor.of(T0, "1")), T0 + 3));
        assertThat(history.undoDescription()).contains("move text note");

        history.undo();
        history.undo();
        history.undo();
        assertThat(store.find(note.id())).contains(note);
        assertThat(history.undoDescription()).contains("create text note");
    }

    @Test
    void undoOfADeleteRestoresTheSameIdAndValues() {
        Drawing fib = valid(DrawingKind.FIB_RETRACEMENT);
        Drawing box = valid(DrawingKind.RECTANGLE);
        history.create(fib);
        history.create(box);

        assertThat(history.delete(fib.id()).description()).isEqualTo("delete Fibonacci retracement");
        assertThat(store.find(fib.id())).isEmpty();

        history.undo();
        assertThat(store.find(fib.id())).contains(fib);
        assertThat(store.list(BTC)).containsExactlyInAnyOrder(fib, box);

        history.redo();
        assertThat(store.find(fib.id())).isEmpty();
        assertThat(store.find(box.id())).contains(box);
    }

    @Test
    void aNewEditAfterUndoDropsTheRedo() {
        Drawing a = valid(DrawingKind.HORIZONTAL_LINE);
        Drawing b = valid(DrawingKind.VERTICAL_LINE);
        history.create(a);
        history.undo();
        assertThat(history.canRedo()).isTrue();

        history.create(b);

        assertThat(history.canRedo()).isFalse();
        assertThat(history.redo()).isEmpty();
        assertThat(store.list(BTC)).containsExactly(b);
    }

    @Test
    void onlyTheNewestEditsWithinTheLimitCanBeUndone() {
        DrawingHistory small = new DrawingHistory(store, 3);
        List<Drawing> drawings = List.of(valid(DrawingKind.RAY), valid(DrawingKind.RAY), valid(DrawingKind.RAY),
                valid(DrawingKind.RAY), valid(DrawingKind.RAY));
        drawings.forEach(small::create);

        assertThat(small.undo()).isPresent();
        assertThat(small.undo()).isPresent();
        assertThat(small.undo()).isPresent();
        assertThat(small.undo()).as("the two oldest edits were forgotten").isEmpty();
        assertThat(store.drawings.keySet()).containsExactly(drawings.get(0).id(), drawings.get(1).id());
        assertThatThrownBy(() -> new DrawingHistory(store, 0)).hasMessageContaining("at least 1");
    }

    @Test
    void nothingIsRecordedForNoChangeOrAnUnknownDrawing() {
        Drawing line = valid(DrawingKind.TREND_LINE);
        history.create(line);

        assertThat(history.change(line)).isEmpty();
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> history.delete(unknown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("there is no drawing " + unknown + " to delete");
        Drawing stranger = valid(DrawingKind.TREND_LINE);
        assertThatThrownBy(() -> history.change(stranger)).hasMessageEndingWith("to change");
        assertThatThrownBy(() -> history.create(line)).hasMessageContaining("exists already");

        history.undo();
        assertThat(history.canUndo()).as("only the create was recorded").isFalse();
        assertThat(store.drawings).isEmpty();
    }

    @Test
    void aFailingStoreLeavesTheStacksAsTheyWere() {
        Drawing line = valid(DrawingKind.TREND_LINE);
        history.create(line);
        store.failWrites = true;

        assertThatThrownBy(history::undo).hasMessage("disk full");
        assertThatThrownBy(() -> history.delete(line.id())).hasMessage("disk full");
        assertThat(history.canUndo()).isTrue();
        assertThat(history.canRedo()).isFalse();
        assertThat(history.undoDescription()).contains("create trend line");

        store.failWrites = false;
        assertThat(history.undo()).isPresent();
        assertThat(store.drawings).isEmpty();
    }

    @Test
    void undoAndRedoOnAnEmptyHistoryDoNothing() {
        assertThat(history.undo()).isEmpty();
        assertThat(history.redo()).isEmpty();
        assertThat(history.undoDescription()).isEmpty();
    }
}
