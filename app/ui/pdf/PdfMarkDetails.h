#pragma once

#include "core/project/ProjectRecords.h"
#include "ui/AnnotationMarks.h"
#include "ui/MarkFormats.h"
#include "ui/pdf/PdfExportTypes.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTextCharFormat>

#include <optional>

namespace claimscope::core {
class Project;
}

namespace claimscope::ui::pdf {

// What the highlight of one annotation says and how it looks, the same whether the annotation is
// drawn in typeset text or on the source's original pages.
struct PdfMarkFacts {
    QString speaker;  // the speaker's name; empty when nobody is attributed
    QString value;    // a figure's value as Claimscope normalised it; empty for other kinds
    QString contents; // kind, speaker, value or stance, note (PdfLayoutText::markContents)
    QColor drawn;     // the tint behind a quote or claim, the ink of a figure, a mention's underline
    QColor highlight; // the Highlight annotation's colour: always a light tint
};

// A source's stances and the facts of its annotations' highlights. Made once per source, from the
// project as it is when the export starts.
class PdfMarkDetails final {
public:
    // The stance that counts for a speaker (a person's over the analyzer's), with the passages it
    // rests on in text order.
    struct Stance {
        QString speaker;
        int score = 0;
        QList<core::TextRange> evidence;
    };

    PdfMarkDetails(const core::Project &project, core::SourceId source, const MarkFormats &formats);

    // One per speaker with a stance in the source, in the order of the project's stances.
    const QList<Stance> &stances() const { return m_stances; }
    // The score of `speaker`'s stance when one of its passages overlaps `range`.
    std::optional<int> stanceOver(const QString &speaker, const core::TextRange &range) const;
    PdfMarkFacts factsOf(const AnnotationMark &mark) const;

    // Quotes and claims: what a speaker says, and what the index of speakers counts.
    static bool isVoice(core::AnnotationKind kind);
    // The colour a mark is drawn in (PdfMarkFacts::drawn) and its highlight's (PdfMarkFacts::highlight).
    static QColor drawnColour(const QTextCharFormat &format);
    static QColor highlightColour(const QTextCharFormat &format);

private:
    const core::Project &m_project;
    const MarkFormats &m_formats;
    QList<Stance> m_stances;
};

// The mark that makes `facts` a Highlight annotation over `rects` of `page`.
PdfMark markOf(const AnnotationMark &mark, const PdfMarkFacts &facts, int page, const QList<QRectF> &rects);

} // namespace claimscope::ui::pdf
