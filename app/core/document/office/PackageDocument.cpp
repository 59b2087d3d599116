#include "core/document/office/PackageDocument.h"

#include "core/document/LanguageGuess.h"

using namespace Qt::StringLiterals;

namespace claimscope::core {

ImportResult finishPackageDocument(PackageText package, const QString &format, const QString &filePath)
{
    if (package.text.trimmed().isEmpty())
        return ImportError(ImportError::Reason::NoText, filePath);
    Document document;
    document.text = std::move(package.text);
    document.metadata = std::move(package.metadata);
    DocumentMetadata &m = document.metadata;
    m.title = m.title.simplified();
    if (m.title.isEmpty())
        m.title = package.firstHeading.simplified();
    m.author = m.author.simplified();
    m.outlet = m.outlet.simplified();
    m.language = normaliseLanguageCode(m.language.trimmed());
    if (m.language.isEmpty())
        m.language = guessLanguage(document.text);
    m.format = format;
    m.encoding = u"UTF-8"_s;
    m.filePath = filePath;
    return document;
}

QDate packageDate(QStringView value)
{
    const QStringView trimmed = value.trimmed();
    if (trimmed.size() < 10)
        return {};
    return QDate::fromString(trimmed.first(10).toString(), Qt::ISODate);
}

} // namespace claimscope::core
