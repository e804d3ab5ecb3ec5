package dev.smartnotes.cli;

import dev.smartnotes.export.RunControl;

/**
 * The entry point. {@code --version} alone is answered here, without building the command line
 * (the launcher runs it with the application's jar only).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code;
        try {
            code = Version.requested(args) ? Version.print() : SmartNotes.commandLine(Signals.install(), args).execute(args);
        } catch (OutOfMemoryError e) { // outside a run's passes, which stop on it themselves and report it
            System.err.println("smartnotes: " + RunControl.outOfMemory());
            code = ExitCodes.FAILED;
        }
        System.exit(code);
    }
}
