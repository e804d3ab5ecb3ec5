package dev.smartnotes.cli;

/**
 * The entry point. {@code --version} alone is answered here, without building the command line
 * (the launcher runs it with the application's jar only).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(Version.requested(args) ? Version.print() : SmartNotes.commandLine(Signals.install(), args).execute(args));
    }
}
