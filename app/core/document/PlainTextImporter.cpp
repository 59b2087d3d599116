#include "core/document/PlainTextImporter.h"

#include "core/document/LanguageGuess.h"
#include "core/document/TextDecoder.h"

namespace claimscope::core {
namespace {

constexpr qsizetype kMaxTitleLength = 200;

QString titleFromText(QStringView text)
{
    for (QStringView line : text.first(std::min<qsizetype>(text.size(), 4096)).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        return line.size() <= kMaxTitleLength ? line.toString() : QString();
    }
    return {};
}

} // namespace

ImportResult importPlainText(const QByteArray &bytes, const QString &filePath)
{
    auto decoded = decodeText(bytes);
    if (const auto *failure = std::get_if<DecodeFailure>(&decoded))
        return ImportError(failure->reason, filePath, failure->detail);
    auto &source = std::get<DecodedText>(decoded);
    if (source.text.trimmed().isEmpty())
        return ImportError(ImportError::Reason::NoText, filePath);

    Document document;
    document.text = std::move(source.text);
    DocumentMetadata &m = document.metadata;
    m.title = titleFromText(document.text);
    m.language = guessLanguage(document.text);
    m.format = QStringLiteral("text");
    m.encoding = source.encoding;
    m.filePath = filePath;
    return document;
}

} // namespace claimscope::core
