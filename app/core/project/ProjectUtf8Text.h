#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace claimscope::core::tables {

// The QString that Qt's SQLite driver gives for a TEXT value stored as these UTF-8 bytes, or
// nothing when only SQLite's own conversion can say. The driver asks SQLite for UTF-16
// (sqlite3_column_text16); SQLite's converter agrees with strict UTF-8 decoding on strict UTF-8 and
// on nothing else (it keeps stray bytes, reads overlong and surrogate forms, and turns U+FFFE and
// U+FFFF into U+FFFD). So this decodes strict UTF-8 without those two and returns nothing for any
// other bytes, and for a byte order mark at the very start, whose handling no decoder should be
// trusted with. The string has exactly its size, as the driver's has, and an empty text is an
// empty string, not a null one. `scratch` is working space, kept between calls.
std::optional<QString> driverText(const unsigned char *bytes, qsizetype size, std::vector<char16_t> &scratch);

} // namespace claimscope::core::tables
