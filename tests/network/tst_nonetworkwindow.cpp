// No network, provably, in the window (issue 12): a QTcpServer on 127.0.0.1 counts every connection;
// files that refer to it in every way their formats allow (made by make_network_files.py with the
// server's port) are dropped on the window, shown one by one in the viewer, analysed again and
// exported as an annotated PDF and a REFI-QDA project; a REFI-QDA project whose sources live on the
// server is imported through File → Import REFI-QDA Project, shown, analysed and exported too. The
// server must see no connection.
//
// Positive controls show that the count can fail: a bare TCP connect, and a fetch of one of the
// planted addresses with Qt's own network access, are both counted before the window starts.

#include "core/project/Project.h"
#include "core/project/SourceListModel.h"
#include "ui/DocumentView.h"
#include "ui/InterchangeFlow.h"
#include "ui/MainWindow.h"
#include "ui/PdfExportFlow.h"
#include "ui/ProjectController.h"
#include "ui/pdf/PdfExportTypes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace claimscope;
using namespace Qt::StringLiterals;

namespace {

// Generous limits that only turn a hang into a failure: an import or an export of these small files
// takes about a second, several under the sanitizers.
constexpr int kHangMs = 120000;
// How long the event loop runs after each step, so that a resource loaded lazily (a picture the
// viewer would fetch once shown, a timer-driven request) has time to connect.
constexpr int kSettleMs = 300;

struct PlantedFile {
    QString path;
    QString expect; // "import", "any", "qdpx-import" or "qdpx-any" (see make_network_files.py)
    int references = 0;
};

// Closes the window-modal messages an import or export left open (errors, reports).
void closeMessages(QWidget &window)
{
    for (QMessageBox *box : window.findChildren<QMessageBox *>()) {
        if (box->isVisible())
            box->close();
    }
}

} // namespace

class TestNoNetworkWindow final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTcpServer m_server;
    int m_connections = 0; // since the current test function started
    int m_earlier = 0;     // in the test functions before it, the positive control left out
    QStringList m_log;     // what each connection sent first, for the failure message
    QList<PlantedFile> m_files;
    int m_references = 0;

    void countConnections()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            const QString peer = u"%1:%2"_s.arg(socket->peerAddress().toString()).arg(socket->peerPort());
            const QString waiting = peer + u" (no request yet)"_s;
            m_log.append(waiting);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, peer, waiting] {
                const QByteArray line = socket->readLine(1024).trimmed();
                if (const qsizetype entry = m_log.indexOf(waiting); entry >= 0)
                    m_log[entry] = peer + u' ' + QString::fromLatin1(line);
                socket->write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n");
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    // The count after the event loop has run a little and every pending connection was taken.
    int settledCount(int ms = kSettleMs)
    {
        QTest::qWait(ms);
        countConnections();
        return m_connections;
    }
    bool noConnection() { return settledCount() == 0; }

    QString connectionReport() const
    {
        return u"%1 connection(s):\n  %2"_s.arg(m_connections).arg(m_log.join(u"\n  "_s));
    }

    QStringList filesExpected(const QStringList &expects) const
    {
        QStringList paths;
        for (const PlantedFile &file : m_files) {
            if (expects.contains(file.expect))
                paths.append(file.path);
        }
        return paths;
    }

    // Drops `paths` on the window as a file manager would, and waits for the import to end.
    bool dropFiles(ui::MainWindow &window, const QStringList &paths, const QList<QUrl> &extraUrls = {})
    {
        QList<QUrl> urls = extraUrls;
        for (const QString &path : paths)
            urls.append(QUrl::fromLocalFile(path));
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint centre = window.rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false); // the window must take the drag itself
        QCoreApplication::sendEvent(&window, &enter);
        if (!enter.isAccepted())
            return false;
        QSignalSpy finished(window.projects(), &ui::ProjectController::importFinished);
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        return finished.wait(kHangMs);
    }

    // Every source of the open project in the viewer, each until its highlights are painted.
    void showEverySource(ui::MainWindow &window)
    {
        for (int row = 0; row < window.sources()->rowCount(); ++row) {
            // The source already in the viewer is not opened again, so no highlights would come.
            const bool shown = window.currentSourceRow() == row;
            QSignalSpy highlighted(&window, &ui::MainWindow::highlightingFinished);
            window.selectSource(row);
            QVERIFY(window.documentView()->hasDocument());
            QVERIFY2(shown || highlighted.wait(kHangMs), "the viewer's highlights never came");
            QVERIFY(!window.documentView()->textView()->toPlainText().isEmpty());
            QVERIFY2(noConnection(), qPrintable(connectionReport()));
        }
    }

    void reanalyse(ui::MainWindow &window)
    {
        QSignalSpy done(window.projects(), &ui::ProjectController::reanalysisFinished);
        window.projects()->reanalyseSources();
        QVERIFY2(done.wait(kHangMs), "the analysis never finished");
        QCOMPARE(done.first().first().toInt(), int(window.project()->sources().size()));
    }

    void exportAll(ui::MainWindow &window, const QString &name)
    {
        const QString pdf = m_dir.filePath(name + u".pdf"_s);
        QVERIFY(window.pdfExport()->exportTo(*window.project(), ui::pdf::PdfExportOptions(), pdf));
        QVERIFY(QFileInfo(pdf).size() > 0);
        const QString qdpx = m_dir.filePath(name + u".qdpx"_s);
        QVERIFY(window.interchange()->exportTo(core::ExportFormat::Qdpx, qdpx));
        QVERIFY(QFileInfo(qdpx).size() > 0);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClaimscopeTests"_s);
        QCoreApplication::setApplicationName(u"tst_nonetworkwindow"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        // No proxy may carry a request for 127.0.0.1 elsewhere, or hide one from the server.
        for (const char *variable : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"})
            qunsetenv(variable);
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            QSKIP(qPrintable(u"cannot listen on 127.0.0.1: "_s + m_server.errorString()));
        connect(&m_server, &QTcpServer::newConnection, this, &TestNoNetworkWindow::countConnections);

        // The files, made for this server's port.
        QProcess maker;
        maker.start(QStringLiteral(CLAIMSCOPE_PYTHON),
                    {QStringLiteral(CLAIMSCOPE_NETWORK_FILES_SCRIPT), QString::number(m_server.serverPort()),
                     m_dir.filePath(u"files"_s)});
        QVERIFY(maker.waitForFinished(kHangMs));
        QVERIFY2(maker.exitStatus() == QProcess::NormalExit && maker.exitCode() == 0,
                 maker.readAllStandardError().constData());
        QFile manifestFile(m_dir.filePath(u"files/manifest.json"_s));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        QCOMPARE(manifest.value(u"port"_s).toInt(), int(m_server.serverPort()));
        for (const QJsonValue &value : manifest.value(u"files"_s).toArray()) {
            const QJsonObject entry = value.toObject();
            PlantedFile file{m_dir.filePath(u"files/"_s + entry.value(u"file"_s).toString()),
                             entry.value(u"expect"_s).toString(), entry.value(u"references"_s).toInt()};
            QVERIFY2(file.references > 0, qPrintable(file.path));
            m_references += file.references;
            m_files.append(file);
        }
        QVERIFY(m_files.size() >= 10);
        qInfo("%d files, %d references to 127.0.0.1:%d", int(m_files.size()), m_references,
              int(m_server.serverPort()));
    }

    void init()
    {
        QSettings().clear();
        m_earlier += m_connections;
        m_connections = 0;
        m_log.clear();
    }

    // The counter counts: a TCP connect that sends nothing, then a fetch of a planted address.
    void positiveControl()
    {
        QTcpSocket bare;
        bare.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
        QVERIFY(bare.waitForConnected(5000));
        QTRY_COMPARE(m_connections, 1);
        bare.disconnectFromHost();

        QFile html(filesExpected({u"import"_s}).filter(u".html"_s).value(0));
        QVERIFY(html.open(QIODevice::ReadOnly));
        static const QRegularExpression planted(u"http://127\\.0\\.0\\.1:\\d+/[^\"' )]+"_s);
        const QString url = planted.match(QString::fromUtf8(html.readAll())).captured(0);
        QVERIFY(!url.isEmpty());
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(QUrl(url))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(m_connections, 2);
        QTRY_VERIFY2(m_log.last().contains(QUrl(url).path()), qPrintable(connectionReport()));
        qInfo("positive control: %s", qPrintable(connectionReport()));
    }

    // Files and links dropped on the window, each shown, analysed again, exported: no connection.
    void importShowAnalyseExport()
    {
        QCOMPARE(m_connections, 0);
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.projects()->newProject(m_dir.filePath(u"network.claimscope"_s)));

        // The files it must read, then those it may refuse, with two links to the server in the
        // same drop, as a browser's drag would carry them (only local files are taken).
        const QStringList readable = filesExpected({u"import"_s});
        const QString base = u"http://127.0.0.1:%1"_s.arg(m_server.serverPort());
        QVERIFY(dropFiles(window, readable,
                          {QUrl(base + u"/dropped/article.html"_s), QUrl(base + u"/dropped/report.pdf"_s)}));
        QVERIFY2(noConnection(), qPrintable(connectionReport()));
        const core::Project &project = *window.project();
        QStringList imported;
        for (const core::SourceRecord &source : project.sources())
            imported.append(source.document.metadata.filePath);
        for (const QString &path : readable)
            QVERIFY2(imported.contains(QFileInfo(path).absoluteFilePath()), qPrintable(path));
        QVERIFY(!window.findChild<QMessageBox *>(u"importErrors"_s));

        QVERIFY(dropFiles(window, filesExpected({u"any"_s})));
        closeMessages(window);
        QVERIFY2(noConnection(), qPrintable(connectionReport()));
        qInfo("%d sources in the project", int(project.sources().size()));

        showEverySource(window);
        reanalyse(window);
        QVERIFY(project.annotationCount() > 0);
        exportAll(window, u"network"_s);
        QVERIFY2(noConnection(), qPrintable(connectionReport()));
    }

    // REFI-QDA projects whose sources live on the server, through File → Import REFI-QDA Project.
    void importRefiProject()
    {
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::InterchangeFlow *flow = window.interchange();

        const QStringList refused = filesExpected({u"qdpx-any"_s});
        for (const QString &qdpx : refused) {
            flow->importTo(qdpx, m_dir.filePath(QFileInfo(qdpx).completeBaseName() + u".claimscope"_s));
            closeMessages(window);
        }
        QVERIFY2(noConnection(), qPrintable(connectionReport()));

        const QStringList projects = filesExpected({u"qdpx-import"_s});
        QVERIFY(!projects.isEmpty());
        for (const QString &qdpx : projects) {
            const QString name = QFileInfo(qdpx).completeBaseName();
            QVERIFY(flow->importTo(qdpx, m_dir.filePath(name + u".claimscope"_s)));
            QVERIFY(window.project()->sources().size() > 0);
            QVERIFY2(noConnection(), qPrintable(connectionReport()));
            closeMessages(window);
            // The notes name the sources left on the server.
            flow->showNotes();
            QTRY_VERIFY(window.findChild<QPlainTextEdit *>(u"projectNotesText"_s));
            QVERIFY2(noConnection(), qPrintable(connectionReport()));
            window.findChild<QPlainTextEdit *>(u"projectNotesText"_s)->window()->close();

            showEverySource(window);
            reanalyse(window);
            exportAll(window, name + u"-export"_s);
        }
        QVERIFY2(noConnection(), qPrintable(connectionReport()));
    }

    // The positive control's own connections are not the window's (failed or not).
    void cleanup()
    {
        if (qstrcmp(QTest::currentTestFunction(), "positiveControl") == 0) {
            m_connections = 0;
            m_log.clear();
        }
    }

    void cleanupTestCase()
    {
        const int total = m_earlier + settledCount();
        qInfo("connections received after the positive control: %d", total);
        QCOMPARE(total, 0);
    }
};

QTEST_MAIN(TestNoNetworkWindow)
#include "tst_nonetworkwindow.moc"
