package dev.cryptotrader.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = CryptotraderCommand.class.getPackage().getImplementationVersion();
        return new String[] {"cryptotrader " + (v == null ? "dev" : v)};
    }
}
