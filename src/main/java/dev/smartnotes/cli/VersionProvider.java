package dev.smartnotes.cli;

import picocli.CommandLine.IVersionProvider;

/** The tool's version (from the jar's manifest) and the Java runtime it runs on. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = SmartNotes.class.getPackage().getImplementationVersion();
        return new String[] {
            "smartnotes " + (version == null ? "(development build)" : version),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.vm.name") + ")",
        };
    }
}
