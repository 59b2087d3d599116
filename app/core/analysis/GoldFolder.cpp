#include "core/analysis/GoldSet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// A folder of gold files, in the seeds' layout (NAME.txt beside NAME.gold.json) or the sample's
// (NAME.txt, gold/NAME.gold.json), with the speakers.json that names its people.
namespace claimscope::core {
namespace {

const QString kGoldSuffix = QStringLiteral(".gold.json");
constexpr qint64 kMaxRegistryBytes = 4 * 1024 * 1024;

struct RegistryEntry {
    QString name;
    QString role;
};

bool loadRegistry(const QString &path, QHash<QString, RegistryEntry> &registry, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return false;
    }
    if (file.size() > kMaxRegistryBytes) {
        error = QStringLiteral("too large for a list of people");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isArray()) {
        error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                             : QStringLiteral("expected an array of people");
        return false;
    }
    const QJsonArray people = document.array();
    for (const QJsonValue &person : people) {
        const QJsonObject entry = person.toObject();
        const QString id = entry.value(QStringLiteral("id")).toString();
        if (!id.isEmpty()) {
            registry.insert(id, {entry.value(QStringLiteral("name")).toString(),
                                 entry.value(QStringLiteral("role")).toString()});
        }
    }
    return true;
}

QStringList goldFiles(const QDir &dir)
{
    return dir.entryList({QStringLiteral("*") + kGoldSuffix}, QDir::Files, QDir::Name);
}

} // namespace

GoldSet loadGoldFolder(const QString &dir)
{
    GoldSet set;
    const QDir base(dir);
    set.documentsDir = base.path();
    set.goldDir = base.path();
    QStringList files = goldFiles(base);
    if (files.isEmpty() && base.exists(QStringLiteral("gold"))) {
        set.goldDir = base.filePath(QStringLiteral("gold"));
        files = goldFiles(QDir(set.goldDir));
    }
    if (files.isEmpty()) {
        set.errors.append({base.path(), QStringLiteral("no *%1 files here or in gold/").arg(kGoldSuffix)});
        return set;
    }

    QHash<QString, RegistryEntry> registry;
    for (const QString &folder : {set.goldDir, set.documentsDir}) {
        const QString path = QDir(folder).filePath(QStringLiteral("speakers.json"));
        if (!QFileInfo::exists(path))
            continue;
        QString error;
        if (!loadRegistry(path, registry, error))
            set.errors.append({path, error});
        break;
    }

    for (const QString &file : std::as_const(files)) {
        // loadGoldFile looks for the document beside the gold file, and for gold/ in its parent.
        GoldResult result = loadGoldFile(QDir(set.goldDir).filePath(file));
        if (!result.ok()) {
            set.errors.append(result.error());
            continue;
        }
        GoldDocument gold = result.takeDocument();
        for (SpeakerMention &speaker : gold.analysis.speakers) {
            const auto found = registry.constFind(speaker.id);
            if (found == registry.constEnd())
                continue;
            if (!found->name.isEmpty())
                speaker.name = found->name;
            speaker.role = found->role;
        }
        set.documents.append(std::move(gold));
    }
    return set;
}

} // namespace claimscope::core
