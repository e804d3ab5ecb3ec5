package dev.smartnotes.collect;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reading a database back in tests: through JDBC, or through the {@code sqlite3} program as a user would. */
final class Db {
    private Db() {}

    /** Every row of a query, each as its list of values. */
    static List<List<Object>> rows(Path file, String sql, Object... parameters) throws SQLException {
        try (Connection db = SqliteFile.connect(file, 1000); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    static void execute(Path file, String sql) throws SQLException {
        try (Connection db = SqliteFile.connect(file, 1000); java.sql.Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The first column of every row. */
    static List<Object> column(Path file, String sql, Object... parameters) throws SQLException {
        return rows(file, sql, parameters).stream().map(List::getFirst).toList();
    }

    static Object value(Path file, String sql, Object... parameters) throws SQLException {
        return column(file, sql, parameters).getFirst();
    }

    /** Whether the {@code sqlite3} program is installed. */
    static boolean cliInstalled() {
        try {
            return new ProcessBuilder("sqlite3", "-version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The output lines of {@code sqlite3 file sql}; the test is skipped without the program. */
    static List<String> cli(Path file, String sql) throws IOException, InterruptedException {
        assumeTrue(cliInstalled(), "the sqlite3 program is not installed");
        Process process = new ProcessBuilder("sqlite3", file.toString(), sql).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("sqlite3 failed: " + output);
        }
        return output.isEmpty() ? List.of() : Arrays.asList(output.split("\n"));
    }
}
