package dev.smartnotes.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code smartnotes completion bash|zsh}: prints a shell completion script for every command and option. */
@Command(name = "completion",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints a completion script for bash or zsh.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(smartnotes completion bash)                      # this shell only",
            "  smartnotes completion bash > ~/.local/share/bash-completion/completions/smartnotes",
            "  smartnotes completion zsh > \"${fpath[1]}/_smartnotes\"    # zsh, then restart it",
        })
public final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}")
    Shell shell;

    @Override
    public Integer call() {
        // picocli's script serves both: under zsh it loads bashcompinit itself.
        String script = AutoComplete.bash("smartnotes", spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
