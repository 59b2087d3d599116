#include "core/document/office/CompoundFile.h"

#include <QtEndian>

namespace claimscope::core {
namespace {

constexpr qsizetype kDirectoryEntrySize = 128;
constexpr qsizetype kNameLengthOffset = 64;
constexpr qsizetype kObjectTypeOffset = 66;
constexpr quint8 kStreamObject = 2;

} // namespace

bool isCompoundFile(const QByteArray &bytes)
{
    static const QByteArray magic = QByteArray::fromHex("D0CF11E0A1B11AE1");
    return bytes.startsWith(magic);
}

bool compoundFileHasStream(const QByteArray &bytes, QStringView name)
{
    if (!isCompoundFile(bytes) || bytes.size() < 512 || name.isEmpty() || name.size() > 31)
        return false;
    // Version 3 files have 512-byte sectors, version 4 files 4096-byte ones; the header fills the
    // first sector either way.
    const quint16 sectorShift = qFromLittleEndian<quint16>(bytes.constData() + 30);
    if (sectorShift != 9 && sectorShift != 12)
        return false;
    const qsizetype headerSize = qsizetype(1) << sectorShift;

    QByteArray encodedName;
    for (QChar c : name)
        encodedName.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    const auto nameBytes = quint16(encodedName.size() + 2); // with its terminating NUL

    for (qsizetype at = headerSize; at + kDirectoryEntrySize <= bytes.size(); at += kDirectoryEntrySize) {
        const char *record = bytes.constData() + at;
        if (qFromLittleEndian<quint16>(record + kNameLengthOffset) != nameBytes)
            continue;
        if (quint8(record[kObjectTypeOffset]) != kStreamObject)
            continue;
        if (QByteArrayView(record, encodedName.size()) == encodedName)
            return true;
    }
    return false;
}

} // namespace claimscope::core
