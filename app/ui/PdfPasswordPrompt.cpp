#include "ui/PdfPasswordPrompt.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace claimscope::ui {

PdfPasswordPrompt::PdfPasswordPrompt(const QString &filePath, bool wrongBefore, QWidget *parent)
    : QDialog(parent)
    , m_filePath(filePath)
    , m_wrongBefore(wrongBefore)
    , m_question(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("pdfPasswordPrompt"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    m_question->setWordWrap(true);
    // Wide enough that the question takes two lines, not four, in every language.
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    m_question->setTextFormat(Qt::PlainText);
    m_password->setEchoMode(QLineEdit::Password);
    // Not kept by input methods or the clipboard history.
    m_password->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_password);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        emit passwordGiven(m_filePath, m_password->text());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    retranslate();
}

void PdfPasswordPrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PdfPasswordPrompt::retranslate()
{
    setWindowTitle(tr("Password Required"));
    const QString name = QFileInfo(m_filePath).fileName();
    m_question->setText(
        m_wrongBefore
            ? tr("The password for “%1” was not correct. Enter it again to import the PDF:").arg(name)
            : tr("“%1” is protected by a password. Enter it to import the PDF:").arg(name));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
}

} // namespace claimscope::ui
