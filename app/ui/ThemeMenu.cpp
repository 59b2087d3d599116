#include "ui/ThemeMenu.h"

#include "core/highlight/HighlighterClient.h"

#include <QActionGroup>
#include <QEvent>
#include <QPalette>
#include <QSettings>

namespace claimscope::ui {
namespace {

const QString kThemeKey = QStringLiteral("highlightTheme");
const QString kLightTheme = QStringLiteral("Breeze Light");
const QString kDarkTheme = QStringLiteral("Breeze Dark");

} // namespace

ThemeMenu::ThemeMenu(core::HighlighterClient *client, QWidget *parent)
    : QMenu(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("themeMenu"));
    connect(this, &QMenu::aboutToShow, this, &ThemeMenu::rebuild);
    setTitle(tr("Highlighting &Theme"));
}

QString ThemeMenu::currentTheme(const QPalette &palette)
{
    const QString chosen = QSettings().value(kThemeKey).toString();
    if (!chosen.isEmpty())
        return chosen;
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? kDarkTheme : kLightTheme;
}

void ThemeMenu::rebuild()
{
    clear();
    auto *group = new QActionGroup(this);
    const QString chosen = QSettings().value(kThemeKey).toString();
    QAction *automatic = addAction(tr("Automatic (Light or Dark)"));
    automatic->setObjectName(QStringLiteral("actionThemeAutomatic"));
    automatic->setData(QString());
    addSeparator();
    const auto themes = m_client->themes();
    if (const auto *error = std::get_if<QString>(&themes)) {
        QAction *unavailable = addAction(tr("Themes unavailable: %1").arg(*error));
        unavailable->setEnabled(false);
    } else {
        for (const core::ThemeInfo &theme : std::get<QList<core::ThemeInfo>>(themes)) {
            QAction *action = addAction(theme.translatedName.isEmpty() ? theme.name : theme.translatedName);
            action->setData(theme.name);
        }
    }
    for (QAction *action : actions()) {
        if (action->isSeparator() || !action->isEnabled())
            continue;
        action->setCheckable(true);
        action->setChecked(action->data().toString() == chosen);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        QSettings().setValue(kThemeKey, action->data().toString());
        emit themeChosen();
    });
}

void ThemeMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setTitle(tr("Highlighting &Theme"));
    QMenu::changeEvent(event);
}

} // namespace claimscope::ui
