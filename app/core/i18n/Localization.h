#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace claimscope::core {

// The interface language of the whole process: our catalogue, Qt's own (standard buttons and
// dialogs) and the default QLocale (numbers, dates) switch together. Installing a translator sends
// QEvent::LanguageChange to every widget, which is how open windows retranslate without a restart.
class Localization final : public QObject {
    Q_OBJECT

public:
    explicit Localization(QObject *parent = nullptr);
    ~Localization() override;

    // "en", "ru" or "tr"; anything else falls back to English. Returns false when a catalogue of
    // ours could not be loaded (the language is still switched as far as possible).
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }

    // The language of the system's locale if it is one of ours, English otherwise.
    static QString systemLanguage();
    static QStringList supportedLanguages();

signals:
    void languageChanged(const QString &code);

private:
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_language;
};

} // namespace claimscope::core
