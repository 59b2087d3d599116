#pragma once

#include "core/document/ImportError.h"

#include <QByteArrayView>
#include <QString>

#include <variant>

namespace claimscope::core {

struct DecodedText {
    QString text;
    QString encoding;
};

struct DecodeFailure {
    ImportError::Reason reason;
    QString detail;
};

// Turns the bytes of a text file into text, or says why it cannot:
//  1. a byte-order mark decides (UTF-8, UTF-16, UTF-32), strictly;
//  2. bytes with NULs or many control characters are binary, not text;
//  3. an encoding the file declares itself (HTML <meta charset>) is used when Qt knows it;
//  4. valid UTF-8 is UTF-8;
//  5. mostly-valid UTF-8 with a few broken sequences is damaged UTF-8, reported, never guessed;
//  6. anything else is a legacy 8-bit text whose encoding uchardet detects (Windows-1251, KOI8-R,
//     ISO-8859-5, CP866, ISO-8859-9 …); an encoding it cannot name is an error, not a guess.
// Line endings come out as "\n".
std::variant<DecodedText, DecodeFailure> decodeText(QByteArrayView bytes,
                                                    QByteArrayView declaredEncoding = {});

} // namespace claimscope::core
