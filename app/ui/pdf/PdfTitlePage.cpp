#include "ui/pdf/PdfTitlePage.h"

#include "core/project/Project.h"
#include "ui/AnnotationMarks.h"
#include "ui/pdf/PdfLayoutText.h"

#include <QDate>
#include <QSet>
#include <QTextCursor>
#include <QTextTable>
#include <QTextTableFormat>

namespace claimscope::ui::pdf {
namespace {

constexpr qreal kTitleTop = 110; // points of white above the project's name

void insertParagraph(QTextCursor &cursor, const QString &text, const QTextCharFormat &format,
                     qreal topMargin = 0, qreal bottomMargin = 0)
{
    QTextBlockFormat block;
    block.setTopMargin(topMargin);
    block.setBottomMargin(bottomMargin);
    cursor.insertBlock(block, format);
    cursor.insertText(text);
}

void insertHeading(QTextCursor &cursor, const QString &text)
{
    insertParagraph(cursor, text, textFormat(PdfFonts::sans(11, QFont::Bold), ink::text()), 22, 8);
}

} // namespace

PdfTitlePage::PdfTitlePage(const core::Project &project, const QList<core::SourceId> &sources,
                           const PdfExportOptions &options, const PdfLayoutContext &context)
    : m_context(context)
    , m_text(context.device, context.geometry.body(), context.fonts.text)
{
    const PdfFonts &fonts = context.fonts;
    QTextCursor cursor(&m_text.document());
    QTextBlockFormat top;
    top.setTopMargin(kTitleTop);
    top.setBottomMargin(8);
    cursor.setBlockFormat(top);
    const QString name = project.settings().name.simplified();
    cursor.insertText(name.isEmpty() ? PdfLayoutText::untitledProject() : name,
                      textFormat(fonts.title, ink::text()));
    insertParagraph(cursor, PdfLayoutText::exportedOn(QDate::currentDate()),
                    textFormat(fonts.details, ink::muted()));
    insertParagraph(cursor, PdfLayoutText::sourceCount(int(sources.size())),
                    textFormat(fonts.details, ink::muted()));

    if (const QString question = project.settings().question.simplified(); !question.isEmpty()) {
        insertHeading(cursor, PdfLayoutText::question());
        insertParagraph(cursor, question, textFormat(PdfFonts::serif(13), ink::text()));
    }
    writeLegend(options);
    writeSpeakers(project, speakersIn(project, sources));
}

void PdfTitlePage::writeLegend(const PdfExportOptions &options)
{
    QTextCursor cursor(&m_text.document());
    cursor.movePosition(QTextCursor::End);
    insertHeading(cursor, PdfLayoutText::categoriesHeading());
    const QTextCharFormat sample = textFormat(m_context.fonts.body, ink::text());
    const QTextCharFormat explanation = textFormat(m_context.fonts.text, ink::text());
    for (const core::AnnotationKind kind :
         {core::AnnotationKind::Quote, core::AnnotationKind::Claim, core::AnnotationKind::Figure,
          core::AnnotationKind::SpeakerMention}) {
        if (!options.includes(kind))
            continue;
        // As the text draws it: an unattributed mark, grey where a speaker's colour would be.
        AnnotationMark mark;
        mark.kind = kind;
        QTextCharFormat drawn = sample;
        drawn.merge(m_context.formats.format(mark));
        QTextBlockFormat block;
        block.setBottomMargin(5);
        cursor.insertBlock(block, sample);
        cursor.insertText(PdfLayoutText::categorySample(kind), drawn);
        cursor.insertText(QStringLiteral("  "), explanation);
        cursor.insertText(PdfLayoutText::categoryExplanation(kind), explanation);
    }
    insertParagraph(cursor, PdfLayoutText::marginExplanation(),
                    textFormat(m_context.fonts.text, ink::muted()), 4);
}

void PdfTitlePage::writeSpeakers(const core::Project &project, const QStringList &speakers)
{
    QTextCursor cursor(&m_text.document());
    cursor.movePosition(QTextCursor::End);
    insertHeading(cursor, PdfLayoutText::speakersHeading());
    if (speakers.isEmpty()) {
        insertParagraph(cursor, PdfLayoutText::noSpeakers(), textFormat(m_context.fonts.text, ink::muted()));
        return;
    }
    // Two columns of "■ Name  role", down the first column, then the second.
    const int rows = int((speakers.size() + 1) / 2);
    const QTextTableFormat format = twoColumnTable(50, 1.5);
    // One edit block, or the table is laid out again after each cell (see PdfSpeakerIndex).
    cursor.beginEditBlock();
    QTextTable *table = cursor.insertTable(rows, 2, format);
    const QTextCharFormat nameFormat = textFormat(m_context.fonts.text, ink::text());
    const QTextCharFormat roleFormat = textFormat(m_context.fonts.details, ink::muted());
    for (qsizetype i = 0; i < speakers.size(); ++i) {
        QTextCursor cell = table->cellAt(int(i % rows), int(i / rows)).firstCursorPosition();
        const core::SpeakerRecord *record = project.speaker(speakers.at(i));
        const QColor colour = record ? QColor::fromString(record->colour) : QColor();
        cell.insertText(QStringLiteral("■ "),
                        textFormat(m_context.fonts.text, colour.isValid() ? colour : ink::muted()));
        cell.insertText(project.speakerName(speakers.at(i)), nameFormat);
        if (record && !record->speaker.role.trimmed().isEmpty())
            cell.insertText(QStringLiteral("  ") + record->speaker.role.simplified(), roleFormat);
    }
    cursor.endEditBlock();
}

QStringList PdfTitlePage::speakersIn(const core::Project &project, const QList<core::SourceId> &sources)
{
    QSet<QString> present;
    for (const core::SourceId source : sources) {
        for (const core::AnnotationId id : project.annotationsOf(source)) {
            if (const core::AnnotationRecord *annotation = project.annotation(id);
                annotation && !annotation->speaker.isEmpty())
                present.insert(annotation->speaker);
        }
        for (const core::StanceId id : project.stancesOf(source)) {
            if (const core::StanceRecord *stance = project.stance(id); stance && !stance->speaker.isEmpty())
                present.insert(stance->speaker);
        }
    }
    QStringList ordered;
    for (const core::SpeakerRecord &speaker : project.speakers()) {
        if (present.remove(speaker.speaker.id))
            ordered.append(speaker.speaker.id);
    }
    QStringList unknown(present.cbegin(), present.cend());
    unknown.sort();
    return ordered + unknown;
}

} // namespace claimscope::ui::pdf
