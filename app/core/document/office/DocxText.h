#pragma once

#include "core/document/office/BodyText.h"
#include "core/document/office/NoteCollector.h"
#include "core/document/office/PackageXml.h"

#include <QSet>
#include <QString>

namespace claimscope::core {

// The paragraph styles of a DOCX that are headings: by name ("heading 1" … "heading 9", "Title"),
// by outline level, or by being based on one. Style ids are localised by Word ("berschrift1" in a
// German document), so names decide, not ids; without styles.xml the English ids are recognised.
struct DocxStyles {
    QSet<QString> headingIds;
    bool fromStylesPart = false;

    bool isHeading(const QString &styleId) const;
};

// Reads word/styles.xml; the reader reports errors.
DocxStyles readDocxStyles(XmlPartReader &xml);

// Reads WordprocessingML from the start tag the reader is on (w:body, w:footnote, …) to its end tag.
// Kept: w:t text, tabs, breaks, hyperlinks' text, inserted text (w:ins), fields' results, text boxes
// (once, from mc:Choice), tables. Dropped: deleted text (w:del, w:moveFrom), field instructions,
// hidden runs (w:vanish), properties. Note references become markers from `notes`, or nothing when
// `notes` is null (inside the notes themselves).
class DocxTextReader final {
public:
    DocxTextReader(const DocxStyles &styles, NoteCollector *notes)
        : m_styles(styles)
        , m_notes(notes)
    {
    }

    void read(XmlPartReader &xml, BodyText &out);
    // The text of the first paragraph with a heading style.
    const QString &firstHeading() const { return m_firstHeading; }

private:
    enum class Kind { Other, Paragraph, Run, Table, Row, Cell };
    struct Frame {
        Kind kind = Kind::Other;
        bool heading = false;
        bool hidden = false;
    };

    bool startWordElement(XmlPartReader &xml, BodyText &out);
    void readParagraphProperties(XmlPartReader &xml);
    void readRunProperties(XmlPartReader &xml);
    bool inHiddenRun() const;
    void close(const Frame &frame, BodyText &out);

    const DocxStyles &m_styles;
    NoteCollector *m_notes = nullptr;
    QList<Frame> m_open;
    QString m_firstHeading;
};

// The WordprocessingML namespaces: transitional (what Word writes) and strict ISO 29500.
bool isWordNamespace(QStringView ns);

} // namespace claimscope::core
