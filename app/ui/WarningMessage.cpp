#include "ui/WarningMessage.h"

#include <QMessageBox>

namespace claimscope::ui {

void showWarning(QWidget *parent, const QString &objectName, const QString &text, const QString &details)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, QStringLiteral("Claimscope"), text, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(details);
    box->show();
}

} // namespace claimscope::ui
