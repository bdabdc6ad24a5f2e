package dev.cryptotrader.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.port.CandleStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Base of the commands that work on the candle store: opens it, runs, closes it, and owns stdout/stderr. */
abstract class StoreCommand implements Callable<Integer> {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    @ParentCommand
    CryptotraderCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (CandleStore store = SqliteCandleStore.open(databasePath())) {
            return run(store);
        }
    }

    protected abstract int run(CandleStore store) throws Exception;

    Path databasePath() {
        return top.databasePath();
    }

    static void requireStored(CandleStore store, SeriesKey key) {
        if (store.info(key).isEmpty()) {
            throw new BadInputException("no stored series " + key + " (see: cryptotrader series)");
        }
    }

    boolean json() {
        return top.json();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Human messages go to stderr so stdout stays clean for data. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    void printJson(Object value) throws Exception {
        out().println(JSON.writeValueAsString(value));
        out().flush();
    }
}
