#pragma once

#include "core/document/office/BodyText.h"
#include "core/document/office/NoteCollector.h"
#include "core/document/office/PackageXml.h"

#include <QList>
#include <QString>

namespace claimscope::core {

// Reads the body of an OpenDocument text (office:body in content.xml) from the start tag the reader
// is on to its end tag. Kept: headings (text:h) and paragraphs (text:p, also in lists, sections,
// frames and text boxes), spans and links, counted spaces (text:s), tabs, line breaks, tables.
// Notes (text:note) become "[n]" where they stand and their body goes to `notes`. Dropped: the
// deleted text of tracked changes, comments (office:annotation), index templates, image titles and
// descriptions, forms and declarations.
class OdtTextReader final {
public:
    explicit OdtTextReader(NoteCollector &notes)
        : m_notes(notes)
    {
    }

    void read(XmlPartReader &xml, BodyText &out);
    const QString &firstHeading() const { return m_firstHeading; }

private:
    enum class Kind { Other, Paragraph, Heading, Table, Row, Cell, Note };

    void start(XmlPartReader &xml);
    void startText(XmlPartReader &xml);
    void close(Kind kind);
    BodyText &current() { return m_inNote ? m_note : *m_out; }

    NoteCollector &m_notes;
    BodyText *m_out = nullptr;
    QList<Kind> m_open;
    bool m_inNote = false;
    BodyText m_note;
    QString m_noteKey;
    int m_noteCount = 0;
    QString m_firstHeading;
};

} // namespace claimscope::core
