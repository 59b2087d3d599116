#include "core/highlight/DefinitionGenerator.h"
#include "core/highlight/HighlightService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <variant>

using namespace claimscope::core;

// Golden-file tests of the highlighting, in the manner of KDE syntax-highlighting's autotests: every
// text in tests/data/highlight/input is highlighted with the generated "Claimscope" definition, its
// spans are written inline as <Format>…</Format> tags, and the result must equal the file of the same
// name in tests/data/highlight/reference. After an intended change to the rules, run
// tests/tools/regenerate_highlight_references.sh and review the changed references before committing.

namespace {

const QString kInputDir = QStringLiteral(CLAIMSCOPE_TEST_DATA_DIR "/highlight/input");
const QString kReferenceDir = QStringLiteral(CLAIMSCOPE_TEST_DATA_DIR "/highlight/reference");
const QString kActualDir = QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/highlight-actual");
const QString kTheme = QStringLiteral("Breeze Light");
const QString kRegenerateScript = QStringLiteral("tests/tools/regenerate_highlight_references.sh");

bool regenerating()
{
    return qEnvironmentVariable("CLAIMSCOPE_REGENERATE_REFERENCES") == QStringLiteral("1");
}

QStringList textFiles(const QString &directory)
{
    return QDir(directory).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
}

// The file's text, or nothing with the problem in `error`.
std::optional<QString> readUtf8(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

// Writes the file, creating its folder; returns the problem, or an empty string.
QString writeUtf8(const QString &path, const QString &text)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return path + QStringLiteral(": cannot create the folder");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return path + QStringLiteral(": ") + file.errorString();
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size())
        return path + QStringLiteral(": ") + file.errorString();
    return {};
}

// The text with every span of a format other than Normal Text wrapped in a tag named after the format:
// "<Speaker>Peskov</Speaker> <Cue>said</Cue>". Nothing is escaped, so the rendering reads like the
// input and differs from it only by the tags.
QString render(const QString &text, const HighlightResult &result)
{
    QString out;
    out.reserve(text.size() * 2);
    qsizetype position = 0;
    for (const HighlightSpan &span : result.spans) {
        out += QStringView(text).sliced(position, span.offset - position);
        const QStringView covered = QStringView(text).sliced(span.offset, span.length);
        const QString &format = result.formats.at(span.format).name;
        if (format == formatname::Normal)
            out += covered;
        else
            out += u'<' + format + u'>' + covered + QStringLiteral("</") + format + u'>';
        position = span.offset + span.length;
    }
    out += QStringView(text).sliced(position);
    return out;
}

// The differing lines with their numbers, for when diff(1) is not there. Tags never add or remove a
// line, so reference and actual output line up line by line.
QString lineDiff(const QString &expected, const QString &actual)
{
    const QStringList expectedLines = expected.split(u'\n');
    const QStringList actualLines = actual.split(u'\n');
    QString out;
    int shown = 0;
    for (qsizetype i = 0; i < std::max(expectedLines.size(), actualLines.size()); ++i) {
        const QString left = i < expectedLines.size() ? expectedLines.at(i) : QStringLiteral("<no line>");
        const QString right = i < actualLines.size() ? actualLines.at(i) : QStringLiteral("<no line>");
        if (left == right)
            continue;
        if (++shown > 10) {
            out += QStringLiteral("… and more\n");
            break;
        }
        out += QStringLiteral("line %1:\n- %2\n+ %3\n").arg(i + 1).arg(left, right);
    }
    return out;
}

// A unified diff of the two files from diff(1), or the line-by-line one when it cannot run.
QString readableDiff(const QString &referencePath, const QString &actualPath, const QString &expected,
                     const QString &actual)
{
    const QString diff = QStandardPaths::findExecutable(QStringLiteral("diff"));
    if (!diff.isEmpty()) {
        QProcess process;
        process.start(diff, {QStringLiteral("-u"), QStringLiteral("--label"),
                             QStringLiteral("reference/") + QFileInfo(referencePath).fileName(),
                             QStringLiteral("--label"),
                             QStringLiteral("actual/") + QFileInfo(actualPath).fileName(), referencePath,
                             actualPath});
        // diff exits with 1 when the files differ: only its output counts.
        if (process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit) {
            const QString output = QString::fromUtf8(process.readAllStandardOutput());
            if (!output.isEmpty())
                return output;
        }
    }
    return lineDiff(expected, actual);
}

} // namespace

class TestHighlightGolden final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The generated definition goes to a test cache, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        m_service = std::make_unique<HighlightService>();
        const std::optional<QString> problem = m_service->prepare();
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        QVERIFY2(!textFiles(kInputDir).isEmpty(),
                 qPrintable(kInputDir + QStringLiteral(" holds no *.txt inputs")));
        if (regenerating())
            qInfo("CLAIMSCOPE_REGENERATE_REFERENCES=1: writing the references in %s instead of comparing",
                  qPrintable(kReferenceDir));
    }

    void cleanupTestCase() { m_service.reset(); }

    void highlightingMatchesTheReference_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : textFiles(kInputDir))
            QTest::newRow(qPrintable(name)) << name;
    }

    void highlightingMatchesTheReference()
    {
        QFETCH(QString, name);
        QString problem;
        const std::optional<QString> input = readUtf8(kInputDir + u'/' + name, &problem);
        QVERIFY2(input, qPrintable(problem));
        const QString &text = *input;

        auto outcome = m_service->highlight(text, kTheme);
        const auto *error = std::get_if<QString>(&outcome);
        QVERIFY2(!error, qPrintable(error ? *error : QString()));
        const QString actual = render(text, std::get<HighlightResult>(outcome));

        const QString referencePath = kReferenceDir + u'/' + name;
        if (regenerating()) {
            problem = writeUtf8(referencePath, actual);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            qInfo("regenerated reference/%s", qPrintable(name));
            return;
        }

        const QString actualPath = kActualDir + u'/' + name;
        problem = writeUtf8(actualPath, actual);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (!QFileInfo::exists(referencePath))
            QFAIL(qPrintable(
                QStringLiteral("reference/%1 is missing (the output is in %2). Run %3 [BUILD_DIR], "
                               "review the new reference and commit it.")
                    .arg(name, actualPath, kRegenerateScript)));
        const std::optional<QString> reference = readUtf8(referencePath, &problem);
        QVERIFY2(reference, qPrintable(problem));
        const QString &expected = *reference;
        if (actual != expected)
            QFAIL(qPrintable(
                QStringLiteral("the highlighting of %1 differs from its reference (the output is in "
                               "%2; if the change is intended, run %3 [BUILD_DIR] and review it):\n%4")
                    .arg(name, actualPath, kRegenerateScript,
                         readableDiff(referencePath, actualPath, expected, actual))));
    }

    // A reference whose input was renamed or removed would otherwise lie around unchecked.
    void everyReferenceHasAnInput()
    {
        const QStringList inputs = textFiles(kInputDir);
        for (const QString &name : textFiles(kReferenceDir))
            QVERIFY2(inputs.contains(name),
                     qPrintable(QStringLiteral("reference/%1 has no input/%1: delete it, "
                                               "or restore the input")
                                    .arg(name)));
    }

private:
    std::unique_ptr<HighlightService> m_service;
};

QTEST_GUILESS_MAIN(TestHighlightGolden)
#include "tst_highlightgolden.moc"
