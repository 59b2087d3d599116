#include "ui/AboutBox.h"

#include "ui/RetranslatingMessageBox.h"

#include <QApplication>

#include <cmark.h>
#include <libxml/xmlversion.h>

namespace claimscope::ui {

// Declared here, not in a header: nothing else needs the class, only the function below.
class AboutBox final : public RetranslatingMessageBox {
    Q_OBJECT

public:
    explicit AboutBox(QWidget *parent)
        : RetranslatingMessageBox(QMessageBox::NoIcon, QMessageBox::Close, parent)
    {
        setObjectName(QStringLiteral("aboutBox"));
        setTextFormat(Qt::RichText);
        setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
        retranslate();
    }

private:
    void retranslate() override
    {
        setWindowTitle(tr("About Claimscope"));
        const QString libraries = QStringLiteral("<ul>"
                                                 "<li>Qt %1 — %2</li>"
                                                 "<li>libxml2 %3 — %4</li>"
                                                 "<li>cmark %5 — %6</li>"
                                                 "<li>uchardet — %7</li>"
                                                 "</ul>")
                                      .arg(QString::fromLatin1(qVersion()), tr("LGPL 3.0"),
                                           QString::fromLatin1(LIBXML_DOTTED_VERSION), tr("MIT licence"),
                                           QString::fromLatin1(cmark_version_string()),
                                           tr("BSD 2-clause licence"), tr("MPL 1.1, GPL 2.0 or LGPL 2.1"));
        setText(QStringLiteral("<h3>Claimscope %1</h3><p>%2</p><p>%3</p><p>%4</p>%5")
                    .arg(QStringLiteral(CLAIMSCOPE_VERSION),
                         tr("See who said what, who claimed what, and which figures each source cites."),
                         tr("Claimscope is free software under the GNU General Public License, version 3 or "
                            "later. It never uses the network and collects no data."),
                         tr("Built with these libraries:"), libraries));
    }
};

void showAboutBox(QWidget *parent)
{
    (new AboutBox(parent))->open();
}

} // namespace claimscope::ui

#include "AboutBox.moc"
