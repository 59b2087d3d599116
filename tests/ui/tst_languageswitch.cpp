#include "core/i18n/Localization.h"
#include "core/project/SampleProject.h"
#include "ui/AppActions.h"
#include "ui/DocumentView.h"
#include "ui/FindBar.h"
#include "ui/MainWindow.h"
#include "ui/ProjectController.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace claimscope;

namespace {

// Every user-visible string of the window and the dialogs open on it, keyed by object and role,
// so that one language's snapshot can be compared with another's item by item.
using Snapshot = QMap<QString, QString>;

QString keyOf(const QObject *object, const char *role)
{
    const QString name = object->objectName().isEmpty()
                             ? QString::fromLatin1(object->metaObject()->className())
                             : object->objectName();
    return QStringLiteral("%1@%2 %3").arg(name).arg(quintptr(object), 0, 16).arg(QLatin1StringView(role));
}

void put(Snapshot &snapshot, const QObject *object, const char *role, QString text)
{
    text.remove(u'&');
    if (!text.trimmed().isEmpty())
        snapshot.insert(keyOf(object, role), text);
}

Snapshot snapshotOf(const QWidget *window)
{
    Snapshot snapshot;
    QList<const QWidget *> roots{window};
    for (const QWidget *top : QApplication::topLevelWidgets()) {
        if (top != window && top->isVisible() && top->parentWidget() == window)
            roots.append(top);
    }
    for (const QWidget *root : roots) {
        QList<const QObject *> objects{root};
        for (const QObject *child : root->findChildren<QObject *>())
            objects.append(child);
        for (const QObject *object : objects) {
            if (const auto *action = qobject_cast<const QAction *>(object)) {
                if (!action->isSeparator()) {
                    put(snapshot, action, "text", action->text());
                    put(snapshot, action, "statusTip", action->statusTip());
                }
            } else if (const auto *menu = qobject_cast<const QMenu *>(object)) {
                put(snapshot, menu, "title", menu->title());
            } else if (const auto *dock = qobject_cast<const QDockWidget *>(object)) {
                put(snapshot, dock, "title", dock->windowTitle());
            } else if (const auto *box = qobject_cast<const QMessageBox *>(object)) {
                put(snapshot, box, "title", box->windowTitle());
                put(snapshot, box, "text", box->text());
                put(snapshot, box, "informativeText", box->informativeText());
            } else if (const auto *label = qobject_cast<const QLabel *>(object)) {
                // A message box's labels repeat its text, which is compared above.
                if (label->isVisible() && !label->parent()->inherits("QMessageBox"))
                    put(snapshot, label, "text", label->text());
            } else if (const auto *button = qobject_cast<const QAbstractButton *>(object)) {
                if (button->isVisible()) {
                    put(snapshot, button, "text", button->text());
                    put(snapshot, button, "toolTip", button->toolTip());
                }
            } else if (const auto *field = qobject_cast<const QLineEdit *>(object)) {
                put(snapshot, field, "placeholder", field->placeholderText());
            } else if (const auto *header = qobject_cast<const QHeaderView *>(object)) {
                for (int section = 0; section < header->count(); ++section) {
                    put(snapshot, header, qPrintable(QStringLiteral("section%1").arg(section)),
                        header->model()->headerData(section, header->orientation()).toString());
                }
            }
        }
    }
    return snapshot;
}

// Proper names, the product name and file formats' names read the same in every language.
bool allowedToStayTheSame(const QString &text)
{
    // "OK" is what Qt's own Russian and Turkish catalogues call the OK button too.
    static const QStringList names = {QStringLiteral("Claimscope"), QStringLiteral("English"),
                                      QStringLiteral("Русский"),    QStringLiteral("Türkçe"),
                                      QStringLiteral("OK"),         QStringLiteral("JSON…")};
    if (names.contains(text))
        return true;
    // Numbers, counters and punctuation alone ("3", "…").
    for (QChar c : text) {
        if (c.isLetter())
            return false;
    }
    return true;
}

QStringList unchanged(const Snapshot &before, const Snapshot &after)
{
    QStringList same;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.value(it.key()) == it.value() && !allowedToStayTheSame(it.value()))
            same.append(it.key() + QStringLiteral(": ") + it.value());
    }
    return same;
}

// Text that a widget shows in one line must fit in the width the layout gave it.
QStringList cutOff(const QWidget *window)
{
    QStringList problems;
    QList<const QWidget *> widgets;
    for (const QWidget *top : QApplication::topLevelWidgets()) {
        if (top->isVisible() && (top == window || top->parentWidget() == window)) {
            widgets.append(top);
            for (const QWidget *child : top->findChildren<QWidget *>())
                widgets.append(child);
        }
    }
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget); label && !label->wordWrap()) {
            if (label->width() < label->sizeHint().width())
                problems.append(QStringLiteral("label “%1”: %2 < %3")
                                    .arg(label->text())
                                    .arg(label->width())
                                    .arg(label->sizeHint().width()));
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
                   button && !button->text().isEmpty()) {
            if (button->width() < button->sizeHint().width())
                problems.append(QStringLiteral("button “%1”: %2 < %3")
                                    .arg(button->text())
                                    .arg(button->width())
                                    .arg(button->sizeHint().width()));
        } else if (const auto *header = qobject_cast<const QHeaderView *>(widget)) {
            for (int section = 0; section < header->count(); ++section) {
                const QString text = header->model()->headerData(section, header->orientation()).toString();
                const int needed = header->fontMetrics().horizontalAdvance(text);
                if (header->sectionSize(section) < needed)
                    problems.append(QStringLiteral("header “%1”: %2 < %3")
                                        .arg(text)
                                        .arg(header->sectionSize(section))
                                        .arg(needed));
            }
        } else if (const auto *bar = qobject_cast<const QMenuBar *>(widget)) {
            for (QAction *action : bar->actions()) {
                if (!bar->rect().contains(bar->actionGeometry(action)))
                    problems.append(QStringLiteral("menu “%1” is outside the menu bar").arg(action->text()));
            }
        }
    }
    return problems;
}

} // namespace

class TestLanguageSwitch final : public QObject {
    Q_OBJECT

private:
    core::Localization m_localization;

    void saveScreenshots(ui::MainWindow &window, const QString &language)
    {
        const QString dir = QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots/");
        QVERIFY(window.grab().save(dir + QStringLiteral("mainwindow-%1.png").arg(language)));
        for (const char *name : {"aboutBox", "importErrors"}) {
            if (auto *box = window.findChild<QMessageBox *>(QLatin1StringView(name)))
                QVERIFY(box->grab().save(dir +
                                         QStringLiteral("%1-%2.png").arg(QLatin1StringView(name), language)));
        }
    }

    void switchTo(ui::MainWindow &window, const char *language)
    {
        auto *action =
            window.findChild<QAction *>(QStringLiteral("actionLanguage_") + QLatin1StringView(language));
        QVERIFY(action);
        action->trigger();
        QCOMPARE(m_localization.language(), QLatin1StringView(language));
        QCoreApplication::processEvents();
        // Let message boxes lay themselves out again for their new text.
        for (QMessageBox *box : window.findChildren<QMessageBox *>())
            box->adjustSize();
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ClaimscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
        QSettings().clear();
        QFile::remove(core::userSampleProjectPath()); // a first start, whatever an earlier run left
        QVERIFY(QDir().mkpath(QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots")));
        QVERIFY(m_localization.setLanguage(QStringLiteral("en")));
    }

    void everyVisibleStringFollowsTheLanguage()
    {
        ui::MainWindow window(&m_localization);
        window.resize(1100, 720);
        QSignalSpy highlighted(&window, &ui::MainWindow::highlightingFinished);
        window.show();
        window.openSampleProject();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The highlight legend and any highlighting message are part of what must follow.
        QVERIFY(highlighted.wait(20000));
        // Dialogs already open must follow too.
        window.actions()->about->trigger();
        QTemporaryDir dir;
        QSignalSpy imported(window.projects(), &ui::ProjectController::importFinished);
        window.openFiles({dir.filePath(QStringLiteral("missing.txt")), dir.path()});
        QVERIFY(imported.wait(60000));
        window.actions()->find->trigger();
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("findQuery")), QStringLiteral("BRICS"));
        QCoreApplication::processEvents();

        const Snapshot english = snapshotOf(&window);
        QVERIFY2(english.size() > 40, qPrintable(QString::number(english.size())));
        QVERIFY2(cutOff(&window).isEmpty(), qPrintable(cutOff(&window).join(u'\n')));
        saveScreenshots(window, QStringLiteral("en"));

        switchTo(window, "ru");
        const Snapshot russian = snapshotOf(&window);
        QCOMPARE(russian.keys(), english.keys());
        QVERIFY2(unchanged(english, russian).isEmpty(), qPrintable(unchanged(english, russian).join(u'\n')));
        QVERIFY2(cutOff(&window).isEmpty(), qPrintable(cutOff(&window).join(u'\n')));
        saveScreenshots(window, QStringLiteral("ru"));

        switchTo(window, "tr");
        const Snapshot turkish = snapshotOf(&window);
        QCOMPARE(turkish.keys(), english.keys());
        QVERIFY2(unchanged(russian, turkish).isEmpty(), qPrintable(unchanged(russian, turkish).join(u'\n')));
        QVERIFY2(unchanged(english, turkish).isEmpty(), qPrintable(unchanged(english, turkish).join(u'\n')));
        QVERIFY2(cutOff(&window).isEmpty(), qPrintable(cutOff(&window).join(u'\n')));
        saveScreenshots(window, QStringLiteral("tr"));

        switchTo(window, "en");
        QCOMPARE(snapshotOf(&window), english);
    }

    void theChoiceIsRemembered()
    {
        ui::MainWindow window(&m_localization);
        window.findChild<QAction *>(QStringLiteral("actionLanguage_tr"))->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("tr"));
        ui::MainWindow again(&m_localization);
        QVERIFY(again.findChild<QAction *>(QStringLiteral("actionLanguage_tr"))->isChecked());
        again.findChild<QAction *>(QStringLiteral("actionLanguageSystem"))->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("system"));
        // The test runs with LANG=C.UTF-8: the system default is English.
        QCOMPARE(m_localization.language(), QStringLiteral("en"));
    }

    void qtsOwnDialogsAreTranslated()
    {
        QVERIFY(m_localization.setLanguage(QStringLiteral("ru")));
        QMessageBox box(QMessageBox::Question, QString(), QString(), QMessageBox::Cancel);
        QCOMPARE(box.button(QMessageBox::Cancel)->text().remove(u'&'), QStringLiteral("Отмена"));
        QVERIFY(m_localization.setLanguage(QStringLiteral("tr")));
        QCOMPARE(box.button(QMessageBox::Cancel)->text().remove(u'&'), QStringLiteral("İptal"));
        QVERIFY(m_localization.setLanguage(QStringLiteral("en")));
        QCOMPARE(box.button(QMessageBox::Cancel)->text().remove(u'&'), QStringLiteral("Cancel"));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
