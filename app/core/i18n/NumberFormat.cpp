#include "core/i18n/NumberFormat.h"

#include <QLocale>

#include <cmath>

namespace claimscope::core {
namespace {

// Trailing zeros add nothing to "43.0 billion".
QString compactNumber(double value, int maxDecimals)
{
    const QLocale locale;
    QString text = locale.toString(value, 'f', maxDecimals);
    if (maxDecimals > 0) {
        const QString decimalPoint = locale.decimalPoint();
        if (text.contains(decimalPoint)) {
            while (text.endsWith(u'0'))
                text.chop(1);
            if (text.endsWith(decimalPoint))
                text.chop(decimalPoint.size());
        }
    }
    return text;
}

} // namespace

QString NumberFormat::scaled(double value, int maxDecimals)
{
    const double magnitude = std::abs(value);
    if (magnitude >= 1e12)
        return tr("%1 trillion").arg(compactNumber(value / 1e12, maxDecimals));
    if (magnitude >= 1e9)
        return tr("%1 billion").arg(compactNumber(value / 1e9, maxDecimals));
    if (magnitude >= 1e6)
        return tr("%1 million").arg(compactNumber(value / 1e6, maxDecimals));
    return compactNumber(value, maxDecimals);
}

} // namespace claimscope::core
