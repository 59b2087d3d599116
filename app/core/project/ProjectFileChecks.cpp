#include "core/project/ProjectFileChecks.h"

#include "core/project/ProjectErrors.h"
#include "core/project/ProjectSchema.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace claimscope::core::projectfile {

namespace {

constexpr qsizetype kHeaderSize = 100;
constexpr char kMagic[] = "SQLite format 3"; // followed by a NUL byte, 16 bytes in all

quint32 big32(const QByteArray &header, qsizetype at)
{
    return qFromBigEndian<quint32>(header.constData() + at);
}

quint16 big16(const QByteArray &header, qsizetype at)
{
    return qFromBigEndian<quint16>(header.constData() + at);
}

} // namespace

bool journalPending(const QString &filePath)
{
    const QFileInfo journal(filePath + u"-journal"_s);
    return journal.exists() && journal.size() > 0;
}

std::optional<ProjectError> checkHeader(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!info.exists())
        return projectError(ProjectProblem::Missing, filePath);
    if (!info.isFile())
        return projectError(ProjectProblem::NotAFile, filePath);
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return projectError(ProjectProblem::Unreadable, filePath, file.errorString());
    const qint64 size = file.size();
    if (size == 0)
        return projectError(ProjectProblem::Empty, filePath);
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < qsizetype(sizeof kMagic) || !header.startsWith(QByteArrayView(kMagic, sizeof kMagic)))
        return projectError(ProjectProblem::NotSqlite, filePath);
    if (header.size() < kHeaderSize)
        return projectError(ProjectProblem::Truncated, filePath);
    // The page size and the application id never change after a project was made (it is made
    // under another name and renamed when complete), so they are read even with a journal pending.
    const quint32 rawPageSize = big16(header, 16); // a power of two from 512 to 32768, or 1 for 65536
    const quint32 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return projectError(ProjectProblem::Corrupt, filePath, u"page size %1"_s.arg(rawPageSize));
    if (big32(header, 68) != schema::kApplicationId)
        return projectError(ProjectProblem::ForeignDatabase, filePath);

    // The page count and the version may be halfway through a change the journal will undo.
    if (journalPending(filePath))
        return std::nullopt;
    // The page count is valid when the change counter matches "version valid for".
    const quint32 pages = big32(header, 28);
    if (pages != 0 && big32(header, 24) == big32(header, 92) && size < qint64(pages) * pageSize)
        return projectError(ProjectProblem::Truncated, filePath);
    const auto version = qint32(big32(header, 60));
    if (version > schema::kCurrentVersion)
        return projectError(ProjectProblem::TooNew, filePath, QString::number(version));
    if (version < 1)
        return projectError(ProjectProblem::Corrupt, filePath, u"no project format version"_s);
    return std::nullopt;
}

bool mayWrite(const QString &path)
{
    const QFileInfo info(path);
    constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

std::optional<QString> replaceFile(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(),
                            error);
    if (error)
        return QString::fromLocal8Bit(error.message().c_str());
    return std::nullopt;
}

bool syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

bool syncFile(const QString &filePath)
{
    const int fd = ::open(QFile::encodeName(filePath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace claimscope::core::projectfile
