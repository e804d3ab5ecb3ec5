package dev.smartnotes.cli;

/**
 * The entry point. {@code --version} is answered here, before picocli is even loaded (and the
 * launcher runs it with the application's jar alone, without the AOT cache).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (Version.requested(args)) {
            exit(Version.print());
            return;
        }
        SmartNotes.main(args);
    }

    /**
     * Ends the process with {@code code}. For 0 it only returns: the JVM ends when {@code main}
     * does (every thread left is a daemon), whereas {@code System.exit} first asks for a
     * {@code System.Logger} to log the exit with, and finding none scans every jar for a logging
     * back end: some 16 ms at the end of each run.
     */
    static void exit(int code) {
        if (code != 0) {
            System.exit(code);
        }
    }
}
