#include "core/analysis/Analyzer.h"

#include "core/analysis/Attribution.h"
#include "core/analysis/ClaimFinder.h"
#include "core/analysis/FigureParser.h"
#include "core/analysis/QuoteFinder.h"
#include "core/analysis/Referents.h"
#include "core/analysis/SpanIndex.h"
#include "core/analysis/SpeakerDiscovery.h"
#include "core/analysis/SpeakerResolver.h"
#include "core/analysis/StanceScorer.h"
#include "core/analysis/TextUnits.h"

#include <QHash>

#include <algorithm>

namespace claimscope::core {

namespace {

// Every Figure span the parser can read, typed; the speaker is the one whose quote or claim
// contains it.
QList<FigureAnnotation> typeFigures(const QString &text, const QString &language, const SpanIndex &spans,
                                    const QList<QuoteAnnotation> &quotes,
                                    const QList<ClaimAnnotation> &claims)
{
    QList<FigureAnnotation> figures;
    for (const TextRange &span : spans.figures) {
        const std::optional<ParsedFigure> parsed = parseFigureAt(text, span.start, span.end, language);
        if (!parsed)
            continue; // a year, a date, an ordinal or a name: not a cited figure
        FigureAnnotation figure;
        figure.range = span;
        figure.text = text.mid(span.start, span.length());
        figure.value = parsed->value;
        figure.unit = parsed->unit;
        figure.qualifier = parsed->qualifier;
        figure.year = yearNear(text, span.start, span.end);
        figure.measure = measureNear(text, span.start, span.end, *parsed);
        figure.confidence = parsed->kind == FigureKind::Number ? 0.6 : 0.9;
        for (const QuoteAnnotation &quote : quotes) {
            if (span.start >= quote.range.start && span.end <= quote.range.end)
                figure.speaker = quote.speaker;
        }
        for (const ClaimAnnotation &claim : claims) {
            if (figure.speaker.isEmpty() && span.start >= claim.range.start && span.end <= claim.range.end)
                figure.speaker = claim.speaker;
        }
        figures.append(figure);
    }
    return figures;
}

} // namespace

Analyzer::Analyzer(Lexicon lexicon)
    : m_lexicon(std::move(lexicon))
    , m_resolver(std::make_shared<SpeakerResolver>(m_lexicon))
{
    for (const Speaker &speaker : m_lexicon.speakers)
        m_kinds.insert(speaker.id, speaker.kind);
}

DocumentAnalysis Analyzer::analyze(const QString &text, const QString &language,
                                   const HighlightResult &spans) const
{
    DocumentAnalysis analysis;
    analysis.language = language;
    const SpanIndex index = SpanIndex::fromHighlight(spans);

    // 1. Speakers: the lexicon's, then the people the text introduces with a role; and the history
    // of who was named where, for pronouns and descriptions.
    QStringList mentionIds;
    analysis.speakers = m_resolver->mentions(text, index.speakers, &mentionIds);
    QHash<QString, QString> kinds = m_kinds;
    QList<std::pair<TextRange, QString>> named;
    for (qsizetype i = 0; i < index.speakers.size(); ++i)
        named.append({index.speakers.at(i), mentionIds.at(i)});
    for (const DiscoveredPerson &person :
         discoverSpeakers(text, language, index.speakers, m_lexicon.cues.value(language))) {
        SpeakerMention speaker;
        speaker.id = QStringLiteral("suggested:") + person.name;
        speaker.name = person.name;
        speaker.role = person.role;
        speaker.kind = person.kind;
        speaker.mentions = person.mentions;
        speaker.suggested = true;
        kinds.insert(speaker.id, person.kind);
        for (const TextRange &range : person.mentions)
            named.append({range, speaker.id});
        analysis.speakers.append(speaker);
    }
    std::stable_sort(analysis.speakers.begin(), analysis.speakers.end(),
                     [](const SpeakerMention &a, const SpeakerMention &b) {
                         return a.mentions.front().start < b.mentions.front().start;
                     });
    std::stable_sort(named.begin(), named.end(),
                     [](const auto &a, const auto &b) { return a.first.start < b.first.start; });
    MentionHistory history;
    for (const auto &[range, id] : named)
        history.add(range, id, kinds.value(id));

    // 2. Quotation marks, paired; the sentence units treat every marked span as opaque.
    QList<MarkedSpan> marked = findMarkedSpans(text, index);
    QList<TextRange> opaque;
    for (const MarkedSpan &span : marked)
        opaque.append({span.openMark.start, span.closed ? span.closeMark.end : span.inner.end});
    const QList<TextRange> sentenceUnits = sentences(text, opaque);
    const QList<TextRange> paragraphUnits = paragraphs(text);
    for (MarkedSpan &span : marked)
        span.speech = looksLikeSpeech(text, span, index, unitAt(sentenceUnits, span.openMark.start));

    // 3–4. Direct quotes, marked and unmarked, with their speakers.
    const DocumentContext context{text, language, index, sentenceUnits, paragraphUnits, history};
    analysis.quotes = attributeMarkedQuotes(context, marked);
    analysis.quotes += findUnmarkedQuotes(context, marked);
    std::sort(
        analysis.quotes.begin(), analysis.quotes.end(),
        [](const QuoteAnnotation &a, const QuoteAnnotation &b) { return a.range.start < b.range.start; });

    // 6. Claims, then 5. figures, which take the speaker of the quote or claim around them.
    analysis.claims = findClaims(context, analysis.quotes);
    analysis.figures = typeFigures(text, language, index, analysis.quotes, analysis.claims);

    // 7. Stances, from the quotes and claims just found and the sentences naming each speaker.
    analysis.stances = scoreStances(text, language, analysis, sentenceUnits);
    return analysis;
}

} // namespace claimscope::core
