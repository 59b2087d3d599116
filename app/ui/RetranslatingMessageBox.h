#pragma once

#include <QEvent>
#include <QMessageBox>

namespace claimscope::ui {

// A message box that deletes itself when closed and sets its texts again whenever the interface
// language changes, so that one left open follows a switch like the rest of the window.
class RetranslatingMessageBox : public QMessageBox {
    Q_OBJECT

public:
    RetranslatingMessageBox(Icon icon, StandardButtons buttons, QWidget *parent)
        : QMessageBox(icon, QString(), QString(), buttons, parent)
    {
        setAttribute(Qt::WA_DeleteOnClose);
    }

protected:
    // Sets every text of the box; derived constructors call it once too.
    virtual void retranslate() = 0;

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QMessageBox::changeEvent(event);
    }
};

} // namespace claimscope::ui
