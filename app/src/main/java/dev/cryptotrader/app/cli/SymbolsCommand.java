package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException;
import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Needs no database, so it does not extend {@link StoreCommand}. */
@Command(name = "symbols",
        description = "List the spot instruments an exchange offers: BASE/QUOTE and the exchange's own spelling.")
final class SymbolsCommand implements Callable<Integer> {

    @ParentCommand
    CryptotraderCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = {"--exchange", "-e"}, required = true, paramLabel = "E",
            description = "bitfinex, binance or kucoin")
    String exchange;

    @Mixin
    VenueOptions venue;

    @Override
    public Integer call() throws Exception {
        Exchange ex = Exchange.of(exchange);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<InstrumentInfo> instruments;
        try {
            instruments = venue.marketData(ex).listInstruments().stream()
                    .sorted(Comparator.comparing(i -> i.instrument().symbol())).toList();
        } catch (ExchangeException e) {
            return ExchangeFailure.report(err, e, null);
        }
        if (top.json()) {
            out.println(StoreCommand.JSON.writeValueAsString(
                    instruments.stream().map(SymbolsCommand::toJson).toList()));
        } else {
            for (InstrumentInfo i : instruments) {
                out.printf("%-20s %-20s %s%n", i.instrument().symbol(), i.nativeSymbol(),
                        i.trading() ? "trading" : "not trading");
            }
        }
        out.flush();
        long trading = instruments.stream().filter(InstrumentInfo::trading).count();
        err.println(instruments.size() + " instruments on " + ex + ", " + trading + " trading");
        return Cli.OK;
    }

    private static Map<String, Object> toJson(InstrumentInfo i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbol", i.instrument().symbol());
        m.put("base", i.instrument().base());
        m.put("quote", i.instrument().quote());
        m.put("native", i.nativeSymbol());
        m.put("trading", i.trading());
        return m;
    }
}
