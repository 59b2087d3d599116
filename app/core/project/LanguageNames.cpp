#include "core/project/LanguageNames.h"

namespace claimscope::core {

QString LanguageNames::displayName(const QString &code)
{
    if (code == u"en")
        return tr("English");
    if (code == u"ru")
        return tr("Russian");
    if (code == u"tr")
        return tr("Turkish");
    if (code == u"kk")
        return tr("Kazakh");
    if (code.isEmpty())
        return tr("Unknown");
    return code;
}

} // namespace claimscope::core
