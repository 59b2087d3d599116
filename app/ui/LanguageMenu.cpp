#include "ui/LanguageMenu.h"

#include "core/i18n/Localization.h"

#include <QActionGroup>
#include <QEvent>
#include <QSettings>

namespace claimscope::ui {
namespace {

const QString kLanguageKey = QStringLiteral("language");
const QString kSystemChoice = QStringLiteral("system");

struct NativeName {
    const char16_t *code;
    const char16_t *name;
};

// Deliberately not translated: each language in its own words.
constexpr NativeName kLanguages[] = {{u"en", u"English"}, {u"ru", u"Русский"}, {u"tr", u"Türkçe"}};

} // namespace

LanguageMenu::LanguageMenu(core::Localization *localization, QWidget *parent)
    : QMenu(parent)
    , m_localization(localization)
    , m_group(new QActionGroup(this))
    , m_systemAction(addAction(QString()))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_systemAction->setObjectName(QStringLiteral("actionLanguageSystem"));
    m_systemAction->setData(kSystemChoice);
    addSeparator();
    for (const NativeName &language : kLanguages) {
        QAction *action = addAction(QString::fromUtf16(language.name));
        action->setObjectName(QStringLiteral("actionLanguage_") + QString::fromUtf16(language.code));
        action->setData(QString::fromUtf16(language.code));
    }
    const QString saved = savedChoice();
    for (QAction *action : actions()) {
        if (action->isSeparator())
            continue;
        action->setCheckable(true);
        action->setChecked(action->data().toString() == saved);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { choose(action->data().toString()); });
    retranslate();
}

QString LanguageMenu::savedChoice()
{
    const QString choice = QSettings().value(kLanguageKey, kSystemChoice).toString();
    return core::Localization::supportedLanguages().contains(choice) ? choice : kSystemChoice;
}

QString LanguageMenu::languageFor(const QString &choice)
{
    return choice == kSystemChoice ? core::Localization::systemLanguage() : choice;
}

void LanguageMenu::choose(const QString &choice)
{
    QSettings().setValue(kLanguageKey, choice);
    if (m_localization)
        m_localization->setLanguage(languageFor(choice));
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_systemAction->setText(tr("System Default"));
    m_systemAction->setStatusTip(tr("Follow the language of the system, or English if it is not available"));
}

} // namespace claimscope::ui
