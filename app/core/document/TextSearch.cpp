#include "core/document/TextSearch.h"

namespace claimscope::core {

QList<qsizetype> findAll(QStringView text, QStringView needle, Qt::CaseSensitivity cs, qsizetype limit)
{
    QList<qsizetype> offsets;
    if (needle.isEmpty())
        return offsets;
    for (qsizetype at = text.indexOf(needle, 0, cs); at >= 0 && offsets.size() < limit;
         at = text.indexOf(needle, at + needle.size(), cs)) {
        offsets.append(at);
    }
    return offsets;
}

} // namespace claimscope::core
