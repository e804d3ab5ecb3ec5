package dev.smartnotes.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli models built in code, for the commands on an export's path (smartnotes, export, bench).
 * <p>
 * Why not annotations: picocli reads them through reflection, and the JDK makes a proxy class
 * for every annotation type at run time and method handles for every field it binds; none of it
 * is kept by the AOT cache. That was some 40 ms of every export's start (a third of a one-note
 * export), and more compiler work while the notes wait. The options stay one declaration each,
 * bound to the command's fields through a getter and a setter instead of reflection.
 */
final class Specs {
    private Specs() {}

    /** Paths and dates without picocli's built-in converters, which call {@code Path.of} and {@code LocalDate.parse} reflectively. */
    static final ITypeConverter<Path> PATH = Path::of;
    static final ITypeConverter<LocalDate> DATE = LocalDate::parse;

    /** A command with the given name and description, as {@code @Command(name, versionProvider, description)} would make. */
    static CommandSpec command(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name).versionProvider(new VersionProvider());
        spec.usageMessage().description(description);
        return spec;
    }

    /** {@code -h/--help} and {@code -V/--version}, as {@code mixinStandardHelpOptions} adds them: last. */
    static void standardHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
    }

    /** An option bound to a field of the command: {@code get} reads the field, {@code set} writes it. */
    static <T> OptionSpec.Builder option(String name, Class<T> type, Supplier<T> get, Consumer<T> set) {
        return bind(OptionSpec.builder(name).type(type), get, set);
    }

    /** A repeatable option whose values go into a collection field ({@code List<E>} or {@code Set<E>}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <C extends Collection<E>, E> OptionSpec.Builder options(String name, Class<? super C> type, Class<E> element,
            Supplier<C> get, Consumer<C> set) {
        return bind(OptionSpec.builder(name).type((Class) type).auxiliaryTypes(element), get, set);
    }

    private static <T> OptionSpec.Builder bind(OptionSpec.Builder option, Supplier<T> get, Consumer<T> set) {
        Binding<T> binding = new Binding<>(get, set);
        // Reset to the field's own initial value before each parse, as picocli does for an annotated field.
        return option.getter(binding).setter(binding).initialValue(get.get());
    }

    private record Binding<T>(Supplier<T> field, Consumer<T> into) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <V> V get() {
            return (V) field.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V set(V value) {
            V old = (V) field.get();
            into.accept((T) value);
            return old;
        }
    }
}
