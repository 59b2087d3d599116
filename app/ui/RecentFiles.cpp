#include "ui/RecentFiles.h"

#include <QSettings>

namespace claimscope::ui {
namespace {

const QString kKey = QStringLiteral("recentProjects");

} // namespace

QStringList RecentFiles::list() const
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString &filePath)
{
    QStringList files = list();
    files.removeAll(filePath);
    files.prepend(filePath);
    while (files.size() > kMaxEntries)
        files.removeLast();
    QSettings().setValue(kKey, files);
}

void RecentFiles::clear()
{
    QSettings().remove(kKey);
}

} // namespace claimscope::ui
