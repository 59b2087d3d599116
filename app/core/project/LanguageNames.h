#pragma once

#include <QCoreApplication>
#include <QString>

namespace claimscope::core {

class LanguageNames final {
    Q_DECLARE_TR_FUNCTIONS(LanguageNames)

public:
    // "English", "Russian", … in the interface language; the code itself for languages we do not name.
    static QString displayName(const QString &code);
};

} // namespace claimscope::core
