#pragma once

#include <QStringList>

namespace claimscope::ui {

// The project files opened last, newest first, kept in the user's settings.
class RecentFiles final {
public:
    static constexpr int kMaxEntries = 10;

    QStringList list() const;
    void add(const QString &filePath);
    void clear();
};

} // namespace claimscope::ui
