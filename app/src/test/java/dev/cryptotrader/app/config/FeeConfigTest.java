package dev.cryptotrader.app.config;

import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.execution.FeeSchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeeConfigTest {

    @TempDir
    Path dir;

    private Path write(String json) throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void theUsersFeesReplaceTheBaseTierOfTheirExchangeOnly() throws Exception {
        UserConfig config = UserConfigFile.load(write("""
                {"fees": {
                  "binance": {"maker_bps": 7.5, "taker_bps": 7.5},
                  "Coinbase": {"maker_bps": 40, "taker_bps": 60}
                }}"""));

        FeeSchedule fees = config.fees();
        assertThat(fees.fees(Exchange.BINANCE)).isEqualTo(new FeeSchedule.Fees(7.5, 7.5));
        assertThat(fees.fees(Exchange.of("coinbase"))).isEqualTo(new FeeSchedule.Fees(40, 60));
        assertThat(fees.fees(Exchange.BITFINEX)).isEqualTo(FeeSchedule.defaults().fees(Exchange.BITFINEX));
    }

    @Test
    void withoutAFeesSectionTheBaseTiersApply() throws Exception {
        UserConfig config = UserConfigFile.load(write("{}"));

        assertThat(config.fees().all()).isEqualTo(FeeSchedule.defaults().all());
    }

    @Test
    void badFeesAreNamedWithTheirKeyAndLine() throws Exception {
        assertRejected("""
                {"fees": {
                  "binance": {"maker_bps": 7.5}
                }}""", "line 2, fees.binance", "'taker_bps' is missing");
        assertRejected("""
                {"fees": {"binance": {"maker_bps": "7.5", "taker_bps": 7.5}}}""", "line 1, fees.binance.maker_bps",
                "must be a number");
        assertRejected("""
                {"fees": {"binance": {"maker_bps": 5, "taker_bps": -1}}}""", "line 1, fees.binance",
                "taker fee must be >= 0 bps, was -1.0");
        assertRejected("""
                {"fees": {"binance": {"maker": 5, "taker_bps": 1}}}""", "line 1, fees.binance.maker",
                "unknown key 'maker'");
    }

    private void assertRejected(String json, String where, String problem) throws Exception {
        Path file = write(json);
        assertThatThrownBy(() -> UserConfigFile.load(file)).isInstanceOf(ConfigFileException.class)
                .hasMessageStartingWith(file + ", " + where + ": ")
                .hasMessageContaining(problem);
    }
}
