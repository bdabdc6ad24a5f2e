package dev.cryptotrader.trading.drawing;

import dev.cryptotrader.trading.port.DrawingStore;
import dev.cryptotrader.trading.domain.SymbolKey;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The DrawingStore contract in memory, with a switch that makes writes fail; SqliteDrawingStoreTest checks the real
 * one.
 */
final class InMemoryDrawingStore implements DrawingStore {

    final Map<UUID, Drawing> drawings = new LinkedHashMap<>();
    boolean failWrites;

    @Override
    public synchronized List<Drawing> list(SymbolKey symbol) {
        return drawings.values().stream().filter(d -> d.symbol().equals(symbol))
                .sorted(Comparator.comparingLong(Drawing::createdAt).thenComparing(d -> d.id().toString()))
                .toList();
    }

    @Override
    public synchronized Optional<Drawing> find(UUID id) {
        return Optional.ofNullable(drawings.get(id));
    }

    @Override
    public synchronized void save(Drawing drawing) {
        checkWritable();
        drawings.put(drawing.id(), drawing);
    }

    @Override
    public synchronized boolean delete(UUID id) {
        checkWritable();
        return drawings.remove(id) != null;
    }

    private void checkWritable() {
        if (failWrites) {
            throw new IllegalStateException("disk full");
        }
    }
}
