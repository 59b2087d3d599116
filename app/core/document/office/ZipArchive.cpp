#include "core/document/office/ZipArchive.h"

#include <QCoreApplication>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace claimscope::core {
namespace {

using Reason = ImportError::Reason;

constexpr int kStored = 0;
constexpr int kDeflated = 8;

// Inflating in slices of this size is what bounds the overshoot past a limit.
constexpr qint64 kReadChunk = 64 * 1024;

// Sizes in details are in binary units and the C locale: they name a limit, not a quantity to read.
QString formatBytes(qint64 bytes)
{
    constexpr qint64 kMiB = 1024 * 1024;
    if (bytes >= kMiB)
        return QString::number(double(bytes) / kMiB, 'f', bytes % kMiB == 0 ? 0 : 1) + u" MiB";
    if (bytes >= 1024)
        return QString::number(bytes / 1024) + u" KiB";
    return QString::number(bytes) + u" B";
}

bool ratioTooHigh(qint64 inflated, qint64 compressed, const ZipLimits &limits)
{
    return inflated > limits.ratioGraceBytes &&
           inflated / std::max<qint64>(compressed, 1) > limits.maxCompressionRatio;
}

} // namespace

ZipArchive::ZipArchive(const QByteArray &bytes, QString filePath, ZipLimits limits)
    : m_filePath(std::move(filePath))
    , m_limits(limits)
{
    // setData shares the implicitly shared bytes; nothing is copied.
    m_buffer.setData(bytes);
    m_zip = std::make_unique<QuaZip>(&m_buffer);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        m_openError =
            ImportError(Reason::Malformed, m_filePath,
                        QCoreApplication::translate("ZipArchive", "not a ZIP archive, or a truncated one"));
        return;
    }
    // The end record's count is checked first so that a huge claimed count costs nothing, and the walk
    // counts again because that record can understate it.
    const int claimed = m_zip->getEntriesCount();
    if (claimed > m_limits.maxEntries) {
        m_openError = limitError(QString(), QCoreApplication::translate(
                                                "ZipArchive", "%n entries; the limit is %1", nullptr, claimed)
                                                .arg(m_limits.maxEntries));
        return;
    }
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        if (m_order.size() >= m_limits.maxEntries) {
            m_openError = limitError(
                QString(), QCoreApplication::translate("ZipArchive", "more entries than the limit of %1")
                               .arg(m_limits.maxEntries));
            return;
        }
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info)) {
            m_openError = ImportError(Reason::Malformed, m_filePath,
                                      QCoreApplication::translate("ZipArchive", "damaged ZIP directory"));
            return;
        }
        // Package formats forbid two entries of one name, and readers disagree about which one wins:
        // the entry whose header we check could be another than the one inflated.
        if (m_entries.contains(info.name)) {
            m_openError = ImportError(
                Reason::Malformed, m_filePath,
                QCoreApplication::translate("ZipArchive", "%1: two entries of this name").arg(info.name));
            return;
        }
        ZipEntry entry;
        entry.name = info.name;
        entry.compressedSize = qint64(info.compressedSize);
        entry.uncompressedSize = qint64(info.uncompressedSize);
        entry.method = info.method;
        entry.encrypted = info.isEncrypted();
        m_entries.insert(entry.name, entry);
        m_order.append(entry.name);
    }
    if (m_zip->getZipError() != UNZ_OK)
        m_openError = ImportError(Reason::Malformed, m_filePath,
                                  QCoreApplication::translate("ZipArchive", "damaged ZIP directory"));
}

ZipArchive::~ZipArchive() = default;

const ZipEntry *ZipArchive::entry(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

ImportError ZipArchive::limitError(const QString &name, const QString &what) const
{
    return ImportError(Reason::ArchiveLimit, m_filePath, name.isEmpty() ? what : name + u": " + what);
}

std::optional<ImportError> ZipArchive::checkBeforeReading(const ZipEntry &entry) const
{
    if (entry.encrypted)
        return ImportError(Reason::Encrypted, m_filePath, entry.name);
    if (entry.method != kStored && entry.method != kDeflated) {
        return ImportError(
            Reason::Malformed, m_filePath,
            QCoreApplication::translate("ZipArchive", "%1: compression method %2 is not supported")
                .arg(entry.name)
                .arg(entry.method));
    }
    // The header's claims are checked first so that an honest bomb costs nothing; reading checks the
    // real numbers again.
    if (entry.uncompressedSize > m_limits.maxEntryBytes) {
        return limitError(entry.name,
                          QCoreApplication::translate("ZipArchive", "%1 unpacked; the limit is %2")
                              .arg(formatBytes(entry.uncompressedSize), formatBytes(m_limits.maxEntryBytes)));
    }
    if (m_totalRead + entry.uncompressedSize > m_limits.maxTotalBytes) {
        return limitError(
            entry.name,
            QCoreApplication::translate("ZipArchive", "%1 unpacked in all; the limit is %2")
                .arg(formatBytes(m_totalRead + entry.uncompressedSize), formatBytes(m_limits.maxTotalBytes)));
    }
    if (ratioTooHigh(entry.uncompressedSize, entry.compressedSize, m_limits)) {
        return limitError(
            entry.name, QCoreApplication::translate("ZipArchive", "compression ratio %1:1; the limit is %2:1")
                            .arg(entry.uncompressedSize / std::max<qint64>(entry.compressedSize, 1))
                            .arg(m_limits.maxCompressionRatio));
    }
    if (entry.compressedSize > m_buffer.size())
        return ImportError(
            Reason::Malformed, m_filePath,
            QCoreApplication::translate("ZipArchive", "%1: larger than the archive").arg(entry.name));
    return std::nullopt;
}

std::variant<QByteArray, ImportError> ZipArchive::read(const QString &name)
{
    const ZipEntry *info = entry(name);
    if (m_openError)
        return *m_openError;
    if (!info)
        return missingPart(m_filePath, name);
    if (auto refusal = checkBeforeReading(*info))
        return *refusal;
    if (!m_zip->setCurrentFile(name, QuaZip::csSensitive))
        return ImportError(Reason::Malformed, m_filePath,
                           QCoreApplication::translate("ZipArchive", "%1: cannot be located").arg(name));

    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return ImportError(Reason::Malformed, m_filePath,
                           QCoreApplication::translate("ZipArchive", "%1: damaged entry").arg(name));
    // Where the compressed data starts, so that the ratio below compares the bytes inflated so far
    // with the compressed bytes actually consumed for them, not with the header's claim.
    unzFile unz = m_zip->getUnzFile();
    const quint64 dataStart = unzGetCurrentFileZStreamPos64(unz);

    // Reserving from the claim saves copying honest parts as they grow; the claim has passed the
    // limits, the reserve is capped, and untouched pages cost no memory.
    QByteArray data;
    data.reserve(std::min<qint64>(info->uncompressedSize, 16 * 1024 * 1024));
    std::array<char, kReadChunk> chunk;
    qint64 inflated = 0;
    for (;;) {
        const qint64 n = file.read(chunk.data(), qint64(chunk.size()));
        if (n < 0)
            return ImportError(
                Reason::Malformed, m_filePath,
                QCoreApplication::translate("ZipArchive", "%1: damaged compressed data").arg(name));
        if (n == 0)
            break;
        inflated += n;
        m_totalRead += n;
        if (inflated > m_limits.maxEntryBytes) {
            return limitError(name, QCoreApplication::translate("ZipArchive", "more than %1 unpacked")
                                        .arg(formatBytes(m_limits.maxEntryBytes)));
        }
        if (m_totalRead > m_limits.maxTotalBytes) {
            return limitError(name, QCoreApplication::translate("ZipArchive", "more than %1 unpacked in all")
                                        .arg(formatBytes(m_limits.maxTotalBytes)));
        }
        const qint64 consumed = qint64(unzGetCurrentFileZStreamPos64(unz) - dataStart);
        if (ratioTooHigh(inflated, consumed, m_limits)) {
            return limitError(
                name, QCoreApplication::translate("ZipArchive", "compression ratio over %1:1 while unpacking")
                          .arg(m_limits.maxCompressionRatio));
        }
        data.append(chunk.data(), n);
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        return ImportError(Reason::Malformed, m_filePath,
                           file.getZipError() == UNZ_CRCERROR
                               ? QCoreApplication::translate("ZipArchive", "%1: checksum mismatch").arg(name)
                               : QCoreApplication::translate("ZipArchive", "%1: damaged entry").arg(name));
    }
    return data;
}

ImportError missingPart(const QString &filePath, const QString &part)
{
    return ImportError(ImportError::Reason::Malformed, filePath,
                       QCoreApplication::translate("ZipArchive", "%1 is missing").arg(part));
}

} // namespace claimscope::core
