#pragma once

#include "core/document/office/NoteCollector.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace claimscope::core {

// One XHTML content document of an EPUB, decoded and re-encoded as UTF-8.
struct EpubChapter {
    QString path;
    QByteArray html;
    bool linear = true;
};

// Moves an EPUB's notes to the end of the text, as DOCX and ODT notes are. Notes are what EPUB 3
// marks as notes (epub:type "footnote", "endnote", "rearnote" or "note"; role "doc-footnote" or
// "doc-endnote"), wherever they are: under the paragraph (<aside>), at the end of a chapter, or in a
// notes document of their own (often linear="no"). A link to a note becomes "[n]", numbered in the
// order the body refers to notes; notes nobody links to follow, numbered in book order. Links back
// from a note to its reference ("↩") are dropped. EPUB 2 books mark nothing: their note links and
// notes stay where they are, as plain text.
//
// Chapters are parsed with libxml2's HTML parser, as HtmlImporter parses them (no network, no
// entities from a DOCTYPE), one at a time: first to find the notes, then to number the links and
// take the notes out.
class EpubNoteMover final {
public:
    explicit EpubNoteMover(NoteCollector &notes)
        : m_notes(notes)
    {
    }

    // First pass, over every spine document in order.
    void findNotes(const EpubChapter &chapter);
    bool hasNotes() const { return !m_noteKeys.isEmpty(); }

    // Second pass, over every spine document in order: the chapter without its notes and with its
    // links to notes numbered (the HTML to import when the chapter is linear).
    QByteArray moveNotes(const EpubChapter &chapter);

    // After the second pass: each note's HTML by NoteCollector key; every note now has a number.
    QHash<QString, QByteArray> takeNoteHtml();

private:
    NoteCollector &m_notes;
    QStringList m_noteKeys; // in book order
    QSet<QString> m_noteKeySet;
    QSet<QString> m_referenceAnchors; // "path#id" of the links' own ids, targets of back links
    QHash<QString, QByteArray> m_noteHtml;
};

} // namespace claimscope::core
