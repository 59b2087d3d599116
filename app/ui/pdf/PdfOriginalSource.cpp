#include "ui/pdf/PdfOriginalSource.h"

#include "core/project/Project.h"
#include "ui/pdf/PdfLayoutText.h"
#include "ui/pdf/PdfMarkDetails.h"
#include "ui/pdf/PdfSourceHeader.h"
#include "ui/pdf/PdfWordPieces.h"

#include <QTextBlockFormat>
#include <QTextCursor>

#include <algorithm>

namespace claimscope::ui::pdf {

PdfOriginalSource::PdfOriginalSource(const core::Project &project, const core::SourceRecord &source,
                                     int originalPages, const PdfExportOptions &options,
                                     const PdfLayoutContext &context)
    : m_context(context)
    , m_kinds(options.kinds)
    , m_source(source.id)
    , m_title(project.sourceTitle(source.id).simplified())
    , m_originalPages(originalPages)
    , m_header(context.device, context.geometry.body(), context.fonts.text)
{
    if (m_title.isEmpty())
        m_title = PdfLayoutText::untitledSource();
    writeHeader(source);
    locate(project, source);
}

void PdfOriginalSource::writeHeader(const core::SourceRecord &source)
{
    QTextCursor cursor(&m_header.document());
    writeSourceHeading(cursor, m_title, source.document.metadata, m_context.fonts);
    writeHeaderLine(cursor, PdfLayoutText::originalPdf(m_originalPages), m_context.fonts);
    writeHeaderRule(cursor, m_context.fonts);
    writeLegend();
}

void PdfOriginalSource::writeLegend()
{
    // One line: each chosen kind's name on its highlight's tint (as an unattributed mark, grey where
    // a speaker's colour would be), then what the tints and the highlights' notes say.
    QTextCursor cursor(&m_header.document());
    cursor.movePosition(QTextCursor::End);
    const QTextCharFormat text = textFormat(m_context.fonts.text, ink::text());
    cursor.insertBlock(QTextBlockFormat(), text);
    cursor.insertText(PdfLayoutText::originalLegendLead(), text);
    for (const core::AnnotationKind kind :
         {core::AnnotationKind::Quote, core::AnnotationKind::Claim, core::AnnotationKind::Figure,
          core::AnnotationKind::SpeakerMention}) {
        if (!m_kinds.contains(kind))
            continue;
        AnnotationMark mark;
        mark.kind = kind;
        QTextCharFormat sample = text;
        sample.setBackground(PdfMarkDetails::highlightColour(m_context.formats.format(mark)));
        cursor.insertText(QStringLiteral(" "), text);
        cursor.insertText(QChar(0x00a0) + annotationKindName(kind) + QChar(0x00a0), sample);
    }
    cursor.insertText(QStringLiteral(" "), text);
    cursor.insertText(PdfLayoutText::originalLegendNote(), textFormat(m_context.fonts.text, ink::muted()));
}

void PdfOriginalSource::locate(const core::Project &project, const core::SourceRecord &source)
{
    const core::PageGeometry &geometry = source.document.geometry;
    const PdfMarkDetails details(project, source.id, m_context.formats);
    // The original pages follow the header's.
    const int first = drawnPageCount();
    QHash<QString, QSet<int>> speakerPages;
    for (const AnnotationMark &mark : annotationMarks(project, source.id)) {
        const bool drawn = m_kinds.contains(mark.kind);
        const bool counted = PdfMarkDetails::isVoice(mark.kind) && !mark.speaker.isEmpty();
        if (!drawn && !counted)
            continue;
        const QList<PdfPagePiece> pieces = wordPieces(geometry, mark.range);
        if (pieces.isEmpty())
            continue;
        if (counted) {
            for (const PdfPagePiece &piece : pieces)
                speakerPages[mark.speaker].insert(first + piece.page);
        }
        if (!drawn)
            continue;
        const PdfMarkFacts facts = details.factsOf(mark);
        for (const PdfPagePiece &piece : pieces)
            m_marks.append(markOf(mark, facts, first + piece.page, piece.rects));
    }
    for (auto it = speakerPages.cbegin(); it != speakerPages.cend(); ++it) {
        QList<int> sorted(it.value().cbegin(), it.value().cend());
        std::sort(sorted.begin(), sorted.end());
        m_speakerPages.insert(it.key(), sorted);
    }
}

} // namespace claimscope::ui::pdf
