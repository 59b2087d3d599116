#pragma once

#include "core/analysis/Annotations.h"
#include "core/highlight/Lexicon.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QRegularExpression>
#include <QString>

namespace claimscope::core {

// Which lexicon person a Speaker span names. Every form of every language is tried, because a
// Russian text may spell a name in Latin letters and a Turkish one may quote a Russian source;
// Russian forms match in all their cases through formPattern().
class SpeakerResolver final {
public:
    explicit SpeakerResolver(const Lexicon &lexicon);

    // The lexicon index of the person `spanText` names, or -1. A span that matches exactly wins over
    // one that matches only ignoring case (an all-caps headline), and a longer form over a shorter.
    // Answers are remembered: the same few names recur in every document of a corpus, and trying
    // every form's pattern is the costly part. Safe to call from several threads.
    qsizetype resolve(const QString &spanText) const;

    // One SpeakerMention per person, in order of first mention; unknown names become suggested
    // speakers whose id is "suggested:" + the name as written. `ids` receives the id of each span.
    QList<SpeakerMention> mentions(const QString &text, const QList<TextRange> &spans,
                                   QStringList *ids) const;

private:
    struct Form {
        qsizetype speaker;
        qsizetype length;
        QRegularExpression exact;
        QRegularExpression caseless;
    };
    qsizetype match(const QString &spanText) const;

    Lexicon m_lexicon;
    QList<Form> m_forms;
    mutable QMutex m_cacheMutex;
    mutable QHash<QString, qsizetype> m_cache;
};

} // namespace claimscope::core
