#pragma once

#include <QString>

class QWidget;

namespace claimscope::ui {

// A window-modal warning that is shown, not exec()'d: the window keeps painting, nothing waits on
// it, and tests find it by `objectName`. It deletes itself when closed.
void showWarning(QWidget *parent, const QString &objectName, const QString &text,
                 const QString &details = {});

} // namespace claimscope::ui
