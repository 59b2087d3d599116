#pragma once

// The corpus of project_bench: the sample articles, read by importFile() as the app reads them,
// written out again as many sources that are not copies of one another. Each copy gets a title of
// its own, and the people the built-in lexicon lists keep their first names but most of them get a
// generated surname, drawn per copy from a pool of names where a few are common and most are rare,
// as in a real corpus. Copies are padded with paragraphs of their own article up to the wanted
// size. Everything is drawn from a seeded generator, so a seed gives the same files on any machine.

#include "core/highlight/Lexicon.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <utility>

namespace bench {

struct SampleArticle {
    QString fileName;
    QString text;
    QString language;
};

// The sample articles (*.txt in `folder`, by name) as importFile() reads them; nothing, with the
// reason on stderr, when there are none or one is refused.
std::optional<QList<SampleArticle>> readSampleArticles(const QString &folder);

struct CorpusOptions {
    int sources = 1000;
    qint64 targetBytes = 5'000'000; // UTF-8 of all sources together, reached by padding
    quint32 seed = 20241025;
    int namePool = 400;     // generated surnames to draw from
    double keptShare = 0.2; // of the lexicon's people in a copy, how many keep their own name
};

struct GeneratedCorpus {
    QStringList files;                                     // in the order they are imported
    qint64 bytes = 0;                                      // UTF-8 of the texts
    std::map<QString, std::pair<int, qint64>> perLanguage; // sources and bytes
    int peopleRenamed = 0;                                 // person-in-a-copy counts
    int peopleKept = 0;
    int surnamesUsed = 0; // distinct generated surnames in the whole corpus
};

// Writes the corpus as UTF-8 .txt files into `folder` (which must exist), the articles taken in
// turn. Stops early, with the reason on stderr, when a file cannot be written.
std::optional<GeneratedCorpus> writeCorpus(const QList<SampleArticle> &articles,
                                           const claimscope::core::Lexicon &lexicon,
                                           const CorpusOptions &options, const QString &folder);

} // namespace bench
