package dev.smartnotes.export;

import dev.smartnotes.links.Digest;
import dev.smartnotes.links.LinkTargets;
import dev.smartnotes.notes.NoteSource;

/**
 * What the first pass keeps of an exported note for the second: its link targets (the second pass
 * resolves them again: a summary of where they led, kept for every note, took more room than they do)
 * and how the note stood.
 *
 * @param hash the source's SHA-256 where an incremental run knows it, else null
 * @param changed whether the source differs from what the earlier export saw (always, in a full run)
 * @param firstOnDisk whether the first pass's files are on disk
 */
record Linked(NoteSource source, LinkTargets targets, Digest hash, boolean changed, boolean firstOnDisk) {}
