#include "core/project/SourceManifest.h"

#include "core/document/DocumentImporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace claimscope::core {
namespace {

void overrideMetadata(DocumentMetadata &m, const QJsonObject &entry)
{
    const auto take = [&entry](const char *key, QString &field) {
        const QString value = entry.value(QLatin1StringView(key)).toString();
        if (!value.isEmpty())
            field = value;
    };
    take("title", m.title);
    take("outlet", m.outlet);
    take("author", m.author);
    take("url", m.url);
    take("language", m.language);
    if (const QDate date = QDate::fromString(entry.value(QLatin1StringView("date")).toString(), Qt::ISODate);
        date.isValid())
        m.date = date;
}

} // namespace

SourceSet loadSourceManifest(const QString &manifestPath)
{
    SourceSet set;
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly)) {
        set.errors.append(ImportError(QFileInfo::exists(manifestPath) ? ImportError::Reason::Unreadable
                                                                      : ImportError::Reason::NotFound,
                                      manifestPath, file.errorString()));
        return set;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.read(kMaxImportBytes), &parseError);
    if (!json.isObject()) {
        set.errors.append(ImportError(ImportError::Reason::Malformed, manifestPath,
                                      parseError.error != QJsonParseError::NoError
                                          ? parseError.errorString()
                                          : QStringLiteral("not a JSON object")));
        return set;
    }

    const QJsonObject root = json.object();
    set.name = root.value(QLatin1StringView("name")).toString();
    set.question = root.value(QLatin1StringView("question")).toString();
    const QDir base = QFileInfo(manifestPath).dir();
    const QJsonArray sources = root.value(QLatin1StringView("sources")).toArray();
    for (const QJsonValue &value : sources) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QLatin1StringView("file")).toString();
        if (name.isEmpty()) {
            set.errors.append(ImportError(ImportError::Reason::Malformed, manifestPath,
                                          QStringLiteral("a source without \"file\"")));
            continue;
        }
        ImportResult result = importFile(base.filePath(name));
        if (!result.ok()) {
            set.errors.append(result.error());
            continue;
        }
        Document document = result.takeDocument();
        overrideMetadata(document.metadata, entry);
        set.documents.append(std::move(document));
    }
    return set;
}

QString sampleManifestPath()
{
    return QStringLiteral(":/sample/manifest.json");
}

} // namespace claimscope::core
