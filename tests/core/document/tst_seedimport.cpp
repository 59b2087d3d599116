#include "core/document/DocumentImporter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace claimscope::core;

// The seed articles are the team's real test set; they live in ../shared and are never copied here.
class TestSeedImport final : public QObject {
    Q_OBJECT

private slots:
    void importsLosslessly_data()
    {
        QTest::addColumn<QString>("path");
        const QDir seeds(QStringLiteral(CLAIMSCOPE_SEEDS_DIR));
        const QStringList files = seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << seeds.filePath(file);
    }

    void importsLosslessly()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString original = QString::fromUtf8(file.readAll());

        const ImportResult result = importFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.document().text, original);
        QCOMPARE(result.document().metadata.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(result.document().metadata.language, QStringLiteral("en"));
    }

    void initTestCase()
    {
        if (!QDir(QStringLiteral(CLAIMSCOPE_SEEDS_DIR)).exists())
            QSKIP("the seeds folder (../shared/seeds) is absent");
        QCOMPARE(QDir(QStringLiteral(CLAIMSCOPE_SEEDS_DIR)).entryList({QStringLiteral("*.txt")}).size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestSeedImport)
#include "tst_seedimport.moc"
