#include "compromise_compare.h"

#include "bench_figures.h"
#include "core/analysis/AnalysisJson.h"
#include "core/analysis/AnalysisPipeline.h"
#include "core/analysis/Evaluation.h"
#include "core/analysis/GoldSet.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <optional>

namespace bench {
namespace {

using namespace claimscope::core;

constexpr int kInstallTimeoutMs = 300'000;
constexpr int kNodeTimeoutMs = 300'000;
constexpr int kPollMs = 3;

// Our own script for node: compromise's quotations() and people() on the texts it is given on
// stdin, {"passes": N, "texts": [...]}, timed pass by pass inside node (the first pass is cold: the
// engine has not compiled anything yet), then, from the last pass, one analysis per text in
// Claimscope's JSON shape (docs/ANALYSIS_JSON.md).
//
// Offsets. compromise's own .json({offset: true}) gives a match's start after the first word's
// leading punctuation but a length that counts it, so the pair does not cover the match's text.
// Its word offsets are consistent (start after the word's leading punctuation, length of the word),
// and every one of them is checked against the text ("offsetMismatches"). A quote becomes the span
// from its first word to its last word's trailing punctuation up to the closing mark: the text
// inside the marks, as the gold has it. A person is the span of its words. JavaScript strings count
// UTF-16 units, as Qt does, so the offsets need no conversion.
const char kScript[] = R"js(import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

const importStarted = performance.now()
const nlp = (await import('compromise')).default
const importMs = performance.now() - importStarted

const input = JSON.parse(readFileSync(0, 'utf8'))
const closingMark = /["'”’»›]/

const find = text => {
  const doc = nlp(text)
  return {
    quotes: doc.quotations().json({ offset: true, terms: true }),
    people: doc.people().json({ offset: true, terms: true }),
  }
}

const passes = []
let found = []
for (let pass = 0; pass < input.passes; pass += 1) {
  const started = performance.now()
  found = input.texts.map(find)
  passes.push(performance.now() - started)
}

let offsetMismatches = 0
const spanOf = (text, match, toClosingMark) => {
  for (const term of match.terms) {
    const { start, length } = term.offset
    if (text.slice(start, start + length) !== term.text) offsetMismatches += 1
  }
  const first = match.terms[0]
  const last = match.terms[match.terms.length - 1]
  let end = last.offset.start + last.offset.length
  if (toClosingMark) {
    const mark = last.post.search(closingMark)
    if (mark > 0) end += mark
  }
  return [first.offset.start, end]
}

const analysisOf = (text, { quotes, people }) => {
  const speakers = new Map()
  for (const person of people) {
    const [start, end] = spanOf(text, person, false)
    const name = text.slice(start, end).replace(/['’]s$/, '')
    const key = name.toLowerCase()
    if (!speakers.has(key))
      speakers.set(key, { id: 'person' + (speakers.size + 1), name, role: '', mentions: [] })
    speakers.get(key).mentions.push([start, end])
  }
  return {
    file: '',
    language: 'en',
    speakers: [...speakers.values()],
    quotes: quotes.map(quote => {
      const [start, end] = spanOf(text, quote, true)
      return { start, end, text: text.slice(start, end), speaker: null, cue: null, confidence: 0,
               quote_marks: true }
    }),
    claims: [],
    figures: [],
    stances: [],
  }
}

const documents = input.texts.map((text, i) => analysisOf(text, found[i]))
process.stdout.write(JSON.stringify({ version: nlp.version, importMs, passes, offsetMismatches, documents }))
)js";

struct English {
    QList<GoldDocument> documents;
    qint64 bytes = 0;
};

struct Side {
    std::vector<double> passes;  // inside the program, one pass over every text
    std::vector<double> process; // whole process, one pass
    long peakKiB = -1;
    QList<DocumentAnalysis> analyses;
    QString version;
};

// People found: gold person mentions against the predicted ones, by the scorer's span rule.
MatchCounts mentionCounts(const QList<GoldDocument> &gold, const QList<DocumentAnalysis> &predicted)
{
    MatchCounts counts;
    for (qsizetype i = 0; i < gold.size(); ++i) {
        QList<TextRange> goldMentions;
        for (const SpeakerMention &speaker : gold.at(i).analysis.speakers)
            goldMentions += speaker.mentions;
        QList<TextRange> found;
        for (const SpeakerMention &speaker : predicted.at(i).speakers)
            found += speaker.mentions;
        const qsizetype matched = matchSpans(goldMentions, found).size();
        counts += MatchCounts{int(matched), int(found.size() - matched), int(goldMentions.size() - matched)};
    }
    return counts;
}

DocumentScore score(const QList<GoldDocument> &gold, const QList<DocumentAnalysis> &predicted)
{
    QList<DocumentScore> scores;
    for (qsizetype i = 0; i < gold.size(); ++i)
        scores.append(evaluate(predicted.at(i), gold.at(i).analysis, gold.at(i).name));
    return overallScore(scores);
}

// A whole process, wall clock from start to exit, `input` on its stdin. With `peakKiB`, its VmHWM is
// polled every few milliseconds instead (such a run is not timed).
std::optional<double> runProcess(const QString &program, const QStringList &arguments,
                                 const QByteArray &input, QByteArray *output = nullptr,
                                 long *peakKiB = nullptr, const QString &workingDirectory = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    if (!output)
        process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        err() << "analysis_bench: cannot start " << program << ": " << process.errorString() << Qt::endl;
        return std::nullopt;
    }
    process.write(input);
    process.closeWriteChannel();
    bool finished = false;
    QByteArray collected;
    while (!finished && timer.elapsed() < kNodeTimeoutMs) {
        if (peakKiB)
            *peakKiB = std::max(*peakKiB, peakRssKiB(process.processId()));
        finished = process.waitForFinished(peakKiB ? kPollMs : 100);
        if (output)
            collected += process.readAllStandardOutput();
    }
    const double ms = elapsedMs(timer);
    if (!finished) {
        process.kill();
        process.waitForFinished();
        err() << "analysis_bench: " << program << " did not finish" << Qt::endl;
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        err() << "analysis_bench: " << program << " failed (exit code " << process.exitCode()
              << "): " << QString::fromLocal8Bit(process.readAllStandardError()).right(2000) << Qt::endl;
        return std::nullopt;
    }
    if (output)
        *output = collected + process.readAllStandardOutput();
    return ms;
}

std::optional<English> englishSeeds(const QString &dir)
{
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        out() << "compromise: skipped: no seed articles at " << QDir::toNativeSeparators(dir)
              << " (give --seeds DIR)\n";
        return std::nullopt;
    }
    const GoldSet gold = loadGoldFolder(dir);
    for (const GoldError &error : gold.errors)
        err() << "analysis_bench: " << error.text() << Qt::endl;
    English english;
    for (const GoldDocument &document : gold.documents) {
        if (document.analysis.language == u"en") {
            english.documents.append(document);
            english.bytes += document.text.toUtf8().size();
        }
    }
    if (english.documents.isEmpty()) {
        out() << "compromise: skipped: no English gold documents in " << QDir::toNativeSeparators(dir)
              << "\n";
        return std::nullopt;
    }
    return english;
}

std::optional<Side> measureOurs(const Lexicon &lexicon, const English &english,
                                const CompromiseOptions &options)
{
    Side ours;
    AnalysisPipeline pipeline(lexicon);
    if (const auto problem = pipeline.prepare()) {
        err() << "analysis_bench: " << *problem << Qt::endl;
        return std::nullopt;
    }
    // The first pass starts the helper and compiles the analyzer's patterns; it is not timed.
    for (int pass = 0; pass <= options.runs; ++pass) {
        QList<DocumentAnalysis> analyses;
        QElapsedTimer timer;
        timer.start();
        for (const GoldDocument &document : english.documents) {
            auto analysis = pipeline.analyze(document.text, document.analysis.language);
            if (const auto *error = std::get_if<QString>(&analysis)) {
                err() << "analysis_bench: " << document.name << ": " << *error << Qt::endl;
                return std::nullopt;
            }
            analyses.append(std::get<DocumentAnalysis>(std::move(analysis)));
        }
        if (pass > 0)
            ours.passes.push_back(elapsedMs(timer));
        ours.analyses = analyses;
    }
    if (options.claimscopeExecutable.isEmpty() || !QFileInfo(options.claimscopeExecutable).isExecutable())
        return ours;
    QStringList arguments{QStringLiteral("analyze"), QStringLiteral("--format"), QStringLiteral("json")};
    for (const GoldDocument &document : english.documents)
        arguments.append(document.documentPath);
    if (!runProcess(options.claimscopeExecutable, arguments, {})) // warm-up: the page cache
        return ours;
    for (int run = 0; run < options.runs; ++run) {
        if (const auto ms = runProcess(options.claimscopeExecutable, arguments, {}))
            ours.process.push_back(*ms);
    }
    // The app's process only: the helper is its child and has a peak of its own.
    runProcess(options.claimscopeExecutable, arguments, {}, nullptr, &ours.peakKiB);
    return ours;
}

// compromise from a temporary npm prefix, or the reason it cannot be had.
std::variant<Side, QString> measureCompromise(const English &english, const CompromiseOptions &options)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (node.isEmpty() || npm.isEmpty())
        return QStringLiteral("node and npm are needed (Debian: nodejs, npm)");
    QTemporaryDir prefix;
    if (!prefix.isValid())
        return QStringLiteral("no temporary folder: ") + prefix.errorString();

    QProcess install;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("npm_config_update_notifier"), QStringLiteral("false"));
    install.setProcessEnvironment(environment);
    // One retry: npm's default backoff keeps an offline machine waiting over a minute to say so.
    const QStringList installArguments{
        QStringLiteral("install"),           QStringLiteral("--prefix"),  prefix.path(),
        QStringLiteral("--no-audit"),        QStringLiteral("--no-fund"), QStringLiteral("--loglevel=error"),
        QStringLiteral("--fetch-retries=1"), QStringLiteral("compromise")};
    QElapsedTimer installTimer;
    installTimer.start();
    install.start(npm, installArguments);
    if (!install.waitForFinished(kInstallTimeoutMs) || install.exitStatus() != QProcess::NormalExit ||
        install.exitCode() != 0) {
        install.kill();
        // npm's first line names the error code; a "reason:" line, when there is one, says what the
        // network did. The rest is a stack trace and the path of its log.
        const QStringList lines =
            QString::fromLocal8Bit(install.readAllStandardError()).trimmed().split(u'\n', Qt::SkipEmptyParts);
        QStringList reason = lines.mid(0, 1);
        for (const QString &line : lines) {
            if (line.contains(QStringLiteral("reason:")) && !reason.contains(line))
                reason.append(line);
        }
        return QStringLiteral("npm install compromise failed (offline?): ") +
               (reason.isEmpty() ? install.errorString() : reason.join(QStringLiteral("; ")));
    }
    out() << QStringLiteral("compromise: installed with npm into %1 in %2\n")
                 .arg(prefix.path(), milliseconds(elapsedMs(installTimer)));

    const QString script = prefix.filePath(QStringLiteral("compare.mjs"));
    QFile scriptFile(script);
    if (!scriptFile.open(QIODevice::WriteOnly) || scriptFile.write(kScript) < 0)
        return QStringLiteral("cannot write ") + script;
    scriptFile.close();

    QJsonArray texts;
    for (const GoldDocument &document : english.documents)
        texts.append(document.text);
    const auto inputFor = [&](int passes) {
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("passes"), passes}, {QStringLiteral("texts"), texts}})
            .toJson(QJsonDocument::Compact);
    };

    // One process with a cold pass and `runs` warm ones; then whole processes of one pass each.
    QByteArray output;
    if (!runProcess(node, {script}, inputFor(options.runs + 1), &output, nullptr, prefix.path()))
        return QStringLiteral("the node script failed (see above)");
    QJsonParseError parseError;
    const QJsonObject result = QJsonDocument::fromJson(output, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("the node script's output is not JSON: ") + parseError.errorString();

    Side compromise;
    compromise.version = result.value(QStringLiteral("version")).toString();
    const QJsonArray passes = result.value(QStringLiteral("passes")).toArray();
    for (qsizetype i = 0; i < passes.size(); ++i)
        compromise.passes.push_back(passes.at(i).toDouble());
    const int mismatches = result.value(QStringLiteral("offsetMismatches")).toInt();
    out() << QStringLiteral("compromise %1: import %2; cold first pass %3; word offsets that do not map back "
                            "to their word: %4\n")
                 .arg(compromise.version, milliseconds(result.value(QStringLiteral("importMs")).toDouble()),
                      milliseconds(compromise.passes.empty() ? 0 : compromise.passes.front()))
                 .arg(mismatches);
    if (!compromise.passes.empty())
        compromise.passes.erase(compromise.passes.begin()); // the cold pass is reported apart

    const QJsonArray documents = result.value(QStringLiteral("documents")).toArray();
    if (documents.size() != english.documents.size())
        return QStringLiteral("the node script returned %1 documents for %2")
            .arg(documents.size())
            .arg(english.documents.size());
    for (qsizetype i = 0; i < documents.size(); ++i) {
        // Against the text: every span must lie in it and every "text" must be what its span covers.
        auto analysis = analysisFromJson(documents.at(i).toObject(), english.documents.at(i).text);
        if (const auto *problem = std::get_if<QString>(&analysis))
            return english.documents.at(i).name + QStringLiteral(": compromise's output refused: ") +
                   *problem;
        compromise.analyses.append(std::get<DocumentAnalysis>(std::move(analysis)));
    }

    const QByteArray onePass = inputFor(1);
    if (!runProcess(node, {script}, onePass, nullptr, nullptr, prefix.path())) // warm-up: the page cache
        return QStringLiteral("the node script failed (see above)");
    for (int run = 0; run < options.runs; ++run) {
        if (const auto ms = runProcess(node, {script}, onePass, nullptr, nullptr, prefix.path()))
            compromise.process.push_back(*ms);
    }
    runProcess(node, {script}, onePass, nullptr, &compromise.peakKiB, prefix.path());
    return compromise;
}

QString counts(const MatchCounts &c)
{
    return QStringLiteral("P %1 (%2/%3), R %4 (%5/%6), F1 %7")
        .arg(c.precision(), 0, 'f', 2)
        .arg(c.truePositives)
        .arg(c.predicted())
        .arg(c.recall(), 0, 'f', 2)
        .arg(c.truePositives)
        .arg(c.gold())
        .arg(c.f1(), 0, 'f', 2);
}

QString speed(qint64 bytes, const std::vector<double> &values)
{
    if (values.empty())
        return QStringLiteral("n/a");
    return QStringLiteral("%1, %2 (%3)")
        .arg(milliseconds(median(values)), megabytesPerSecond(bytes, median(values)), spread(values));
}

// The side-by-side's figures for tests/bench/run: speeds in MB/s of the same texts (medians), the
// ratios ours ÷ theirs (above 1: we are faster), quote F1 and peak memory.
void reportFigures(Report &report, qint64 bytes, const Side &ours, const Side *theirs,
                   const DocumentScore &ourScore, const std::optional<DocumentScore> &theirScore)
{
    const auto speeds = [&](const QString &key, const std::vector<double> &values) {
        if (values.empty())
            return 0.0;
        report.figure(key + QStringLiteral("_ms"), median(values), QStringLiteral("ms"), values);
        const double mbPerSecond = rate(bytes, median(values));
        report.figure(key + QStringLiteral("_mb_s"), mbPerSecond, QStringLiteral("MB/s"));
        return mbPerSecond;
    };
    report.figure(QStringLiteral("compromise_bytes"), static_cast<double>(bytes), QStringLiteral("bytes"));
    const double oursInside = speeds(QStringLiteral("compromise_ours_inside"), ours.passes);
    const double oursProcess = speeds(QStringLiteral("compromise_ours_process"), ours.process);
    report.figure(QStringLiteral("compromise_ours_quote_f1"), ourScore.quotesAll.f1(), QString());
    report.peak(QStringLiteral("compromise_ours_peak_mib"), ours.peakKiB);
    if (!theirs || !theirScore)
        return;
    report.note(QStringLiteral("compromise_version"), theirs->version);
    const double theirsInside = speeds(QStringLiteral("compromise_theirs_inside"), theirs->passes);
    const double theirsProcess = speeds(QStringLiteral("compromise_theirs_process"), theirs->process);
    if (theirsInside > 0)
        report.figure(QStringLiteral("compromise_ratio_inside"), oursInside / theirsInside,
                      QStringLiteral("x"));
    if (theirsProcess > 0)
        report.figure(QStringLiteral("compromise_ratio_process"), oursProcess / theirsProcess,
                      QStringLiteral("x"));
    report.figure(QStringLiteral("compromise_theirs_quote_f1"), theirScore->quotesAll.f1(), QString());
    report.peak(QStringLiteral("compromise_theirs_peak_mib"), theirs->peakKiB);
}

} // namespace

void compareWithCompromise(const Lexicon &lexicon, const CompromiseOptions &options, Report &report)
{
    out() << "\n== Side by side with compromise (English seed articles) ==\n";
    const auto english = englishSeeds(options.seedsDir);
    if (!english)
        return;
    out() << QStringLiteral(
                 "texts: %1 English seed articles of %2, %3 bytes of UTF-8; gold from the same folder\n")
                 .arg(english->documents.size())
                 .arg(QDir::toNativeSeparators(options.seedsDir))
                 .arg(english->bytes);

    const auto ours = measureOurs(lexicon, *english, options);
    if (!ours)
        return;
    const auto compromise = measureCompromise(*english, options);
    const Side *theirs = std::get_if<Side>(&compromise);
    if (!theirs) {
        out() << "compromise: skipped: " << std::get<QString>(compromise) << "\n";
        report.note(QStringLiteral("skipped_compromise"), std::get<QString>(compromise));
    }
    reportFigures(report, english->bytes, *ours, theirs, score(english->documents, ours->analyses),
                  theirs ? std::optional(score(english->documents, theirs->analyses)) : std::nullopt);

    const DocumentScore ourScore = score(english->documents, ours->analyses);
    const MatchCounts ourPeople = mentionCounts(english->documents, ours->analyses);
    const auto row = [](const QString &figure, const QString &ourValue, const QString &theirValue) {
        out() << QStringLiteral("| %1 | %2 | %3 |\n").arg(figure, ourValue, theirValue);
    };
    const QString none = QStringLiteral("–");
    out() << "\n| Figure | Claimscope (helper + analyzer, one thread) | compromise "
          << (theirs ? theirs->version + QStringLiteral(" (quotations() + people())")
                     : QStringLiteral("(not run)"))
          << " |\n|---|---|---|\n";
    row(QStringLiteral("Inside the program, median of %1 passes over all texts").arg(options.runs),
        speed(english->bytes, ours->passes), theirs ? speed(english->bytes, theirs->passes) : none);
    row(QStringLiteral("Whole process, one pass, median of %1").arg(options.runs),
        speed(english->bytes, ours->process), theirs ? speed(english->bytes, theirs->process) : none);
    row(QStringLiteral("Quotes in quotation marks"), counts(ourScore.quotesMarked),
        theirs ? counts(score(english->documents, theirs->analyses).quotesMarked) : none);
    row(QStringLiteral("All quotes"), counts(ourScore.quotesAll),
        theirs ? counts(score(english->documents, theirs->analyses).quotesAll) : none);
    row(QStringLiteral("Attribution (matched quotes with the right speaker)"),
        QStringLiteral("%1 (%2/%3)")
            .arg(ourScore.attribution.rate(), 0, 'f', 2)
            .arg(ourScore.attribution.agreeing)
            .arg(ourScore.attribution.total),
        theirs ? QStringLiteral("none (no attribution)") : none);
    row(QStringLiteral("Person mentions (gold speakers' mentions, span rule)"), counts(ourPeople),
        theirs ? counts(mentionCounts(english->documents, theirs->analyses)) : none);
    row(QStringLiteral("Peak RSS, whole process (VmHWM polled every %1 ms in an extra run)").arg(kPollMs),
        mebibytes(ours->peakKiB) + QStringLiteral(" (claimscope; its helper apart)"),
        theirs ? mebibytes(theirs->peakKiB) + QStringLiteral(" (node)") : none);
    out()
        << "\nInside the program: ours is AnalysisPipeline::analyze() per text on a running helper (its "
           "start-up and a warm-up pass excluded); compromise's is nlp(text).quotations().json() and "
           ".people().json() per text, after a cold first pass. Whole process: `claimscope analyze --format "
           "json FILE…` vs `node compare.mjs` with the texts on stdin (node start-up and compromise's "
           "import included; npm install is not).\n";
    out().flush();
}

} // namespace bench
