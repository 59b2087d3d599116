// `claimscope export-pdf` run as a user's shell would, with no display at all: the sample project's
// annotated PDF, re-opened with poppler-qt6, and the ways the command refuses.

#include "core/highlight/Lexicon.h"
#include "core/project/ProjectStore.h"
#include "core/project/SampleProject.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace core = claimscope::core;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// What the test reads back from a written PDF.
struct PdfFacts {
    int pages = 0;
    QList<QSizeF> pageSizes; // in points
    int highlights = 0;
    QStringList authors;       // of the Highlight annotations
    QStringList outlineTitles; // every entry, depth first
};

void collectTitles(const QList<Poppler::OutlineItem> &items, QStringList &titles)
{
    for (const Poppler::OutlineItem &item : items) {
        titles.append(item.name());
        collectTitles(item.children(), titles);
    }
}

std::optional<PdfFacts> readPdf(const QString &path)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked())
        return std::nullopt;
    PdfFacts facts;
    facts.pages = document->numPages();
    for (int i = 0; i < facts.pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        facts.pageSizes.append(page->pageSizeF());
        for (const auto &annotation : page->annotations({Poppler::Annotation::AHighlight})) {
            ++facts.highlights;
            facts.authors.append(annotation->author());
        }
    }
    collectTitles(document->outline(), facts.outlineTitles);
    return facts;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Everything in `folder`, hidden entries too: a failed export must leave nothing behind.
QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestExportPdfCommand final : public QObject {
    Q_OBJECT

private:
    // The child gets no display and no platform: the command must manage without either.
    static Run run(const QStringList &arguments, const QStringList &environment = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        // A runtime folder as a login gives one (mode 0700), or Qt warns on stderr about it.
        static const QTemporaryDir runtime;
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
        for (const QString &entry : environment)
            env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CLAIMSCOPE_EXECUTABLE), QStringList{u"export-pdf"_s} + arguments);
        if (!process.waitForFinished(180000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString output(const QString &name) const { return m_out.filePath(name); }

    QTemporaryDir m_dir; // the sample project
    QTemporaryDir m_out; // the PDFs; failures must leave nothing here
    QString m_project;
    QStringList m_titles; // of the sample project's sources, in project order
    std::optional<PdfFacts> m_whole;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const core::LexiconResult lexicon =
            core::loadLexicon(core::builtInSpeakersPath(), core::builtInCuesPath());
        QVERIFY(std::holds_alternative<core::Lexicon>(lexicon));
        m_project = m_dir.filePath(u"Sample.claimscope"_s);
        const auto problem = core::createSampleProject(m_project, std::get<core::Lexicon>(lexicon));
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        auto opened = core::ProjectStore::open(m_project, core::ProjectStore::Mode::ReadOnly);
        QVERIFY(std::holds_alternative<std::unique_ptr<core::ProjectStore>>(opened));
        const auto contents = std::get<std::unique_ptr<core::ProjectStore>>(opened)->load();
        QVERIFY(std::holds_alternative<core::ProjectContents>(contents));
        for (const auto &source : std::get<core::ProjectContents>(contents).sources)
            m_titles.append(source.document.metadata.title);
        QVERIFY(m_titles.size() >= 3);
    }

    void exportsTheSampleProjectWithoutADisplay()
    {
        const QByteArray before = fileHash(m_project);
        const QString pdf = output(u"whole.pdf"_s);
        const Run result = run({u"-o"_s, pdf, m_project});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        m_whole = readPdf(pdf);
        QVERIFY(m_whole);
        QVERIFY(m_whole->pages > 0);
        QVERIFY(m_whole->highlights > 0);
        QVERIFY(!m_whole->authors.filter(u"Tokayev"_s).isEmpty());
        // Under LC_ALL=C.UTF-8 (the tests' locale) the default page is A4: 595 × 842 pt.
        for (const QSizeF &size : m_whole->pageSizes)
            QVERIFY2(qAbs(size.width() - 595) < 1 && qAbs(size.height() - 842) < 1,
                     qPrintable(u"%1 × %2"_s.arg(size.width()).arg(size.height())));
        for (const QString &title : m_titles)
            QVERIFY2(m_whole->outlineTitles.contains(title), qPrintable(title));
        // Read, never written: no migration, no lock file, not a byte changed.
        QCOMPARE(fileHash(m_project), before);
        QCOMPARE(entriesOf(m_dir.path()), QStringList{u"Sample.claimscope"_s});
    }

    void letterGivesUsLetterPages()
    {
        const QString pdf = output(u"letter.pdf"_s);
        const Run result = run({u"--page-size"_s, u"letter"_s, u"-o"_s, pdf, m_project});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const auto facts = readPdf(pdf);
        QVERIFY(facts && facts->pages > 0);
        for (const QSizeF &size : facts->pageSizes)
            QVERIFY2(qAbs(size.width() - 612) < 1 && qAbs(size.height() - 792) < 1,
                     qPrintable(u"%1 × %2"_s.arg(size.width()).arg(size.height())));
    }

    void theDefaultPageSizeFollowsTheLocale()
    {
        const QString pdf = output(u"us.pdf"_s);
        const Run result = run({u"-o"_s, pdf, m_project}, {u"LC_ALL=en_US.UTF-8"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const auto facts = readPdf(pdf);
        QVERIFY(facts && facts->pages > 0);
        QVERIFY(qAbs(facts->pageSizes.first().width() - 612) < 1);
    }

    void noChartsGivesFewerPages()
    {
        QVERIFY(m_whole);
        const QString pdf = output(u"no-charts.pdf"_s);
        const Run result = run({u"--no-charts"_s, u"-o"_s, pdf, m_project});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const auto facts = readPdf(pdf);
        QVERIFY(facts);
        QVERIFY2(facts->pages < m_whole->pages, qPrintable(u"%1 pages"_s.arg(facts->pages)));
        QCOMPARE(facts->highlights, m_whole->highlights);
    }

    void sourcesByNumberOrTitle_data()
    {
        QTest::addColumn<QString>("sources");
        QTest::addColumn<QStringList>("expected"); // the sources' numbers, 1-based
        QTest::newRow("number 2 gives the second source only") << u"2"_s << QStringList{u"2"_s};
        QTest::newRow("an exact title gives that source") << u"title:3"_s << QStringList{u"3"_s};
        QTest::newRow("a list keeps its order and drops repeats")
            << u"3,1,3"_s << QStringList{u"3"_s, u"1"_s};
    }

    void sourcesByNumberOrTitle()
    {
        QFETCH(QString, sources);
        QFETCH(QStringList, expected);
        if (sources.startsWith(u"title:"))
            sources = m_titles.at(sources.mid(6).toInt() - 1);
        const QString pdf = output(u"some.pdf"_s);
        const Run result = run({u"--sources"_s, sources, u"-o"_s, pdf, m_project});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const auto facts = readPdf(pdf);
        QVERIFY(facts && m_whole);
        QVERIFY(facts->pages < m_whole->pages);
        QStringList exported;
        for (const QString &title : facts->outlineTitles) {
            if (const qsizetype index = m_titles.indexOf(title); index >= 0)
                exported.append(QString::number(index + 1));
        }
        QCOMPARE(exported, expected);
    }

    void categoriesChooseTheHighlights()
    {
        QVERIFY(m_whole);
        const QString pdf = output(u"quotes.pdf"_s);
        const Run result = run({u"--categories"_s, u"quote"_s, u"-o"_s, pdf, m_project});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const auto facts = readPdf(pdf);
        QVERIFY(facts);
        QVERIFY(facts->highlights > 0);
        QVERIFY(facts->highlights < m_whole->highlights);
    }

    void importsAndAnalysesFiles()
    {
        const QString pdf = output(u"files.pdf"_s);
        const QDir samples(QStringLiteral(CLAIMSCOPE_SAMPLE_DIR));
        const Run result = run({u"-o"_s, pdf, samples.filePath(u"en-01-partner-status.txt"_s),
                                samples.filePath(u"ru-01-partnerstvo-vmesto-chlenstva.txt"_s)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const auto facts = readPdf(pdf);
        QVERIFY(facts);
        QVERIFY(facts->pages > 0);
        QVERIFY(facts->highlights > 0);
    }

    void anUnwritablePlaceFailsWithNoFileLeft_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expectedReason");
        QTest::newRow("a folder that does not exist")
            << u"missing/out.pdf"_s << u"the folder does not exist"_s;
        QTest::newRow("a folder in its place") << u"."_s << u"it is a folder"_s;
        // /proc refuses new entries even to root, whom file modes do not stop.
        QTest::newRow("a folder nobody may write in")
            << u"/proc/claimscope-test.pdf"_s << u"Could not write"_s;
    }

    void anUnwritablePlaceFailsWithNoFileLeft()
    {
        QFETCH(QString, target);
        QFETCH(QString, expectedReason);
        if (!target.startsWith(u'/'))
            target = output(target);
        const QStringList before = entriesOf(m_out.path());
        const Run result = run({u"-o"_s, target, m_project});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(u"claimscope: "_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(expectedReason), qPrintable(result.err));
        QVERIFY2(result.err.contains(QDir::toNativeSeparators(target)), qPrintable(result.err));
        QVERIFY(!QFileInfo(target).isFile());
        QCOMPARE(entriesOf(m_out.path()), before);
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expectedReason");
        const QString out = u"OUT"_s; // replaced by a path in the output folder
        const QString project = u"PROJECT"_s;
        QTest::newRow("no -o") << QStringList{project} << u"-o FILE is required"_s;
        QTest::newRow("no project or file") << QStringList{u"-o"_s, out} << u"no project or file given"_s;
        QTest::newRow("a source number past the end")
            << QStringList{u"--sources"_s, u"99"_s, u"-o"_s, out, project} << u"there is no source 99"_s;
        QTest::newRow("a source number of zero")
            << QStringList{u"--sources"_s, u"0"_s, u"-o"_s, out, project} << u"there is no source 0"_s;
        QTest::newRow("a title no source has")
            << QStringList{u"--sources"_s, u"No Such Article"_s, u"-o"_s, out, project}
            << u"no source is titled “No Such Article”"_s;
        QTest::newRow("an unknown page size")
            << QStringList{u"--page-size"_s, u"a5"_s, u"-o"_s, out, project} << u"unknown page size “a5”"_s;
        QTest::newRow("an unknown category")
            << QStringList{u"--categories"_s, u"quote,rumour"_s, u"-o"_s, out, project}
            << u"unknown category “rumour”"_s;
        QTest::newRow("no category") << QStringList{u"--categories"_s, u","_s, u"-o"_s, out, project}
                                     << u"at least one category"_s;
        QTest::newRow("a project and files")
            << QStringList{u"-o"_s, out, project, QStringLiteral(CLAIMSCOPE_SAMPLE_DIR)} << u"not both"_s;
        QTest::newRow("the PDF onto the project")
            << QStringList{u"-o"_s, project, project} << u"the output would replace"_s;
        QTest::newRow("an unknown option")
            << QStringList{u"--colour"_s, u"-o"_s, out, project} << u"colour"_s;
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expectedReason);
        const QByteArray before = fileHash(m_project);
        const QStringList entries = entriesOf(m_out.path());
        arguments.replaceInStrings(u"OUT"_s, output(u"usage.pdf"_s));
        arguments.replaceInStrings(u"PROJECT"_s, m_project);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith(u"claimscope export-pdf: "_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(expectedReason), qPrintable(result.err));
        QCOMPARE(entriesOf(m_out.path()), entries);
        QCOMPARE(fileHash(m_project), before);
    }

    void aCorruptProjectFailsAndStaysAsItWas()
    {
        // A project's start (the SQLite header), then damage: a real file that went bad.
        QFile original(m_project);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.read(4096);
        bytes.append(QByteArray(8192, '\xA5'));
        const QString corrupt = m_dir.filePath(u"Corrupt.claimscope"_s);
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        const QStringList folder = entriesOf(m_dir.path());

        const QString pdf = output(u"corrupt.pdf"_s);
        const Run result = run({u"-o"_s, pdf, corrupt});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(u"claimscope: "_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"Corrupt.claimscope"_s), qPrintable(result.err));
        QVERIFY(!QFile::exists(pdf));
        QFile after(corrupt);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
        QCOMPARE(entriesOf(m_dir.path()), folder);
        QVERIFY(QFile::remove(corrupt));
    }

    void helpNamesTheCommand()
    {
        const Run own = run({u"--help"_s});
        QCOMPARE(own.exitCode, 0);
        QVERIFY(own.out.contains(u"--page-size"_s));
        QProcess process;
        process.start(QStringLiteral(CLAIMSCOPE_EXECUTABLE), {u"--help"_s});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(u"export-pdf -o OUT.pdf"_s));
    }
};

QTEST_GUILESS_MAIN(TestExportPdfCommand)
#include "tst_exportpdfcommand.moc"
