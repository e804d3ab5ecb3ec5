package dev.smartnotes.cli;

import dev.smartnotes.export.RunControl;
import sun.misc.Signal;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a graceful stop of the current run, with exit code
 * 130 or 143 as shells expect. A second signal ends the process at once; the next run sweeps up.
 */
public final class Signals {
    private final RunControl control = new RunControl();
    private volatile int exitCode;

    private Signals() {}

    /** Handlers for SIGINT and SIGTERM; sun.misc.Signal is the only JDK way to tell them apart. */
    static Signals install() {
        Signals signals = new Signals();
        for (String[] signal : new String[][] {{"INT", "130"}, {"TERM", "143"}}) {
            try {
                Signal.handle(new Signal(signal[0]), s -> signals.received(s.getName(), Integer.parseInt(signal[1])));
            } catch (IllegalArgumentException e) {
                // The signal is not available here (or is reserved by the JVM); the default behaviour stays.
            }
        }
        return signals;
    }

    static Signals none() {
        return new Signals();
    }

    void received(String name, int code) {
        if (exitCode != 0) {
            Runtime.getRuntime().halt(code);
        }
        exitCode = code;
        control.cancel("interrupted by SIG" + name);
    }

    RunControl control() {
        return control;
    }

    /** 130 or 143 once a signal stopped the run, else 0. */
    int exitCode() {
        return exitCode;
    }
}
