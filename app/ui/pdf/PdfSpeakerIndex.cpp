#include "ui/pdf/PdfSpeakerIndex.h"

#include "core/project/Project.h"
#include "ui/pdf/PdfLayoutText.h"

#include <QCollator>
#include <QLocale>
#include <QTextCursor>
#include <QTextTable>
#include <QTextTableFormat>

#include <algorithm>

namespace claimscope::ui::pdf {

PdfSpeakerIndex::PdfSpeakerIndex(const core::Project &project, const QHash<QString, QList<int>> &pages,
                                 const PdfLayoutContext &context)
    : m_text(context.device, context.geometry.body(), context.fonts.text)
{
    for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
        if (!it.value().isEmpty())
            m_entries.append(Entry{it.key(), project.speakerName(it.key()), it.value()});
    }
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(m_entries.begin(), m_entries.end(), [&](const Entry &a, const Entry &b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.speaker < b.speaker;
    });

    QTextCursor cursor(&m_text.document());
    QTextBlockFormat heading;
    heading.setBottomMargin(6);
    cursor.setBlockFormat(heading);
    cursor.insertText(PdfLayoutText::indexHeading(), textFormat(context.fonts.heading, ink::text()));
    QTextBlockFormat explanation;
    explanation.setBottomMargin(12);
    cursor.insertBlock(explanation, textFormat(context.fonts.details, ink::muted()));
    cursor.insertText(m_entries.isEmpty() ? PdfLayoutText::noQuotedSpeakers()
                                          : PdfLayoutText::indexExplanation());
    if (m_entries.isEmpty())
        return;

    const QTextTableFormat format = twoColumnTable(45, 2);
    // One edit block for the whole table: filled cell by cell outside one, the document lays the
    // table out again after every insertion, which cost 0.8 s for 151 speakers (pdf_bench).
    cursor.beginEditBlock();
    QTextTable *table = cursor.insertTable(int(m_entries.size()), 2, format);
    const QTextCharFormat nameFormat = textFormat(context.fonts.text, ink::text());
    const QTextCharFormat pagesFormat = textFormat(context.fonts.text, ink::muted());
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries.at(row);
        const core::SpeakerRecord *record = project.speaker(entry.speaker);
        const QColor colour = record ? QColor::fromString(record->colour) : QColor();
        QTextCursor name = table->cellAt(row, 0).firstCursorPosition();
        name.insertText(QStringLiteral("■ "),
                        textFormat(context.fonts.text, colour.isValid() ? colour : ink::muted()));
        name.insertText(entry.name, nameFormat);
        table->cellAt(row, 1).firstCursorPosition().insertText(PdfLayoutText::pageList(entry.pages),
                                                               pagesFormat);
    }
    cursor.endEditBlock();
}

} // namespace claimscope::ui::pdf
