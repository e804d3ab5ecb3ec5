package dev.smartnotes.cli;

import dev.smartnotes.export.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr with count, rate and time left, drawn by the progressbar library.
 * Only used when stderr is a terminal, so scripts and pipes never see it.
 */
final class TerminalProgress implements Progress {
    private final boolean color;
    private ProgressBar bar;

    private TerminalProgress(boolean color) {
        this.color = color;
    }

    /** A progress bar when stderr is a terminal and not --quiet, else nothing. */
    static Progress forStderr(boolean quiet) {
        if (quiet || !stderrIsTerminal()) {
            return Progress.NONE;
        }
        String noColor = System.getenv("NO_COLOR");
        return new TerminalProgress(noColor == null || noColor.isEmpty());
    }

    /** Java has no isatty(2); on Linux the link of file descriptor 2 tells, elsewhere a console on stdout stands in. */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    @Override
    public synchronized void start(String label, long tasks) {
        finish();
        // The library writes to a PrintStream; System.err is the terminal checked above.
        bar = new ProgressBarBuilder()
                .setTaskName(label)
                .setInitialMax(tasks)
                .setUnit(" files", 1)
                .showSpeed()
                .setUpdateIntervalMillis(100)
                .setStyle(color ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .clearDisplayOnFinish()
                .build();
    }

    @Override
    public void total(long tasks) {
        ProgressBar current = bar;
        if (current != null) {
            current.maxHint(tasks);
        }
    }

    @Override
    public void advance() {
        ProgressBar current = bar;
        if (current != null) {
            current.step();
        }
    }

    @Override
    public synchronized void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
