#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace claimscope::ui {

// Asks for the password of an encrypted PDF an import refused ("“report.pdf” is protected by a
// password"). Window-modal and shown, not exec()'d, so that the window keeps painting and tests
// can answer it (objectName pdfPasswordPrompt); deletes itself when closed. The password is
// handed on once and never stored.
class PdfPasswordPrompt final : public QDialog {
    Q_OBJECT

public:
    // `wrongBefore`: the password given last time for this file was not correct.
    PdfPasswordPrompt(const QString &filePath, bool wrongBefore, QWidget *parent);

    QLineEdit *passwordField() const { return m_password; }

signals:
    void passwordGiven(const QString &filePath, const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_filePath;
    bool m_wrongBefore;
    QLabel *m_question;
    QLineEdit *m_password;
    QDialogButtonBox *m_buttons;
};

} // namespace claimscope::ui
