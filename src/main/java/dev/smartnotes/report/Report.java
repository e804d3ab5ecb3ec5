package dev.smartnotes.report;

/** What a run of {@code smartnotes export} reports: one run, or the runs of compare mode side by side. */
public sealed interface Report permits RunReport, CompareReport {
    /** Whether any note or file failed. */
    boolean failed();

    /** Why the run was stopped before its end, or null. */
    String interruption();
}
