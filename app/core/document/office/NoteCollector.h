#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace claimscope::core {

// Footnotes and endnotes as every importer writes them: a reference becomes "[n]" where it stands,
// n counting 1, 2, … in the order the body refers to the notes (footnotes and endnotes share one
// count, since a reader meets them in one stream of text), and after the body each note is a
// paragraph "[n] note text". A note referred to twice keeps its first number. A note's own
// paragraphs are lines of its one paragraph, so that the blank line still means "next note".
class NoteCollector final {
public:
    // The number of the note known by `key` (any string unique per note in the document).
    int reference(const QString &key);
    bool isReferenced(const QString &key) const { return m_numbers.contains(key); }
    void setText(const QString &key, const QString &text);

    bool isEmpty() const { return m_keys.isEmpty(); }
    // The body followed by the notes; notes never given text still appear, with their number only.
    QString appendTo(const QString &body) const;

    static QString marker(int number);

private:
    QStringList m_keys; // in order of number
    QHash<QString, int> m_numbers;
    QHash<QString, QString> m_texts;
};

} // namespace claimscope::core
