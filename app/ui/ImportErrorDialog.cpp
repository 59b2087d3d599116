#include "ui/ImportErrorDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStringList>

namespace claimscope::ui {

class ImportErrorDialog final {
    Q_DECLARE_TR_FUNCTIONS(ImportErrorDialog)

public:
    static void show(QWidget *parent, const QList<core::ImportError> &errors)
    {
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Claimscope"),
                            tr("%n file(s) could not be opened.", nullptr, static_cast<int>(errors.size())),
                            QMessageBox::Ok, parent);
        box->setObjectName(QStringLiteral("importErrors"));
        // The file name first, then why, then where: long paths must not bury the reason.
        QString details;
        for (const core::ImportError &error : errors) {
            const QString path = QDir::toNativeSeparators(error.filePath());
            QString reason = error.reasonText();
            // The interface language's own capital (Turkish i → İ).
            reason.replace(0, 1, QLocale().toUpper(reason.left(1)));
            details += QStringLiteral("<p><b>%1</b><br>%2<br><small>%3</small></p>")
                           .arg(QFileInfo(path).fileName().toHtmlEscaped(), reason.toHtmlEscaped(),
                                path.toHtmlEscaped());
        }
        box->setTextFormat(Qt::PlainText);
        box->setInformativeText(details);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->show();
    }
};

void showImportErrors(QWidget *parent, const QList<core::ImportError> &errors)
{
    if (!errors.isEmpty())
        ImportErrorDialog::show(parent, errors);
}

} // namespace claimscope::ui
