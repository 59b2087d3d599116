#include "ui/AppActions.h"

#include <QIcon>

namespace claimscope::ui {
namespace {

QAction *makeAction(QObject *parent, const char *objectName, QKeySequence::StandardKey key,
                    const QString &iconName = {})
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1StringView(objectName));
    if (key != QKeySequence::UnknownKey)
        action->setShortcuts(key);
    if (!iconName.isEmpty())
        action->setIcon(QIcon::fromTheme(iconName));
    return action;
}

} // namespace

AppActions::AppActions(QObject *parent)
    : open(makeAction(parent, "actionOpen", QKeySequence::Open, QStringLiteral("document-open")))
    , clearRecent(makeAction(parent, "actionClearRecent", QKeySequence::UnknownKey))
    , quit(makeAction(parent, "actionQuit", QKeySequence::Quit, QStringLiteral("application-exit")))
    , copy(makeAction(parent, "actionCopy", QKeySequence::Copy, QStringLiteral("edit-copy")))
    , find(makeAction(parent, "actionFind", QKeySequence::Find, QStringLiteral("edit-find")))
    , findNext(makeAction(parent, "actionFindNext", QKeySequence::FindNext))
    , findPrevious(makeAction(parent, "actionFindPrevious", QKeySequence::FindPrevious))
    , zoomIn(makeAction(parent, "actionZoomIn", QKeySequence::ZoomIn, QStringLiteral("zoom-in")))
    , zoomOut(makeAction(parent, "actionZoomOut", QKeySequence::ZoomOut, QStringLiteral("zoom-out")))
    , zoomReset(
          makeAction(parent, "actionZoomReset", QKeySequence::UnknownKey, QStringLiteral("zoom-original")))
    , about(makeAction(parent, "actionAbout", QKeySequence::UnknownKey, QStringLiteral("help-about")))
    , aboutQt(makeAction(parent, "actionAboutQt", QKeySequence::UnknownKey))
{
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    retranslate();
}

void AppActions::retranslate()
{
    open->setText(tr("&Open…"));
    open->setStatusTip(tr("Open text, Markdown or HTML files as sources"));
    clearRecent->setText(tr("&Clear Recent Files"));
    quit->setText(tr("&Quit"));
    copy->setText(tr("&Copy"));
    find->setText(tr("&Find…"));
    find->setStatusTip(tr("Search the text of the open source"));
    findNext->setText(tr("Find &Next"));
    findPrevious->setText(tr("Find Pre&vious"));
    zoomIn->setText(tr("Zoom &In"));
    zoomOut->setText(tr("Zoom &Out"));
    zoomReset->setText(tr("&Reset Zoom"));
    about->setText(tr("&About Claimscope"));
    aboutQt->setText(tr("About &Qt"));
}

} // namespace claimscope::ui
