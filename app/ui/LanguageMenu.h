#pragma once

#include <QMenu>

class QActionGroup;

namespace claimscope::core {
class Localization;
}

namespace claimscope::ui {

// View → Language: System default, English, Русский, Türkçe. Choosing one switches the whole
// interface at once and remembers the choice. Languages are named in their own language, so that
// anyone can find theirs whatever the interface shows.
class LanguageMenu final : public QMenu {
    Q_OBJECT

public:
    LanguageMenu(core::Localization *localization, QWidget *parent);

    // The remembered choice: "system", "en", "ru" or "tr".
    static QString savedChoice();
    // The language a choice stands for ("system" → the system's language if we have it).
    static QString languageFor(const QString &choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(const QString &choice);
    void retranslate();

    core::Localization *m_localization;
    QActionGroup *m_group;
    QAction *m_systemAction;
};

} // namespace claimscope::ui
