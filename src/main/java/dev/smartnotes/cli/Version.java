package dev.smartnotes.cli;

/**
 * The tool's version (from the jar's manifest) and the Java runtime it runs on. Plain Java, so that
 * {@link Main} answers {@code --version} without loading picocli or any other library.
 */
final class Version {
    private Version() {}

    /** Whether the whole command line is {@code --version} (or {@code -V}). */
    static boolean requested(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    static String[] lines() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {
            "smartnotes " + (version == null ? "(development build)" : version),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.vm.name") + ")",
        };
    }

    /** Prints the version as picocli's --version does, and returns the exit code. */
    static int print() {
        for (String line : lines()) {
            System.out.println(line);
        }
        return ExitCodes.OK; // a constant: ExitCodes itself is not loaded
    }
}
