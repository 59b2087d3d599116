#pragma once

#include <QCoreApplication>
#include <QStringView>

namespace claimscope::core {

struct TextStatistics {
    qsizetype characters = 0; // Unicode code points, not UTF-16 units
    qsizetype words = 0;      // Unicode word segments that contain a letter or a digit
};

TextStatistics measureText(QStringView text);

// "2,983 characters", "1 word": the counts as the interface language says them.
class TextStatisticsLabels final {
    Q_DECLARE_TR_FUNCTIONS(TextStatisticsLabels)

public:
    static QString characters(qsizetype count);
    static QString words(qsizetype count);
};

} // namespace claimscope::core
