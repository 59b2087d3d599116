#include "core/document/LanguageGuess.h"
#include "core/project/Project.h"
#include "core/project/SourceListModel.h"
#include "core/project/SourceManifest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace claimscope::core;

class TestSampleProject final : public QObject {
    Q_OBJECT

private slots:
    void loadsEverySampleDocument()
    {
        const SourceSet set = loadSourceManifest(sampleManifestPath());
        QVERIFY2(set.errors.isEmpty(), set.errors.isEmpty() ? "" : qPrintable(set.errors.first().message()));
        QVERIFY(!set.name.isEmpty());
        QVERIFY(!set.question.isEmpty());
        QVERIFY(set.documents.size() >= 6);

        QHash<QString, int> perLanguage;
        for (const Document &document : set.documents) {
            const DocumentMetadata &m = document.metadata;
            QVERIFY2(!m.title.isEmpty() && !m.outlet.isEmpty() && m.date.isValid(), qPrintable(m.filePath));
            // The manifest states the language; the text must agree with it.
            QCOMPARE(guessLanguage(document.text), m.language);
            ++perLanguage[m.language];
            // Every sample says what it is.
            QVERIFY2(document.text.contains(QStringLiteral("Claimscope")), qPrintable(m.filePath));
        }
        QVERIFY(perLanguage.value(QStringLiteral("en")) >= 3);
        QVERIFY(perLanguage.value(QStringLiteral("ru")) >= 1);
        QVERIFY(perLanguage.value(QStringLiteral("tr")) >= 1);
    }

    // The compiled-in copy is the one in resources/sample, byte for byte.
    void compiledSampleMatchesTheSourceTree()
    {
        const QDir sampleDir(QStringLiteral(CLAIMSCOPE_SAMPLE_DIR));
        const SourceSet set = loadSourceManifest(sampleManifestPath());
        for (const Document &document : set.documents) {
            QFile file(sampleDir.filePath(QFileInfo(document.metadata.filePath).fileName()));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(document.text, QString::fromUtf8(file.readAll()));
        }
    }

    void brokenManifestIsReportedNotHalfLoaded()
    {
        QTemporaryDir dir;
        QFile manifest(dir.filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("{\"name\": \"x\", \"sources\": [");
        manifest.close();
        const SourceSet set = loadSourceManifest(manifest.fileName());
        QVERIFY(set.documents.isEmpty());
        QCOMPARE(set.errors.size(), 1);
        QCOMPARE(set.errors.first().reason(), ImportError::Reason::Malformed);
    }

    void missingSourceIsNamedAndTheOthersLoad()
    {
        QTemporaryDir dir;
        QFile good(dir.filePath(QStringLiteral("good.txt")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("Peskov said the decision was Kazakhstan's sovereign right.\n");
        good.close();
        const QJsonObject root{
            {QStringLiteral("name"), QStringLiteral("t")},
            {QStringLiteral("sources"),
             QJsonArray{QJsonObject{{QStringLiteral("file"), QStringLiteral("good.txt")},
                                    {QStringLiteral("outlet"), QStringLiteral("Test Outlet")}},
                        QJsonObject{{QStringLiteral("file"), QStringLiteral("gone.txt")}}}}};
        QFile manifest(dir.filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(QJsonDocument(root).toJson());
        manifest.close();

        const SourceSet set = loadSourceManifest(manifest.fileName());
        QCOMPARE(set.documents.size(), 1);
        QCOMPARE(set.documents.first().metadata.outlet, QStringLiteral("Test Outlet"));
        QCOMPARE(set.errors.size(), 1);
        QCOMPARE(set.errors.first().reason(), ImportError::Reason::NotFound);
        QVERIFY(set.errors.first().message().contains(QStringLiteral("gone.txt")));
    }

    void modelListsTitleOutletDateLanguage()
    {
        Project project;
        SourceListModel model;
        model.setProject(&project);
        const SourceSet set = loadSourceManifest(sampleManifestPath());
        for (const Document &document : set.documents) {
            const SourceId id = project.addSource(document);
            QVERIFY(id != 0);
            // Rows follow the project as sources come in.
            QCOMPARE(model.rowCount(), project.sources().size());
            QCOMPARE(model.sourceId(model.rowCount() - 1), id);
            QCOMPARE(model.rowOf(id), model.rowCount() - 1);
        }
        QCOMPARE(model.rowCount(), set.documents.size());
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(SourceListModel::TitleColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Title"));
        const QModelIndex title = model.index(0, SourceListModel::TitleColumn);
        QCOMPARE(title.data().toString(), set.documents.first().metadata.title);
        QCOMPARE(title.data(SourceListModel::SourceIdRole).toLongLong(), project.sources().first().id);
        QCOMPARE(model.index(0, SourceListModel::LanguageColumn).data().toString(),
                 QStringLiteral("English"));
        model.setProject(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSampleProject)
#include "tst_sampleproject.moc"
