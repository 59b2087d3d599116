#include "core/document/pdf/PdfMetadata.h"

#include "core/document/LanguageGuess.h"

#include <QRegularExpression>

namespace claimscope::core::pdf {
namespace {

// As for plain text: a longer first paragraph is body text, not a title.
constexpr qsizetype kMaxTitleLength = 200;

} // namespace

QDate dateFromPdf(QStringView value)
{
    value = value.trimmed();
    if (value.startsWith(u"D:"))
        value = value.sliced(2);
    qsizetype digits = 0;
    while (digits < value.size() && digits < 8 && value.at(digits).isDigit())
        ++digits;
    if (digits < 4)
        return {};
    const int year = value.first(4).toInt();
    const int month = digits >= 6 ? value.sliced(4, 2).toInt() : 1;
    const int day = digits >= 8 ? value.sliced(6, 2).toInt() : 1;
    return QDate(year, month, day);
}

bool isPlaceholderTitle(QStringView title)
{
    static const QRegularExpression placeholder(
        QStringLiteral(R"(^(untitled|unknown|document\d*|microsoft (word|powerpoint|excel) - .*|.*\.)"
                       R"((docx?|odt|rtf|txt|pdf|pptx?|xlsx?|html?|indd|tex|dvi|ps))$)"),
        QRegularExpression::CaseInsensitiveOption);
    return placeholder.match(title.trimmed().toString()).hasMatch();
}

DocumentMetadata metadataOf(const DocumentInfo &info, const LaidOutText &text, const QString &filePath)
{
    DocumentMetadata m;
    m.title = info.title.simplified();
    if (m.title.isEmpty() || isPlaceholderTitle(m.title)) {
        m.title = text.firstHeading.simplified();
        if (m.title.isEmpty() && text.firstParagraph.size() <= kMaxTitleLength)
            m.title = text.firstParagraph.simplified();
    }
    m.author = info.author.simplified();
    m.date = dateFromPdf(info.creationDate);
    if (!m.date.isValid())
        m.date = dateFromPdf(info.modificationDate);
    m.language = guessLanguage(text.text);
    m.format = QStringLiteral("pdf");
    m.filePath = filePath;
    return m;
}

} // namespace claimscope::core::pdf
