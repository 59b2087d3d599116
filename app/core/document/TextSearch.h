#pragma once

#include <QList>
#include <QStringView>

namespace claimscope::core {

// Start offsets of every occurrence of `needle` in `text`, at most `limit` of them.
// Matches do not overlap, as a reader stepping through them expects.
QList<qsizetype> findAll(QStringView text, QStringView needle, Qt::CaseSensitivity cs,
                         qsizetype limit = 100000);

} // namespace claimscope::core
