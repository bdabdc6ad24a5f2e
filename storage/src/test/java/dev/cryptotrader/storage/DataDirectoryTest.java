package dev.cryptotrader.storage;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataDirectoryTest {

    @Test
    void usesXdgDataHomeWhenSet() {
        DataDirectory d = DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/data/me"), "/home/me");

        assertThat(d.databaseFile()).isEqualTo(Path.of("/data/me/cryptotrader/cryptotrader.db"));
    }

    @Test
    void fallsBackToLocalShareUnderHome() {
        DataDirectory d = DataDirectory.resolve(Map.of(), "/home/me");

        assertThat(d.databaseFile()).isEqualTo(Path.of("/home/me/.local/share/cryptotrader/cryptotrader.db"));
        assertThat(DataDirectory.defaultDatabase(Map.of("HOME", "/elsewhere"), "/home/me"))
                .isEqualTo(d.databaseFile());
    }

    @Test
    void ignoresAnEmptyOrRelativeXdgDataHomeAsTheSpecRequires() {
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", ""), "/home/me").root())
                .isEqualTo(Path.of("/home/me/.local/share/cryptotrader"));
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "relative/dir"), "/home/me").root())
                .isEqualTo(Path.of("/home/me/.local/share/cryptotrader"));
    }

    @Test
    void failsClearlyWithNeitherXdgNorHome() {
        assertThatThrownBy(() -> DataDirectory.resolve(Map.of(), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("XDG_DATA_HOME");
    }
}
