#include "ui/ImportErrorDialog.h"

#include "ui/RetranslatingMessageBox.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace claimscope::ui {

// Declared here, not in a header: nothing else needs the class, only the function below.
class ImportErrorDialog final : public RetranslatingMessageBox {
    Q_OBJECT

public:
    ImportErrorDialog(QWidget *parent, QList<core::ImportError> errors)
        : RetranslatingMessageBox(QMessageBox::Warning, QMessageBox::Ok, parent)
        , m_errors(std::move(errors))
    {
        setObjectName(QStringLiteral("importErrors"));
        setWindowTitle(QStringLiteral("Claimscope"));
        setTextFormat(Qt::PlainText);
        setWindowModality(Qt::WindowModal);
        retranslate();
    }

private:
    void retranslate() override
    {
        setText(tr("%n file(s) could not be opened.", nullptr, static_cast<int>(m_errors.size())));
        // The file name first, then why, then where: long paths must not bury the reason.
        QString details;
        for (const core::ImportError &error : m_errors) {
            const QString path = QDir::toNativeSeparators(error.filePath());
            QString reason = error.reasonText();
            // The interface language's own capital (Turkish i → İ).
            reason.replace(0, 1, QLocale().toUpper(reason.left(1)));
            details += QStringLiteral("<p><b>%1</b><br>%2<br><small>%3</small></p>")
                           .arg(QFileInfo(path).fileName().toHtmlEscaped(), reason.toHtmlEscaped(),
                                path.toHtmlEscaped());
        }
        setInformativeText(details);
    }

    QList<core::ImportError> m_errors;
};

void showImportErrors(QWidget *parent, const QList<core::ImportError> &errors)
{
    if (!errors.isEmpty())
        (new ImportErrorDialog(parent, errors))->show();
}

} // namespace claimscope::ui

#include "ImportErrorDialog.moc"
