package dev.cryptotrader.app.cli;

import dev.cryptotrader.app.demo.DemoWorkspace;
import dev.cryptotrader.trading.port.CandleStore;
import picocli.CommandLine.Command;

@Command(name = "demo", description = "Seed the offline demo workspace (real Bitstamp BTC/USD Nov 2013 and "
        + "Binance.US ETH/USD Mar 2023, shipped in org.ta4j:ta4j-examples) into an empty database.")
final class DemoCommand extends StoreCommand {

    @Override
    protected int run(CandleStore store) throws Exception {
        var seeded = DemoWorkspace.seedIfEmpty(store);
        if (json()) {
            printJson(java.util.Map.of("seeded", seeded));
        }
        if (seeded.isEmpty()) {
            err().println("the database " + databasePath() + " already holds series: nothing seeded");
        } else {
            seeded.forEach(s -> err().println("seeded " + s));
        }
        return 0;
    }
}
