#pragma once

#include <QCoreApplication>
#include <QString>

namespace claimscope::core {

// Large amounts the way the interface language writes them in prose and charts:
// 43.5 billion, 43,5 млрд, 43,5 milyar. Smaller numbers get the locale's digit grouping.
class NumberFormat final {
    Q_DECLARE_TR_FUNCTIONS(NumberFormat)

public:
    static QString scaled(double value, int maxDecimals = 1);
};

} // namespace claimscope::core
