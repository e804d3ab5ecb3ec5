/**
 * Links in note bodies: resolved as Obsidian resolves them, summarised as the note's link graph, and
 * rewritten as portable CommonMark for the Markdown export.
 *
 * <p>Per run, one {@link dev.smartnotes.links.VaultIndex} of every file the walk found, and one
 * {@link dev.smartnotes.links.LinkRewriter} with the run's {@code --links}, {@code --embeds}, the
 * output path of each exported file and a reader of note bodies. Per note:
 * <pre>{@code
 * LinkSummary summary = rewriter.summarize(note.path(), body);               // JSON, CSV
 * LinkRewriter.Result md = rewriter.rewrite(note.path(), outputPath, body);  // Markdown: body and summary
 * }</pre>
 * Both parse the body once; neither throws on any text, and every problem with a link is one
 * {@link dev.smartnotes.links.LinkIssue} for the report.
 */
package dev.smartnotes.links;
