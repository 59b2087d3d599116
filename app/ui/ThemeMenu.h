#pragma once

#include <QMenu>

namespace claimscope::core {
class HighlighterClient;
}

namespace claimscope::ui {

// View → Highlighting Theme: Automatic (a light or dark theme to match the window), then every
// theme KSyntaxHighlighting has. The list is asked of the helper when the menu opens.
class ThemeMenu final : public QMenu {
    Q_OBJECT

public:
    ThemeMenu(core::HighlighterClient *client, QWidget *parent);

    // The theme to ask for now: the user's choice, or for Automatic one that suits the palette.
    static QString currentTheme(const QPalette &palette);

signals:
    void themeChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    core::HighlighterClient *m_client;
};

} // namespace claimscope::ui
