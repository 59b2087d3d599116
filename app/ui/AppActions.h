#pragma once

#include <QAction>
#include <QCoreApplication>

namespace claimscope::ui {

// Every action of the main window, created and named in one place so that menus, shortcuts and
// translations cannot drift apart.
class AppActions final {
    Q_DECLARE_TR_FUNCTIONS(AppActions)

public:
    explicit AppActions(QObject *parent);

    // Texts, tooltips and status tips in the current interface language.
    void retranslate();

    QAction *open;
    QAction *clearRecent;
    QAction *quit;
    QAction *copy;
    QAction *find;
    QAction *findNext;
    QAction *findPrevious;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomReset;
    QAction *about;
    QAction *aboutQt;
};

} // namespace claimscope::ui
