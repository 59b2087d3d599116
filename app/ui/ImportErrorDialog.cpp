#include "ui/ImportErrorDialog.h"

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
        QStringList lines;
        for (const core::ImportError &error : errors)
            lines.append(error.message());
        box->setInformativeText(lines.join(u'\n'));
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
