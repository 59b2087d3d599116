#pragma once

#include <QJsonObject>

namespace claimscope::ui {

class MainWindow;

// What a running window shows, as the single-instance status answer: its process id, the project file and
// whether it is read-only, how many sources it has and their titles, the title of the source on screen, the
// files an open import question asks about, and whether an import runs. Lets a test, or the package
// check, see that a file opened from the desktop really is open without reading pixels.
QJsonObject windowStatus(const MainWindow &window);

} // namespace claimscope::ui
