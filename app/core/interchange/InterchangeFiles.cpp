#include "core/interchange/InterchangeFiles.h"

#include "core/document/office/ZipArchive.h"
#include "core/interchange/AnnotationTables.h"
#include "core/interchange/RefiCodebook.h"
#include "core/interchange/RefiProjectReader.h"
#include "core/interchange/RefiProjectWriter.h"
#include "core/project/ProjectErrors.h"
#include "core/project/ProjectFileChecks.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace claimscope::core {
namespace {

class InterchangeText final {
    Q_DECLARE_TR_FUNCTIONS(InterchangeFiles)

public:
    static QString notWritten(const QString &path, const QString &why)
    {
        return tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), why);
    }
    static QString zipFailed(int code)
    {
        return tr("the ZIP package could not be made (error %1)").arg(code);
    }
};

// A ZIP made in memory: project.qde first, then the sources' texts, all deflated.
std::variant<QByteArray, QString> zipped(const RefiPackage &package)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return InterchangeText::zipFailed(zip.getZipError());
    QList<std::pair<QString, QByteArray>> files{{QStringLiteral("project.qde"), package.projectXml}};
    files += package.files;
    for (const auto &[name, bytes] : files) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(name);
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                            QFileDevice::ReadOther);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION) ||
            file.write(bytes) != bytes.size()) {
            return InterchangeText::zipFailed(file.getZipError());
        }
        file.close();
        if (file.getZipError() != UNZ_OK)
            return InterchangeText::zipFailed(file.getZipError());
    }
    zip.close();
    if (zip.getZipError() != UNZ_OK)
        return InterchangeText::zipFailed(zip.getZipError());
    return buffer.data();
}

std::optional<QString> saveWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return InterchangeText::notWritten(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return InterchangeText::notWritten(path, why);
    }
    if (!file.commit())
        return InterchangeText::notWritten(path, file.errorString());
    return std::nullopt;
}

std::variant<QByteArray, ImportError> readWhole(const QString &path, qint64 limit)
{
    const QFileInfo info(path);
    if (!info.exists())
        return ImportError(ImportError::Reason::NotFound, path);
    if (info.isDir())
        return ImportError(ImportError::Reason::IsDirectory, path);
    if (!info.isFile())
        return ImportError(ImportError::Reason::NotRegularFile, path);
    if (info.size() == 0)
        return ImportError(ImportError::Reason::Empty, path);
    if (info.size() > limit)
        return ImportError(ImportError::Reason::TooLarge, path,
                           QLocale().formattedDataSize(info.size(), 0, QLocale::DataSizeTraditionalFormat));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImportError(ImportError::Reason::Unreadable, path, file.errorString());
    QByteArray bytes = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError)
        return ImportError(ImportError::Reason::Unreadable, path, file.errorString());
    if (bytes.size() > limit)
        return ImportError(ImportError::Reason::TooLarge, path,
                           QLocale().formattedDataSize(bytes.size(), 0, QLocale::DataSizeTraditionalFormat));
    return bytes;
}

} // namespace

QString exportSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Qdpx:
        return QStringLiteral("qdpx");
    case ExportFormat::Qdc:
        return QStringLiteral("qdc");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (ExportFormat format :
         {ExportFormat::Qdpx, ExportFormat::Qdc, ExportFormat::Csv, ExportFormat::Json}) {
        if (name.compare(exportSuffix(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::optional<QString> exportProject(const ProjectContents &contents, ExportFormat format,
                                     const QString &path)
{
    switch (format) {
    case ExportFormat::Qdpx:
        return writeRefiPackage(refiPackage(contents), path);
    case ExportFormat::Qdc:
        return saveWhole(path, codebookDocument(contents.speakers));
    case ExportFormat::Csv:
        return saveWhole(path, annotationsCsv(contents));
    case ExportFormat::Json:
        return saveWhole(path, annotationsJson(contents).toJson(QJsonDocument::Indented));
    }
    return std::nullopt;
}

std::optional<QString> writeRefiPackage(const RefiPackage &package, const QString &path)
{
    auto bytes = zipped(package);
    if (const auto *problem = std::get_if<QString>(&bytes))
        return InterchangeText::notWritten(path, *problem);
    return saveWhole(path, std::get<QByteArray>(bytes));
}

std::variant<RefiImported, ImportError> readQdpx(const QString &path, const QList<Speaker> &known)
{
    auto bytes = readWhole(path, kMaxQdpxBytes);
    if (const auto *error = std::get_if<ImportError>(&bytes))
        return *error;
    ZipArchive archive(std::get<QByteArray>(bytes), path);
    if (const auto &error = archive.openError())
        return *error;
    if (!archive.contains(QStringLiteral("project.qde")))
        return missingPart(path, QStringLiteral("project.qde"));
    auto xml = archive.read(QStringLiteral("project.qde"));
    if (const auto *error = std::get_if<ImportError>(&xml))
        return *error;
    auto document = readRefiProject(std::get<QByteArray>(xml), path);
    if (const auto *error = std::get_if<ImportError>(&document))
        return *error;
    const PackageFileReader readFile = [&archive,
                                        &path](const QString &name) -> std::variant<QByteArray, ImportError> {
        if (!archive.contains(name))
            return missingPart(path, name);
        return archive.read(name);
    };
    return projectFromRefi(std::get<RefiDocument>(document), readFile, path, known);
}

std::optional<QString> writeImportedProject(const RefiImported &imported, const QString &path,
                                            const QHash<QString, QStringList> &cues, bool replace)
{
    const QFileInfo target(path);
    const QString targetPath = target.absoluteFilePath();
    if (!replace && (target.exists() || target.isSymLink()))
        return projectError(ProjectProblem::Exists, targetPath).message;
    // Built whole under a hidden name beside `path`, then renamed onto it: a kill or a full disk
    // never leaves a project without its sources under the chosen name, nor takes away a file that
    // was to be replaced before the new one is complete.
    const QString building = target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                             QStringLiteral(".importing-") +
                             QString::number(QCoreApplication::applicationPid());
    QFile::remove(building); // left by an earlier run of this process id that was killed
    ProjectSettings settings = imported.contents.settings;
    settings.cues = cues;
    auto created = ProjectStore::create(building, settings);
    std::optional<ProjectError> failed;
    if (const auto *error = std::get_if<ProjectError>(&created)) {
        failed = *error;
    } else {
        std::unique_ptr<ProjectStore> store = std::move(std::get<std::unique_ptr<ProjectStore>>(created));
        failed = store->inOneTransaction([&]() -> std::optional<ProjectError> {
            for (const SpeakerRecord &speaker : imported.contents.speakers) {
                if (auto error = store->saveSpeaker(speaker))
                    return error;
            }
            QHash<SourceId, SourceId> stored;
            for (SourceRecord source : imported.contents.sources) {
                const SourceId given = source.id;
                source.id = 0;
                if (auto error = store->addSource(source))
                    return error;
                stored.insert(given, source.id);
            }
            for (AnnotationRecord annotation : imported.contents.annotations) {
                annotation.id = 0;
                annotation.source = stored.value(annotation.source);
                if (auto error = store->addAnnotation(annotation))
                    return error;
            }
            for (StanceRecord stance : imported.contents.stances) {
                stance.id = 0;
                stance.source = stored.value(stance.source);
                if (auto error = store->addStance(stance))
                    return error;
            }
            return std::nullopt;
        });
    } // the store is closed (and its lock file gone) before its file is renamed or removed
    if (!failed) {
        if (replace ? !projectfile::replaceFile(building, targetPath) : QFile::rename(building, targetPath)) {
            projectfile::syncFolder(target.absolutePath());
            return std::nullopt;
        }
        failed = QFileInfo::exists(targetPath) && !replace
                     ? projectError(ProjectProblem::Exists, targetPath)
                     : projectError(ProjectProblem::WriteFailed, targetPath, QStringLiteral("rename"));
    }
    QFile::remove(building);
    QFile::remove(building + QStringLiteral("-journal"));
    // The user chose `path`; the hidden name is ours.
    return failed->message.replace(QDir::toNativeSeparators(building), QDir::toNativeSeparators(targetPath));
}

std::variant<RefiImportReport, QString> importQdpxAsProject(const QString &qdpx, const QString &projectPath,
                                                            bool replace)
{
    const LexiconResult loaded = loadLexicon(builtInSpeakersPath(), builtInCuesPath());
    const Lexicon lexicon = std::holds_alternative<Lexicon>(loaded) ? std::get<Lexicon>(loaded) : Lexicon();
    const auto imported = readQdpx(qdpx, lexicon.speakers);
    if (const auto *error = std::get_if<ImportError>(&imported))
        return error->message();
    const auto &result = std::get<RefiImported>(imported);
    if (const auto problem = writeImportedProject(result, projectPath, lexicon.cues, replace))
        return *problem;
    return result.report;
}

} // namespace claimscope::core
