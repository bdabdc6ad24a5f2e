package dev.cryptotrader.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module rules of docs/ARCHITECTURE.md, checked on the compiled classes of every module (the app's test classpath
 * holds them all). Maven already forbids dependency cycles; these rules forbid the allowed-but-wrong directions.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.cryptotrader");
    }

    @Test
    void everyModuleIsOnTheClasspath() {
        for (String pkg : new String[] {"dev.cryptotrader.trading", "dev.cryptotrader.storage",
                "dev.cryptotrader.charting", "dev.cryptotrader.app"}) {
            assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg))).as(pkg).isTrue();
        }
    }

    @Test
    void javafxStaysInChartingAndApp() {
        check(noClasses().that().resideOutsideOfPackages("dev.cryptotrader.charting..", "dev.cryptotrader.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.fair_acc..", "atlantafx..",
                        "org.controlsfx..")
                .because("the engine must run without a screen; only charting/ and app/ know JavaFX"));
    }

    @Test
    void tradingDependsOnNoOtherModule() {
        check(noClasses().that().resideInAPackage("dev.cryptotrader.trading..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cryptotrader.storage..",
                        "dev.cryptotrader.ai..", "dev.cryptotrader.charting..", "dev.cryptotrader.app..")
                .because("trading/ is the core: it owns the ports, the others implement or use them"));
    }

    @Test
    void theEngineNeverDependsOnAnExchangeAdapter() {
        check(noClasses().that().resideInAPackage("dev.cryptotrader.trading..")
                .and().resideOutsideOfPackage("dev.cryptotrader.trading.venue..")
                .should().dependOnClassesThat().resideInAPackage("dev.cryptotrader.trading.venue..")
                .because("adapters implement the ExchangeMarketData port; adding a venue must not touch the engine"));
    }

    @Test
    void tradingHasNoJdbc() {
        check(noClasses().that().resideInAPackage("dev.cryptotrader.trading..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
                .because("persistence is behind the CandleStore port"));
    }

    @Test
    void storageDependsOnlyOnTradingAndAi() {
        check(noClasses().that().resideInAPackage("dev.cryptotrader.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cryptotrader.charting..",
                        "dev.cryptotrader.app..")
                .because("storage/ implements ports of trading/ (and later ai/), nothing above it"));
    }

    @Test
    void chartingUsesNoTradingTypes() {
        check(noClasses().that().resideInAPackage("dev.cryptotrader.charting..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cryptotrader.trading..",
                        "dev.cryptotrader.storage..", "dev.cryptotrader.ai..", "dev.cryptotrader.app..")
                .because("charts draw numbers; the app translates domain types into them"));
    }

    @Test
    void aiNeverReachesStorageChartsOrTheApp() {
        check(noClasses().that().resideInAPackage("dev.cryptotrader.ai..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cryptotrader.storage..",
                        "dev.cryptotrader.charting..", "dev.cryptotrader.app..")
                .because("ai/ only proposes; it talks to the rest through trading/ ports"));
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }
}
