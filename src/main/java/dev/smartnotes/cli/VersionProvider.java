package dev.smartnotes.cli;

import picocli.CommandLine.IVersionProvider;

/** The tool's version (from the jar's manifest) and the Java runtime it runs on. */
final class VersionProvider implements IVersionProvider {
    /** Whether the whole command line is {@code --version} (or {@code -V}), which {@link Main} answers at once. */
    static boolean requested(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** Prints the version as picocli's --version does, and returns the exit code. */
    static int print() {
        for (String line : new VersionProvider().getVersion()) {
            System.out.println(line);
        }
        return ExitCodes.OK;
    }

    @Override
    public String[] getVersion() {
        String version = SmartNotes.class.getPackage().getImplementationVersion();
        return new String[] {
            "smartnotes " + (version == null ? "(development build)" : version),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.vm.name") + ")",
        };
    }
}
