package dev.smartnotes.cli;

/**
 * The entry point. {@code --version} is answered here, before picocli is even loaded: building
 * picocli's model of a command (annotations read by reflection, through proxies made at run time)
 * is most of the start-up time.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (Version.requested(args)) {
            System.exit(Version.print());
        }
        SmartNotes.main(args);
    }
}
