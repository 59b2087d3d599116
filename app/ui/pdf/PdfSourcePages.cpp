#include "ui/pdf/PdfSourcePages.h"

#include "core/project/Project.h"
#include "ui/AnnotationMarks.h"
#include "ui/MarkFormats.h"
#include "ui/pdf/PdfLayoutText.h"
#include "ui/pdf/PdfSourceHeader.h"

#include <QPainter>
#include <QSet>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>

#include <algorithm>
#include <cmath>

namespace claimscope::ui::pdf {
namespace {

constexpr qreal kStanceLineWidth = 1.6;
constexpr qreal kStanceLineSpacing = 3; // between the lines of two stances on one passage

} // namespace

PdfSourcePages::PdfSourcePages(const core::Project &project, const core::SourceRecord &source,
                               const PdfExportOptions &options, const PdfLayoutContext &context,
                               const QString &headerNote)
    : m_context(context)
    , m_kinds(options.kinds)
    , m_source(source.id)
    , m_title(project.sourceTitle(source.id).simplified())
    , m_textLength(source.document.text.size())
    , m_text(context.device, context.geometry.textColumn(), context.fonts.body)
    , m_notes(context.device, context.geometry.notesColumn(), context.fonts.note, context.fonts.noteBold)
    , m_details(project, source.id, context.formats)
{
    if (m_title.isEmpty())
        m_title = PdfLayoutText::untitledSource();
    const QList<AnnotationMark> marks = annotationMarks(project, source.id);
    writeHeader(source, headerNote);
    writeText(source.document.text);
    drawMarks(marks);
    m_pageNotes.resize(m_text.pageCount()); // lays the document out
    m_pageLines.resize(m_text.pageCount());
    locateMarks(marks);
    locateStances(project);
    locateSpeakers(marks);
}

void PdfSourcePages::writeHeader(const core::SourceRecord &source, const QString &note)
{
    QTextCursor cursor(&m_text.document());
    writeSourceHeading(cursor, m_title, source.document.metadata, m_context.fonts);
    if (!note.isEmpty())
        writeHeaderLine(cursor, note, m_context.fonts);
    writeHeaderRule(cursor, m_context.fonts);
    cursor.insertBlock(QTextBlockFormat(), textFormat(m_context.fonts.body, ink::text()));
    m_textStart = cursor.position();
}

void PdfSourcePages::writeText(const QString &text)
{
    // One character of the document per UTF-16 unit of the text, line breaks becoming block breaks,
    // so that an annotation's range is the document's range shifted by the header.
    QTextCursor cursor(&m_text.document());
    cursor.setPosition(m_textStart);
    cursor.insertText(text, textFormat(m_context.fonts.body, ink::text()));
}

void PdfSourcePages::drawMarks(const QList<AnnotationMark> &marks)
{
    QList<const AnnotationMark *> drawn;
    for (const AnnotationMark &mark : marks) {
        if (m_kinds.contains(mark.kind) && !mark.range.isEmpty() && mark.range.start >= 0 &&
            mark.range.end <= m_textLength)
            drawn.append(&mark);
    }
    // Larger marks first, as in the viewer: a figure or mention inside a quote shows over its tint,
    // and a claim inside a quote keeps its own.
    std::stable_sort(drawn.begin(), drawn.end(), [](const AnnotationMark *a, const AnnotationMark *b) {
        return a->range.length() > b->range.length();
    });
    QTextCursor cursor(&m_text.document());
    for (const AnnotationMark *mark : std::as_const(drawn)) {
        cursor.setPosition(m_textStart + int(mark->range.start));
        cursor.setPosition(m_textStart + int(mark->range.end), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(m_context.formats.format(*mark));
    }
}

QList<PdfPagePiece> PdfSourcePages::piecesOf(const core::TextRange &range) const
{
    if (range.isEmpty() || range.start < 0 || range.end > m_textLength)
        return {};
    return m_text.rangeRects(m_textStart + int(range.start), m_textStart + int(range.end));
}

void PdfSourcePages::addNote(int page, PdfMarginNote note)
{
    if (page < 0 || page >= m_pageNotes.size())
        return;
    // Two quotes of one speaker on one line need their name in the margin once: a second would
    // only push the notes below it away from their lines.
    QList<PdfMarginNote> &notes = m_pageNotes[page];
    const bool repeated = std::any_of(notes.cbegin(), notes.cend(), [&](const PdfMarginNote &other) {
        return other.text == note.text && std::abs(other.anchor - note.anchor) < 0.5;
    });
    if (!repeated)
        notes.append(std::move(note));
}

void PdfSourcePages::locateMarks(const QList<AnnotationMark> &marks)
{
    for (const AnnotationMark &mark : marks) {
        if (!m_kinds.contains(mark.kind))
            continue;
        const QList<PdfPagePiece> pieces = piecesOf(mark.range);
        if (pieces.isEmpty())
            continue;
        const PdfMarkFacts facts = m_details.factsOf(mark);
        for (const PdfPagePiece &piece : pieces)
            m_marks.append(markOf(mark, facts, piece.page, piece.rects));

        const qreal anchor = pieces.first().rects.first().top();
        if (PdfMarkDetails::isVoice(mark.kind) && !facts.speaker.isEmpty())
            addNote(pieces.first().page, PdfMarginNote{anchor, facts.speaker, mark.colour, true});
        else if (mark.kind == core::AnnotationKind::Figure && !facts.value.isEmpty())
            addNote(pieces.first().page, PdfMarginNote{anchor, facts.value, facts.drawn, false});
    }
}

void PdfSourcePages::locateStances(const core::Project &project)
{
    const qreal gutter = m_context.geometry.gutterLine();
    const QList<PdfMarkDetails::Stance> &stances = m_details.stances();
    for (qsizetype s = 0; s < stances.size(); ++s) {
        const PdfMarkDetails::Stance &stance = stances.at(s);
        const core::SpeakerRecord *record = project.speaker(stance.speaker);
        const QColor colour = record ? QColor::fromString(record->colour) : QColor();
        const QColor line = colour.isValid() ? colour : ink::muted();
        const qreal x = gutter + kStanceLineSpacing * qreal(s % 3 - 1);
        bool noted = false;
        for (const core::TextRange &evidence : stance.evidence) {
            const QList<PdfPagePiece> pieces = piecesOf(evidence);
            for (const PdfPagePiece &piece : pieces) {
                const qreal top = piece.rects.first().top() + 1;
                const qreal bottom = piece.rects.last().bottom() - 1;
                if (piece.page < m_pageLines.size())
                    m_pageLines[piece.page].append(StanceLine{QLineF(x, top, x, bottom), line});
            }
            if (noted || pieces.isEmpty())
                continue;
            noted = true;
            // Beside a quote or claim of the same speaker, whose name the margin gives already.
            const int page = pieces.first().page;
            const qreal anchor = pieces.first().rects.first().top();
            const QString name = project.speakerName(stance.speaker);
            const QList<PdfMarginNote> &beside = m_pageNotes.at(page);
            const bool named = std::any_of(beside.cbegin(), beside.cend(), [&](const PdfMarginNote &note) {
                return note.bold && note.text == name && std::abs(note.anchor - anchor) < 0.5;
            });
            addNote(page, PdfMarginNote{anchor,
                                        named ? PdfLayoutText::stance(stance.score)
                                              : PdfLayoutText::stanceOf(name, stance.score),
                                        colour, false});
        }
    }
}

void PdfSourcePages::locateSpeakers(const QList<AnnotationMark> &marks)
{
    QHash<QString, QSet<int>> pages;
    for (const AnnotationMark &mark : marks) {
        if (!PdfMarkDetails::isVoice(mark.kind) || mark.speaker.isEmpty() || mark.range.isEmpty() ||
            mark.range.start < 0 || mark.range.end > m_textLength)
            continue;
        const int first = m_text.pageOf(m_textStart + int(mark.range.start));
        const int last = m_text.pageOf(m_textStart + int(mark.range.end) - 1);
        for (int page = first; page <= last; ++page)
            pages[mark.speaker].insert(page);
    }
    for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
        QList<int> sorted(it.value().cbegin(), it.value().cend());
        std::sort(sorted.begin(), sorted.end());
        m_speakerPages.insert(it.key(), sorted);
    }
}

void PdfSourcePages::drawPage(QPainter &painter, int page) const
{
    m_text.draw(painter, page);
    if (page < m_pageLines.size() && !m_pageLines.at(page).isEmpty()) {
        painter.save();
        for (const StanceLine &line : m_pageLines.at(page)) {
            painter.setPen(QPen(line.colour, kStanceLineWidth, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(line.line);
        }
        painter.restore();
    }
    m_notes.draw(painter, m_pageNotes.value(page));
}

} // namespace claimscope::ui::pdf
