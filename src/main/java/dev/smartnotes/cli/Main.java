package dev.smartnotes.cli;

/**
 * The entry point. {@code --version} is answered here, before picocli is even loaded: building
 * picocli's model of every command is most of the start-up time, and picocli's Java 5 class
 * files can be neither class-data shared nor verified quickly.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (VersionProvider.requested(args)) {
            System.exit(VersionProvider.print());
        }
        SmartNotes.main(args);
    }
}
