#include "core/i18n/Localization.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>

namespace claimscope::core {

Localization::Localization(QObject *parent)
    : QObject(parent)
{
}

Localization::~Localization()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList Localization::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("tr")};
}

QString Localization::systemLanguage()
{
    // uiLanguages() honours LANGUAGE and LC_MESSAGES, not only LANG.
    const QStringList preferred = QLocale::system().uiLanguages();
    const QString code = preferred.isEmpty() ? QString() : preferred.first().left(2).toLower();
    return supportedLanguages().contains(code) ? code : QStringLiteral("en");
}

bool Localization::setLanguage(const QString &requested)
{
    const QString code = supportedLanguages().contains(requested) ? requested : QStringLiteral("en");

    // New translators first, old ones out after: widgets see one LanguageChange per install, and
    // never a moment with no catalogue at all.
    auto appTranslator = std::make_unique<QTranslator>();
    const bool loaded = appTranslator->load(QStringLiteral(":/i18n/claimscope_%1.qm").arg(code));
    auto qtTranslator = std::make_unique<QTranslator>();
    const bool qtLoaded =
        code != u"en" && qtTranslator->load(QStringLiteral("qtbase_%1").arg(code),
                                            QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();

    QLocale::setDefault(QLocale(code));
    if (qtLoaded) {
        QCoreApplication::installTranslator(qtTranslator.get());
        m_qtTranslator = std::move(qtTranslator);
    }
    if (loaded) {
        QCoreApplication::installTranslator(appTranslator.get());
        m_appTranslator = std::move(appTranslator);
    }
    // Installing posts LanguageChange; deliver it now, so that every window has been retranslated
    // when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    m_language = code;
    emit languageChanged(code);
    return loaded;
}

} // namespace claimscope::core
