#include "core/document/MarkdownImporter.h"

#include "core/document/HtmlImporter.h"
#include "core/document/LanguageGuess.h"
#include "core/document/TextDecoder.h"

#include <QHash>

#include <cmark.h>
#include <cstdlib>
#include <memory>

namespace claimscope::core {
namespace {

struct FrontMatter {
    QHash<QString, QString> fields;
    QString body;
};

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') &&
        value.back() == value.front())
        value = value.sliced(1, value.size() - 2);
    return value;
}

// Only the simple "key: value" lines that news front matter uses; nested YAML is left alone.
FrontMatter splitFrontMatter(const QString &text)
{
    if (!text.startsWith(QStringLiteral("---\n")))
        return {{}, text};
    qsizetype end = text.indexOf(QStringLiteral("\n---\n"), 3);
    qsizetype bodyStart = end + 5;
    if (end < 0 && text.endsWith(QStringLiteral("\n---"))) {
        end = text.size() - 4;
        bodyStart = text.size();
    }
    if (end < 0)
        return {{}, text};
    FrontMatter result;
    const QStringView header = QStringView(text).sliced(4, end - 4 + 1);
    for (QStringView line : header.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        result.fields.insert(line.first(colon).trimmed().toString().toLower(),
                             unquoted(line.sliced(colon + 1).toString()));
    }
    result.body = text.sliced(std::min(bodyStart, text.size()));
    return result;
}

QString firstOf(const QHash<QString, QString> &fields, std::initializer_list<QStringView> keys)
{
    for (QStringView key : keys) {
        const QString value = fields.value(key.toString());
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

ImportResult importMarkdown(const QByteArray &bytes, const QString &filePath)
{
    auto decoded = decodeText(bytes);
    if (const auto *failure = std::get_if<DecodeFailure>(&decoded))
        return ImportError(failure->reason, filePath, failure->detail);
    const auto &source = std::get<DecodedText>(decoded);

    const FrontMatter front = splitFrontMatter(source.text);
    const QByteArray body = front.body.toUtf8();
    const std::unique_ptr<char, decltype(&std::free)> html(
        cmark_markdown_to_html(body.constData(), static_cast<size_t>(body.size()), CMARK_OPT_DEFAULT),
        &std::free);
    if (!html)
        return ImportError(ImportError::Reason::Malformed, filePath, QStringLiteral("Markdown"));

    ImportResult result = importHtmlText(QString::fromUtf8(html.get()), filePath, source.encoding);
    if (!result.ok())
        return result;

    Document document = result.takeDocument();
    DocumentMetadata &m = document.metadata;
    m.format = QStringLiteral("markdown");
    const QHash<QString, QString> &f = front.fields;
    if (const QString title = firstOf(f, {u"title"}); !title.isEmpty())
        m.title = title;
    m.outlet = firstOf(f, {u"outlet", u"publisher", u"source", u"site"});
    m.author = firstOf(f, {u"author", u"byline"});
    m.date = QDate::fromString(firstOf(f, {u"date", u"published"}).left(10), Qt::ISODate);
    m.url = firstOf(f, {u"url", u"link"});
    if (const QString language = normaliseLanguageCode(firstOf(f, {u"language", u"lang"}));
        !language.isEmpty())
        m.language = language;
    return document;
}

} // namespace claimscope::core
