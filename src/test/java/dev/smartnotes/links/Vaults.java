package dev.smartnotes.links;

import java.util.List;

/** A vault-shaped set of files for the tests: folders, names shared across folders, attachments, scripts. */
final class Vaults {
    static final List<String> PATHS = List.of(
            "Home.md",
            "Projects/Plan.md",
            "Projects/Notes/Plan.md",
            "Archive/Plan.md",
            "Projects/Ideas.md",
            "Daily/2024-01-01.md",
            "Folder/My Note.md",
            "Folder/Sub/Deep.md",
            "People/José Müller.md",
            "日本語/ノート.md",
            "Русский/Заметка.md",
            "Emoji 🚀.md",
            "Archive.2024.md",
            "Odd (1) #2 & 'q'.md",
            "img/diagram.png",
            "Projects/img/diagram.png",
            "img/photo one.JPG",
            "docs/Report.pdf",
            "audio/memo.mp3",
            "video/clip.mp4",
            "Boards/Board.canvas",
            "Tables/Books.base",
            ".obsidian/app.json",
            ".trash/Old.md",
            "Folder/.secret.md");

    static final VaultIndex INDEX = VaultIndex.of(PATHS);

    private Vaults() {}
}
