#include "ui/pdf/PdfSourceHeader.h"

#include "core/project/LanguageNames.h"
#include "ui/pdf/PdfLayoutText.h"
#include "ui/pdf/PdfTextPages.h"

#include <QLocale>
#include <QStringList>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextLength>

namespace claimscope::ui::pdf {

void writeSourceHeading(QTextCursor &cursor, const QString &title, const core::DocumentMetadata &metadata,
                        const PdfFonts &fonts)
{
    QTextBlockFormat heading;
    heading.setBottomMargin(5);
    cursor.setBlockFormat(heading);
    cursor.insertText(title, textFormat(fonts.heading, ink::text()));

    QStringList details;
    for (const QString &part : {metadata.outlet.simplified(), metadata.author.simplified()}) {
        if (!part.isEmpty())
            details.append(part);
    }
    if (metadata.date.isValid())
        details.append(QLocale().toString(metadata.date, QLocale::LongFormat));
    if (!metadata.language.isEmpty())
        details.append(core::LanguageNames::displayName(metadata.language));
    if (!details.isEmpty())
        writeHeaderLine(cursor, PdfLayoutText::sourceDetails(details), fonts);
    if (const QString url = metadata.url.trimmed(); !url.isEmpty()) {
        QTextCharFormat link = textFormat(fonts.details, ink::link());
        link.setAnchor(true);
        link.setAnchorHref(url);
        cursor.insertBlock(QTextBlockFormat(), link);
        cursor.insertText(url);
    }
}

void writeHeaderLine(QTextCursor &cursor, const QString &text, const PdfFonts &fonts)
{
    const QTextCharFormat format = textFormat(fonts.details, ink::muted());
    cursor.insertBlock(QTextBlockFormat(), format);
    cursor.insertText(text);
}

void writeHeaderRule(QTextCursor &cursor, const PdfFonts &fonts)
{
    QTextBlockFormat rule;
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 100));
    rule.setTopMargin(2);
    rule.setBottomMargin(8);
    cursor.insertBlock(rule, textFormat(fonts.details, ink::muted()));
}

} // namespace claimscope::ui::pdf
