#include "ui/pdf/PdfSourcePages.h"

#include "core/project/LanguageNames.h"
#include "core/project/Project.h"
#include "ui/AnnotationMarks.h"
#include "ui/MarkFormats.h"
#include "ui/pdf/PdfLayoutText.h"

#include <QLocale>
#include <QPainter>
#include <QSet>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextLength>

#include <algorithm>
#include <cmath>

namespace claimscope::ui::pdf {
namespace {

bool isVoice(core::AnnotationKind kind)
{
    return kind == core::AnnotationKind::Quote || kind == core::AnnotationKind::Claim;
}

// The colour a mark is drawn in: the tint behind a quote or claim, the ink of a figure, the
// underline of a mention.
QColor drawnColour(const QTextCharFormat &format)
{
    if (format.background().style() != Qt::NoBrush)
        return format.background().color();
    if (format.foreground().style() != Qt::NoBrush)
        return format.foreground().color();
    return format.underlineColor();
}

// The colour of a mark's Highlight annotation. Readers multiply a highlight into the page, so a
// figure's or mention's ink as a highlight would darken its own letters to brown: those get a light
// tint of their ink, as a quote or claim has one already.
QColor highlightColour(const QTextCharFormat &format)
{
    if (format.background().style() != Qt::NoBrush)
        return format.background().color();
    return MarkFormats::blend(drawnColour(format), Qt::white, 0.3);
}

constexpr qreal kStanceLineWidth = 1.6;
constexpr qreal kStanceLineSpacing = 3; // between the lines of two stances on one passage

} // namespace

PdfSourcePages::PdfSourcePages(const core::Project &project, const core::SourceRecord &source,
                               const PdfExportOptions &options, const PdfLayoutContext &context)
    : m_context(context)
    , m_kinds(options.kinds)
    , m_source(source.id)
    , m_title(project.sourceTitle(source.id).simplified())
    , m_textLength(source.document.text.size())
    , m_text(context.device, context.geometry.textColumn(), context.fonts.body)
    , m_notes(context.device, context.geometry.notesColumn(), context.fonts.note, context.fonts.noteBold)
{
    if (m_title.isEmpty())
        m_title = PdfLayoutText::untitledSource();
    const QList<AnnotationMark> marks = annotationMarks(project, source.id);
    writeHeader(source);
    writeText(source.document.text);
    drawMarks(marks);
    m_pageNotes.resize(m_text.pageCount()); // lays the document out
    m_pageLines.resize(m_text.pageCount());
    collectStances(project);
    locateMarks(project, marks);
    locateStances(project);
    locateSpeakers(marks);
}

void PdfSourcePages::writeHeader(const core::SourceRecord &source)
{
    const core::DocumentMetadata &metadata = source.document.metadata;
    const PdfFonts &fonts = m_context.fonts;
    QTextCursor cursor(&m_text.document());

    QTextBlockFormat title;
    title.setBottomMargin(5);
    cursor.setBlockFormat(title);
    cursor.insertText(m_title, textFormat(fonts.heading, ink::text()));

    QStringList details;
    for (const QString &part : {metadata.outlet.simplified(), metadata.author.simplified()}) {
        if (!part.isEmpty())
            details.append(part);
    }
    if (metadata.date.isValid())
        details.append(QLocale().toString(metadata.date, QLocale::LongFormat));
    if (!metadata.language.isEmpty())
        details.append(core::LanguageNames::displayName(metadata.language));
    const QTextCharFormat detailsFormat = textFormat(fonts.details, ink::muted());
    if (!details.isEmpty()) {
        cursor.insertBlock(QTextBlockFormat(), detailsFormat);
        cursor.insertText(PdfLayoutText::sourceDetails(details));
    }
    if (const QString url = metadata.url.trimmed(); !url.isEmpty()) {
        QTextCharFormat link = textFormat(fonts.details, ink::link());
        link.setAnchor(true);
        link.setAnchorHref(url);
        cursor.insertBlock(QTextBlockFormat(), link);
        cursor.insertText(url);
    }
    // A rule under the header: an empty block drawn as a line (what <hr> becomes).
    QTextBlockFormat rule;
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 100));
    rule.setTopMargin(2);
    rule.setBottomMargin(8);
    cursor.insertBlock(rule, detailsFormat);
    cursor.insertBlock(QTextBlockFormat(), textFormat(fonts.body, ink::text()));
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

void PdfSourcePages::collectStances(const core::Project &project)
{
    // One stance per speaker: the one that counts (a person's over the analyzer's).
    QSet<QString> seen;
    for (const core::StanceId id : project.stancesOf(m_source)) {
        const core::StanceRecord *record = project.stance(id);
        if (!record || seen.contains(record->speaker))
            continue;
        seen.insert(record->speaker);
        const core::StanceRecord *counted = project.stanceFor(m_source, record->speaker);
        if (!counted)
            continue;
        // In text order, so that the note stands beside the first passage.
        Stance stance{counted->speaker, counted->score, counted->evidence};
        std::sort(stance.evidence.begin(), stance.evidence.end(),
                  [](const core::TextRange &a, const core::TextRange &b) { return a.start < b.start; });
        m_stances.append(stance);
    }
}

std::optional<int> PdfSourcePages::stanceOver(const QString &speaker, const core::TextRange &range) const
{
    if (speaker.isEmpty())
        return std::nullopt;
    for (const Stance &stance : m_stances) {
        if (stance.speaker != speaker)
            continue;
        for (const core::TextRange &evidence : stance.evidence) {
            if (evidence.overlap(range) > 0)
                return stance.score;
        }
    }
    return std::nullopt;
}

void PdfSourcePages::locateMarks(const core::Project &project, const QList<AnnotationMark> &marks)
{
    for (const AnnotationMark &mark : marks) {
        if (!m_kinds.contains(mark.kind))
            continue;
        const QList<PdfPagePiece> pieces = piecesOf(mark.range);
        if (pieces.isEmpty())
            continue;
        const core::AnnotationRecord *record = project.annotation(mark.id);
        const QString speaker = mark.speaker.isEmpty() ? QString() : project.speakerName(mark.speaker);
        const QString value = mark.kind == core::AnnotationKind::Figure && record
                                  ? PdfLayoutText::figureValue(record->figure)
                                  : QString();
        const std::optional<int> stance =
            isVoice(mark.kind) ? stanceOver(mark.speaker, mark.range) : std::nullopt;
        const QTextCharFormat format = m_context.formats.format(mark);
        const QColor colour = drawnColour(format);
        const QString contents =
            PdfLayoutText::markContents(mark.kind, speaker, value, stance, record ? record->note : QString());
        for (const PdfPagePiece &piece : pieces)
            m_marks.append(PdfMark{mark.id, mark.kind, piece.page, piece.rects, speaker, contents,
                                   highlightColour(format)});

        const qreal anchor = pieces.first().rects.first().top();
        if (isVoice(mark.kind) && !speaker.isEmpty())
            addNote(pieces.first().page, PdfMarginNote{anchor, speaker, mark.colour, true});
        else if (mark.kind == core::AnnotationKind::Figure && !value.isEmpty())
            addNote(pieces.first().page, PdfMarginNote{anchor, value, colour, false});
    }
}

void PdfSourcePages::locateStances(const core::Project &project)
{
    const qreal gutter = m_context.geometry.gutterLine();
    for (qsizetype s = 0; s < m_stances.size(); ++s) {
        const Stance &stance = m_stances.at(s);
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
        if (!isVoice(mark.kind) || mark.speaker.isEmpty() || mark.range.isEmpty() || mark.range.start < 0 ||
            mark.range.end > m_textLength)
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
