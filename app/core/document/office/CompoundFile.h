#pragma once

#include <QByteArray>
#include <QStringView>

namespace claimscope::core {

// OLE compound files ("CFB"): the container of Word 97–2003 documents, and of password-protected
// OOXML documents, which Office writes not as a ZIP but as a compound file holding an EncryptionInfo
// and an EncryptedPackage stream.
bool isCompoundFile(const QByteArray &bytes);

// Whether a compound file has a stream of this name. Directory entries are looked for where they
// can only be (128-byte records after the header sector, with the name's length and the stream type
// at their fixed places) instead of following the allocation chains: we only need to tell an
// encrypted package from other compound files, not read the stream.
bool compoundFileHasStream(const QByteArray &bytes, QStringView name);

} // namespace claimscope::core
