#pragma once

#include "ui/RetranslatingMessageBox.h"

#include <QStringList>

class QPushButton;

namespace claimscope::ui {

// "Import 2 files into “Sample”?" for files opened from the desktop while a window is running: a
// double-click must not change a project without the user saying so. Window-modal and shown, not
// exec()'d (tests find it by its objectName, desktopFilesPrompt); it deletes itself when closed.
class DesktopFilesPrompt final : public RetranslatingMessageBox {
    Q_OBJECT

public:
    // `projectName` is the open project's name; empty when it has none to show.
    DesktopFilesPrompt(const QStringList &files, const QString &projectName, QWidget *parent);

    QPushButton *importButton() const { return m_import; }
    const QStringList &files() const { return m_files; }

signals:
    // The user chose Import.
    void importAccepted(const QStringList &files);

protected:
    void retranslate() override;

private:
    QStringList m_files;
    QString m_projectName;
    QPushButton *m_import;
};

} // namespace claimscope::ui
