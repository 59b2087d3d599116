// The disk filling up while the window writes: edits (each its own transaction), an import, Save
// As, the exports (REFI-QDA, codebook, CSV, JSON through QSaveFile; the annotated PDF through a
// hidden folder and rename) and a REFI-QDA import into a new project. Each runs twice: under a file
// size limit (RLIMIT_FSIZE, anywhere) and on a really full small tmpfs (root only; skipped else).
//
// After each refused write: the window says so (a warning naming the reason); memory and file hold
// the same records, the file exactly what it held before the refusal plus every edit that was
// acknowledged; a file the write would have replaced is untouched and nothing half-written is left
// beside it; and once there is room again the same action works. Records lost are counted (edits
// acknowledged but not in the file) and must be none.

#include "FaultRecords.h"
#include "FullDisk.h"
#include "core/i18n/Localization.h"
#include "core/interchange/InterchangeFiles.h"
#include "core/project/Project.h"
#include "core/project/SampleProject.h"
#include "ui/InterchangeFlow.h"
#include "ui/MainWindow.h"
#include "ui/PdfExportFlow.h"
#include "ui/ProjectController.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace claimscope;
using namespace Qt::StringLiterals;

namespace {

// An import of two short texts takes a second; two minutes means the window hangs.
constexpr int kImportTimeoutMs = 120'000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// The visible warnings of `window`, each as its text and details.
QStringList warnings(QWidget *window)
{
    QStringList found;
    for (QMessageBox *box : window->findChildren<QMessageBox *>()) {
        if (box->isVisible() && box->icon() == QMessageBox::Warning)
            found.append(box->text() + u" / "_s + box->informativeText());
    }
    return found;
}

void closeWarnings(QWidget *window)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>())
        box->close();
    QCoreApplication::processEvents();
}

core::AnnotationRecord manualNote(core::SourceId source, int n)
{
    core::AnnotationRecord annotation;
    annotation.source = source;
    annotation.kind = core::AnnotationKind::Claim;
    annotation.range = {n % 200, n % 200 + 12};
    annotation.origin = core::Origin::Manual;
    // Two kilobytes each, so that a few dozen fill the room left.
    annotation.note = u"edit %1 "_s.arg(n) + QString(2000, QChar(u'a' + n % 26));
    return annotation;
}

} // namespace

class TestDiskFull final : public QObject {
    Q_OBJECT

private:
    core::Localization m_localization;
    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_qdpx;
    QStringList m_texts;
    std::unique_ptr<faults::FileSizeLimit> m_limit;
    std::unique_ptr<faults::SmallTmpfs> m_tmpfs;
    int m_run = 0;
    int m_injected = 0; // refused writes, all media
    QMap<QString, int> m_injectedBy;
    int m_lost = 0;

    faults::FullDisk *disk()
    {
        QFETCH(QString, medium);
        if (medium == u"tmpfs"_s) {
            if (!m_tmpfs->unavailable().isEmpty())
                return nullptr;
            return m_tmpfs.get();
        }
        return m_limit.get();
    }

    void injected(faults::FullDisk *on, int count = 1)
    {
        m_injected += count;
        m_injectedBy[on->name()] += count;
    }

    // A copy of the sample project on the medium, opened in `window`.
    QString openCopy(ui::MainWindow &window, faults::FullDisk *on, const QString &name)
    {
        const QString path = on->folder() + u"/%1-%2.claimscope"_s.arg(name).arg(++m_run);
        if (!QFile::copy(m_pristine, path) || !window.projects()->openProject(path))
            return {};
        return path;
    }

    static core::ProjectContents loaded(const QString &path)
    {
        auto contents = faults::loadProjectFile(path);
        if (const auto *problem = std::get_if<QString>(&contents))
            qWarning() << "cannot load" << path << *problem;
        return std::holds_alternative<core::ProjectContents>(contents)
                   ? std::get<core::ProjectContents>(contents)
                   : core::ProjectContents();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClaimscopeTests"_s);
        QCoreApplication::setApplicationName(u"tst_diskfull"_s);
        QVERIFY(m_localization.setLanguage(u"en"_s));
        QVERIFY(m_dir.isValid());
        const core::LexiconResult lexicon =
            core::loadLexicon(core::builtInSpeakersPath(), core::builtInCuesPath());
        QVERIFY(std::holds_alternative<core::Lexicon>(lexicon));
        m_pristine = m_dir.filePath(u"pristine.claimscope"_s);
        const auto problem = core::createSampleProject(m_pristine, std::get<core::Lexicon>(lexicon));
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        auto contents = faults::loadProjectFile(m_pristine);
        QVERIFY(std::holds_alternative<core::ProjectContents>(contents));
        m_qdpx = m_dir.filePath(u"sample.qdpx"_s);
        QVERIFY(!core::exportProject(std::get<core::ProjectContents>(contents), core::ExportFormat::Qdpx,
                                     m_qdpx));
        // Two texts not in the sample, for an import.
        for (int i = 0; i < 2; ++i) {
            m_texts.append(m_dir.filePath(u"new-%1.txt"_s.arg(i)));
            QFile text(m_texts.last());
            QVERIFY(text.open(QIODevice::WriteOnly));
            // Large enough (60 kB) that neither fits in the room the edits leave.
            text.write(
                QByteArray("Astana, ") + QByteArray::number(i) + " June.\n\n" +
                QByteArray("“We will not apply,” President Tokayev said on Tuesday.\n\n").repeated(1000));
        }
        m_limit = std::make_unique<faults::FileSizeLimit>(m_dir.path());
        m_tmpfs = std::make_unique<faults::SmallTmpfs>(m_dir.path());
        if (!m_tmpfs->unavailable().isEmpty())
            qInfo("the full-tmpfs rows are skipped: %s", qPrintable(m_tmpfs->unavailable()));
        qInfo("the sample project: %lld bytes", QFileInfo(m_pristine).size());
    }

    void init() { QSettings().clear(); }

    void cleanupTestCase()
    {
        m_tmpfs.reset();
        QStringList kinds;
        for (auto it = m_injectedBy.cbegin(); it != m_injectedBy.cend(); ++it)
            kinds.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
        qInfo("tst_diskfull: faults injected (writes refused): %d (%s); records lost: %d", m_injected,
              qPrintable(kinds.join(u", "_s)), m_lost);
        QCOMPARE(m_lost, 0);
    }

    void editsUntilTheDiskIsFull_data()
    {
        QTest::addColumn<QString>("medium");
        QTest::newRow("file size limit") << u"fsize"_s;
        QTest::newRow("full tmpfs") << u"tmpfs"_s;
    }

    // Edits one after another until the disk refuses one; then an import and a whole source.
    void editsUntilTheDiskIsFull()
    {
        faults::FullDisk *on = disk();
        if (!on)
            QSKIP(qPrintable(m_tmpfs->unavailable()));
        ui::MainWindow window;
        window.show();
        const QString path = openCopy(window, on, u"edits"_s);
        QVERIFY(!path.isEmpty());
        core::Project *project = window.project();
        const core::SourceId source = project->sources().first().id;
        QSignalSpy refusals(project, &core::Project::writeFailed);
        QList<core::AnnotationId> acknowledged;
        const qint64 room = on == m_limit.get() ? QFileInfo(path).size() + 48 * 1024 : 48 * 1024;
        {
            faults::Restriction full(*on, room);
            QVERIFY(full.ok());
            for (int n = 0; n < 500; ++n) {
                const core::AnnotationId id = project->addAnnotation(manualNote(source, n));
                if (id == 0)
                    break;
                acknowledged.append(id);
            }
            // 48 KiB hold about twenty of these edits: the disk must have refused one, and said so.
            QVERIFY2(acknowledged.size() < 500, "the disk never filled up");
            QVERIFY(acknowledged.size() > 3);
            QCOMPARE(refusals.size(), 1);
            injected(on);
            QVERIFY2(warnings(&window).join(u'\n').contains(u"The change was not saved"_s),
                     qPrintable(warnings(&window).join(u'\n')));
            closeWarnings(&window);
            const core::ProjectContents beforeMore = loaded(path);
            QCOMPARE(faults::contentsDifference(project->contents(), beforeMore), QString());

            // A whole source does not fit either, nor does an import of two files.
            core::Document document;
            document.text = QString(100'000, u'x');
            document.metadata.title = u"Too large"_s;
            QCOMPARE(project->addSource(document), core::SourceId(0));
            injected(on);
            QSignalSpy finished(window.projects(), &ui::ProjectController::importFinished);
            window.projects()->importSources(m_texts);
            QVERIFY(finished.wait(kImportTimeoutMs));
            QCOMPARE(finished.first().at(0).toInt(), 0);
            injected(on);
            QVERIFY(!warnings(&window).isEmpty());
            closeWarnings(&window);
            QCOMPARE(faults::contentsDifference(beforeMore, loaded(path)), QString());
            QCOMPARE(faults::contentsDifference(beforeMore, project->contents()), QString());
        }

        // Every acknowledged edit is in the file.
        const core::ProjectContents onDisk = loaded(path);
        for (core::AnnotationId id : std::as_const(acknowledged)) {
            const bool there = std::any_of(onDisk.annotations.cbegin(), onDisk.annotations.cend(),
                                           [id](const core::AnnotationRecord &a) { return a.id == id; });
            m_lost += there ? 0 : 1;
        }

        // With room again, the window goes on: an edit and the import work.
        QVERIFY(project->addAnnotation(manualNote(source, 1000)) != 0);
        QSignalSpy finished(window.projects(), &ui::ProjectController::importFinished);
        window.projects()->importSources(m_texts);
        QVERIFY(finished.wait(kImportTimeoutMs));
        QCOMPARE(finished.first().at(0).toInt(), 2);
        QCOMPARE(faults::contentsDifference(project->contents(), loaded(path)), QString());
    }

    void saveAsWhenTheDiskIsFull_data() { editsUntilTheDiskIsFull_data(); }

    // Save As to a new file and over an older project; neither fits.
    void saveAsWhenTheDiskIsFull()
    {
        faults::FullDisk *on = disk();
        if (!on)
            QSKIP(qPrintable(m_tmpfs->unavailable()));
        ui::MainWindow window;
        window.show();
        const QString path = openCopy(window, on, u"original"_s);
        QVERIFY(!path.isEmpty());
        const core::ProjectContents before = loaded(path);
        const QString newTarget = on->folder() + u"/copy-%1.claimscope"_s.arg(m_run);
        const QString oldTarget = on->folder() + u"/older-%1.claimscope"_s.arg(m_run);
        {
            core::ProjectSettings settings;
            settings.name = u"An older project"_s;
            QVERIFY(std::holds_alternative<std::unique_ptr<core::ProjectStore>>(
                core::ProjectStore::create(oldTarget, settings)));
        }
        const QByteArray older = readAll(oldTarget);
        const QStringList files = listing(on->folder());
        {
            faults::Restriction full(*on, 16 * 1024); // a compacted copy is larger
            QVERIFY(full.ok());
            QVERIFY(!window.projects()->saveProjectAs(newTarget));
            injected(on);
            QVERIFY(!warnings(&window).isEmpty());
            closeWarnings(&window);
            QVERIFY(!QFileInfo::exists(newTarget));
            QVERIFY(!window.projects()->saveProjectAs(oldTarget));
            injected(on);
            QVERIFY(!warnings(&window).isEmpty());
            closeWarnings(&window);
            QVERIFY2(readAll(oldTarget) == older, "the project Save As was to replace is gone or changed");
            QCOMPARE(listing(on->folder()), files);
            QCOMPARE(window.projects()->filePath(), path);
        }
        QCOMPARE(faults::contentsDifference(before, loaded(path)), QString());
        QCOMPARE(faults::contentsDifference(before, window.project()->contents()), QString());

        QVERIFY(window.projects()->saveProjectAs(newTarget));
        QCOMPARE(window.projects()->filePath(), newTarget);
        QCOMPARE(faults::contentsDifference(before, loaded(newTarget)), QString());
    }

    void exportsWhenTheDiskIsFull_data() { editsUntilTheDiskIsFull_data(); }

    // Every export over an earlier one, with one kilobyte of room.
    void exportsWhenTheDiskIsFull()
    {
        faults::FullDisk *on = disk();
        if (!on)
            QSKIP(qPrintable(m_tmpfs->unavailable()));
        ui::MainWindow window;
        window.show();
        const QString path = openCopy(window, on, u"exports"_s);
        QVERIFY(!path.isEmpty());
        const core::ProjectContents before = loaded(path);
        const QString folder = on->folder() + u"/exports-%1"_s.arg(m_run);
        QVERIFY(QDir().mkpath(folder));
        const QList<core::ExportFormat> formats{core::ExportFormat::Qdpx, core::ExportFormat::Qdc,
                                                core::ExportFormat::Csv, core::ExportFormat::Json};
        const auto target = [&folder](const QString &suffix) -> QString {
            return folder + u"/export."_s + suffix;
        };
        const auto exportAll = [&]() {
            QList<bool> results;
            for (core::ExportFormat format : formats)
                results.append(window.interchange()->exportTo(format, target(core::exportSuffix(format))));
            results.append(window.pdfExport()->exportTo(*window.project(), {}, target(u"pdf"_s)));
            return results;
        };
        QCOMPARE(exportAll(), QList<bool>(5, true));
        QMap<QString, QByteArray> earlier;
        for (const QString &name : listing(folder))
            earlier.insert(name, readAll(folder + u'/' + name));
        QCOMPARE(earlier.size(), 5);
        {
            faults::Restriction full(*on, 1024);
            QVERIFY(full.ok());
            QCOMPARE(exportAll(), QList<bool>(5, false));
            injected(on, 5);
            const QStringList told = warnings(&window);
            QVERIFY2(told.size() == 5, qPrintable(told.join(u'\n')));
            for (const QString &warning : told)
                QVERIFY2(warning.contains(u"export"_s) || warning.contains(u"PDF"_s), qPrintable(warning));
            closeWarnings(&window);
        }
        // The earlier files are whole, and nothing half-written lies beside them.
        QCOMPARE(listing(folder), QStringList(earlier.keys()));
        for (auto it = earlier.cbegin(); it != earlier.cend(); ++it)
            QVERIFY2(readAll(folder + u'/' + it.key()) == *it, qPrintable(it.key() + u" was changed"_s));
        QCOMPARE(faults::contentsDifference(before, loaded(path)), QString());
        QCOMPARE(exportAll(), QList<bool>(5, true));
    }

    void importQdpxWhenTheDiskIsFull_data() { editsUntilTheDiskIsFull_data(); }

    // File → Import REFI-QDA Project into a new file, and over an older project the user chose to
    // replace; neither fits.
    void importQdpxWhenTheDiskIsFull()
    {
        faults::FullDisk *on = disk();
        if (!on)
            QSKIP(qPrintable(m_tmpfs->unavailable()));
        ui::MainWindow window;
        window.show();
        const QString path = openCopy(window, on, u"open"_s);
        QVERIFY(!path.isEmpty());
        const core::ProjectContents before = loaded(path);
        const QString newProject = on->folder() + u"/from-qdpx-%1.claimscope"_s.arg(m_run);
        const QString olderProject = on->folder() + u"/older-qdpx-%1.claimscope"_s.arg(m_run);
        QVERIFY(QFile::copy(m_pristine, olderProject));
        const QByteArray older = readAll(olderProject);
        const QStringList files = listing(on->folder());
        {
            faults::Restriction full(*on, 8 * 1024);
            QVERIFY(full.ok());
            QVERIFY(!window.interchange()->importTo(m_qdpx, newProject));
            injected(on);
            QVERIFY(!warnings(&window).isEmpty());
            closeWarnings(&window);
            QVERIFY(!QFileInfo::exists(newProject));
            // As File → Import REFI-QDA Project does after the file dialog agreed to replace.
            QVERIFY(window.interchange()->makeRoomFor(olderProject));
            QVERIFY(!window.interchange()->importTo(m_qdpx, olderProject, true));
            injected(on);
            QVERIFY(!warnings(&window).isEmpty());
            closeWarnings(&window);
            QVERIFY2(readAll(olderProject) == older,
                     "the project the import was to replace is gone or changed");
            QCOMPARE(listing(on->folder()), files);
            QCOMPARE(window.projects()->filePath(), path);
        }
        QCOMPARE(faults::contentsDifference(before, loaded(path)), QString());
        QVERIFY(window.interchange()->importTo(m_qdpx, newProject));
        QCOMPARE(window.projects()->filePath(), newProject);
        QCOMPARE(window.project()->sources().size(), before.sources.size());
        closeWarnings(&window);
    }
};

// QTEST_MAIN, but the mount namespace is entered first, before the application starts any thread.
int main(int argc, char **argv)
{
    const QString why = faults::SmallTmpfs::enterPrivateMountNamespace();
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    if (!why.isEmpty())
        qInfo("no private mount namespace: %s", qPrintable(why));
    TestDiskFull test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_diskfull.moc"
