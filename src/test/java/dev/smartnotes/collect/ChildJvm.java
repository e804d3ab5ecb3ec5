package dev.smartnotes.collect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A JVM of its own running {@link Produce}, with the tests' class path. */
final class ChildJvm {
    private ChildJvm() {}

    static Process start(List<String> jvmOptions, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Produce.class.getName());
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
