#include "core/project/ProjectStore.h"
#include "core/project/SampleProject.h"
#include "core/project/SourceManifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <variant>

using namespace claimscope::core;

// The sample project as the window creates it on first start: a real project file, complete.
class TestSampleProjectFile final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void userCopyLivesInTheDataFolder();
    void sampleProjectIsComplete();
    void anExistingFileIsLeftAlone();
    void cancelledLeavesNoFile();

private:
    Lexicon m_lexicon;
};

void TestSampleProjectFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const LexiconResult lexicon = loadLexicon(builtInSpeakersPath(), builtInCuesPath());
    QVERIFY(std::holds_alternative<Lexicon>(lexicon));
    m_lexicon = std::get<Lexicon>(lexicon);
}

void TestSampleProjectFile::userCopyLivesInTheDataFolder()
{
    QVERIFY(userSampleProjectPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(userSampleProjectPath().endsWith(QStringLiteral(".claimscope")));
}

void TestSampleProjectFile::sampleProjectIsComplete()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Sample.claimscope"));
    const auto problem = createSampleProject(path, m_lexicon);
    QVERIFY2(!problem, qPrintable(problem.value_or(QString())));

    auto opened = ProjectStore::open(path, ProjectStore::Mode::ReadWrite);
    QVERIFY(std::holds_alternative<std::unique_ptr<ProjectStore>>(opened));
    auto loaded = std::get<std::unique_ptr<ProjectStore>>(opened)->load();
    QVERIFY(std::holds_alternative<ProjectContents>(loaded));
    const auto &contents = std::get<ProjectContents>(loaded);

    const SourceSet sample = loadSourceManifest(sampleManifestPath());
    QCOMPARE(contents.settings.name, sample.name);
    QCOMPARE(contents.settings.question, sample.question);
    QCOMPARE(contents.sources.size(), sample.documents.size());
    for (qsizetype i = 0; i < contents.sources.size(); ++i) {
        const SourceRecord &source = contents.sources.at(i);
        QCOMPARE(source.document.text, sample.documents.at(i).text);
        QCOMPARE(source.document.metadata.title, sample.documents.at(i).metadata.title);
        QVERIFY(source.analysed);
        QCOMPARE(source.checksum,
                 QCryptographicHash::hash(source.document.text.toUtf8(), QCryptographicHash::Sha256).toHex());
    }
    // Every lexicon person, each with a colour; quotes in every source, all automatic.
    QVERIFY(contents.speakers.size() >= m_lexicon.speakers.size());
    for (const SpeakerRecord &speaker : contents.speakers)
        QVERIFY2(speaker.colour.startsWith(QLatin1Char('#')), qPrintable(speaker.speaker.id));
    QSet<SourceId> withQuotes;
    for (const AnnotationRecord &annotation : contents.annotations) {
        QCOMPARE(annotation.origin, Origin::Automatic);
        if (annotation.kind == AnnotationKind::Quote)
            withQuotes.insert(annotation.source);
    }
    QCOMPARE(withQuotes.size(), contents.sources.size());
    QVERIFY(!contents.stances.isEmpty());
}

void TestSampleProjectFile::anExistingFileIsLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Sample.claimscope"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("someone else's file");
    file.close();
    QVERIFY(createSampleProject(path, m_lexicon).has_value());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("someone else's file"));
}

void TestSampleProjectFile::cancelledLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Sample.claimscope"));
    const std::atomic<bool> cancel{true};
    QVERIFY(createSampleProject(path, m_lexicon, &cancel).has_value());
    QVERIFY(!QFile::exists(path));
    // Nothing else either: no lock file, no journal.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
}

QTEST_GUILESS_MAIN(TestSampleProjectFile)
#include "tst_sampleprojectfile.moc"
