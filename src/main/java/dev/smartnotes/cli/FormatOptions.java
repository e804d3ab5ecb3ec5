package dev.smartnotes.cli;

import dev.smartnotes.render.CsvOptions;
import java.util.List;
import picocli.CommandLine.Option;

/** export's "Formats" section: which files each note gets, and how they look. */
class FormatOptions {
    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "all", order = 1,
            description = "${COMPLETION-CANDIDATES}; repeatable or comma-separated. Default: ${DEFAULT-VALUE}.")
    List<FormatChoice> formats;

    @Option(names = "--csv-raw", order = 2, description = "Do not guard CSV cells that spreadsheets would run as formulas.")
    boolean csvRaw;

    @Option(names = "--csv-bom", order = 3, description = "Start each CSV file with a UTF-8 byte-order mark, for spreadsheet programs.")
    boolean csvBom;

    CsvOptions csv() {
        return new CsvOptions(csvRaw, csvBom);
    }
}
