package dev.smartnotes.cli;

import picocli.CommandLine.IVersionProvider;

/** picocli's view of {@link Version}. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return Version.lines();
    }
}
