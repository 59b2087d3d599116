// Writes the fuzz seeds that are binary (a project file, a PDF) or derived from one (the project as
// REFI-QDA XML, texts in legacy encodings), so that nothing binary is committed: make_fuzz_seeds
// OUTPUT_DIR writes project/small.claimscope, refi/small.qde, pdf/article.pdf and text/*.txt there.
// Small on purpose: a fuzzer mutates every byte of a seed, and a short one runs many times faster.

#include "core/document/DocumentImporter.h"
#include "core/highlight/Lexicon.h"
#include "core/interchange/RefiProjectWriter.h"
#include "core/project/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QStringEncoder>

#include <cstdio>
#include <variant>

using namespace claimscope::core;
using namespace Qt::StringLiterals;

namespace {

const QString kRussian =
    QStringLiteral("По словам Пескова, Казахстан остаётся «другом и стратегическим партнёром» России.");
const QString kTurkish = QStringLiteral("Uali'ye göre karar kesin: ülke yüzde 80 oranında ortak kalacak.");
const QString kText = QStringLiteral("Kazakhstan will not apply for BRICS membership, President "
                                     "Kassym-Jomart Tokayev said on 24 October.\n\n"
                                     "\"We consider the UN the universal organisation,\" Tokayev said. Trade "
                                     "with Russia reached $28 billion "
                                     "in 2023, about 80% of it through the customs union.\n\n") +
                      kRussian + u"\n\n"_s + kTurkish;

bool fail(const QString &what)
{
    std::fprintf(stderr, "make_fuzz_seeds: %s\n", qPrintable(what));
    return false;
}

bool writeProject(const QString &path, ProjectContents *written)
{
    QFile::remove(path);
    auto created =
        ProjectStore::create(path, {QStringLiteral("Fuzz seed"), QStringLiteral("BRICS membership"), {}, {}});
    if (const auto *error = std::get_if<ProjectError>(&created))
        return fail(error->message);
    ProjectStore &store = *std::get<std::unique_ptr<ProjectStore>>(created);
    SourceRecord source;
    source.document.text = kText;
    source.document.metadata.title = QStringLiteral("Kazakhstan and BRICS");
    source.document.metadata.language = QStringLiteral("en");
    source.document.metadata.format = QStringLiteral("text");
    Speaker tokayev{QStringLiteral("tokayev"),
                    QStringLiteral("Kassym-Jomart Tokayev"),
                    QStringLiteral("President"),
                    QStringLiteral("politician"),
                    {QStringLiteral("Tokayev")},
                    {QStringLiteral("Токаев")},
                    {}};
    AnnotationRecord quote;
    quote.kind = AnnotationKind::Quote;
    quote.range = {qsizetype(kText.indexOf(u"We consider")), qsizetype(kText.indexOf(u" organisation") + 13)};
    quote.speaker = QStringLiteral("tokayev");
    quote.cue = QStringLiteral("said");
    AnnotationRecord figure;
    figure.kind = AnnotationKind::Figure;
    figure.range = {qsizetype(kText.indexOf(u"$28")), qsizetype(kText.indexOf(u"$28") + 11)};
    StanceRecord stance;
    stance.speaker = QStringLiteral("tokayev");
    stance.target = QStringLiteral("BRICS membership");
    stance.score = -2;
    stance.evidence = {quote.range};
    const auto problem = store.inOneTransaction([&]() -> std::optional<ProjectError> {
        if (auto error = store.addSource(source))
            return error;
        if (auto error = store.saveSpeaker({tokayev, QStringLiteral("#1f77b4"), false}))
            return error;
        quote.source = figure.source = stance.source = source.id;
        if (auto error = store.addAnnotation(quote))
            return error;
        if (auto error = store.addAnnotation(figure))
            return error;
        return store.addStance(stance);
    });
    if (problem)
        return fail(problem->message);
    auto loaded = store.load();
    if (const auto *error = std::get_if<ProjectError>(&loaded))
        return fail(error->message);
    *written = std::get<ProjectContents>(loaded);
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return fail(QStringLiteral("cannot write %1").arg(path));
    return true;
}

bool writePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setTitle(QStringLiteral("Kazakhstan and BRICS"));
    QPainter painter(&writer);
    if (!painter.isActive())
        return fail(QStringLiteral("cannot write %1").arg(path));
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 11));
    const QRect page = QRect(QPoint(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size());
    painter.drawText(page, Qt::TextWordWrap, kText);
    return true;
}

// The text's Russian (or Turkish) paragraph in a legacy encoding, as old news archives have it; a
// selector byte first, as fuzz_text reads its input (0: no declared encoding).
bool writeEncoded(const QString &path, const char *encoding)
{
    QStringEncoder encoder(encoding);
    if (!encoder.isValid()) { // Qt without ICU knows only the Unicode encodings and Latin-1
        std::fprintf(stderr, "make_fuzz_seeds: Qt cannot encode %s; that seed is left out\n", encoding);
        return true;
    }
    const QString paragraph = QString::fromLatin1(encoding).startsWith(u"ISO") ? kTurkish : kRussian;
    const QByteArray bytes = QByteArray(1, '\0') + QByteArray(encoder.encode(paragraph));
    if (encoder.hasError()) { // KOI8-R has no « », for one; the plain quotes stand in
        QStringEncoder plain(encoding);
        const QByteArray again =
            QByteArray(1, '\0') +
            QByteArray(plain.encode(QString(paragraph).replace(u'«', u'"').replace(u'»', u'"')));
        if (plain.hasError())
            return fail(QStringLiteral("cannot encode the seed as %1").arg(QString::fromLatin1(encoding)));
        return writeFile(path, again);
    }
    return writeFile(path, bytes);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_fuzz_seeds OUTPUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    for (const char *folder : {"project", "refi", "pdf", "text"})
        out.mkpath(QString::fromLatin1(folder));
    ProjectContents contents;
    const bool ok =
        writeProject(out.filePath(QStringLiteral("project/small.claimscope")), &contents) &&
        writeFile(out.filePath(QStringLiteral("refi/small.qde")), refiPackage(contents).projectXml) &&
        writePdf(out.filePath(QStringLiteral("pdf/article.pdf"))) &&
        writeEncoded(out.filePath(QStringLiteral("text/ru-windows-1251.txt")), "windows-1251") &&
        writeEncoded(out.filePath(QStringLiteral("text/ru-koi8-r.txt")), "KOI8-R") &&
        writeEncoded(out.filePath(QStringLiteral("text/tr-iso-8859-9.txt")), "ISO-8859-9") &&
        writeEncoded(out.filePath(QStringLiteral("text/utf-16le.txt")), "UTF-16LE");
    return ok ? 0 : 1;
}
