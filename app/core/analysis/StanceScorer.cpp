#include "core/analysis/StanceScorer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace claimscope::core {

namespace {

enum class Kind { Favour, Need, Push, Act, Against, Hedge, Firm };

// A cue: a pattern of one language; `negated` marks cues that carry their own negation
// ("no plans"), which must not be flipped again.
struct Cue {
    QRegularExpression pattern;
    Kind kind;
    bool negated = false;
    bool deniesNeed = false; // "no need", "необязательно": a need to join, denied
    bool timeHedge = false;  // "for now", "пока": limits a refusal in time
};

struct Language {
    QRegularExpression topic;
    QRegularExpression negationBefore; // tested on the few words before a cue
    QRegularExpression negationAfter;  // tested on the few words after a cue
    QRegularExpression setback;
    QRegularExpression relations;      // courtesy words about a country: "friend", "strategic partner"
    QRegularExpression roleNoun;       // a role just before a name: "President", "spokesperson"
    QRegularExpression contrast;       // "but", "however"
    QRegularExpression pronounStart;   // a sentence going on about the person just named
    QRegularExpression negationInWord; // negation inside a verb or participle ("olmayan")
    QList<Cue> cues;                   // most specific first: an earlier match wins an overlap
    // Every cue in one pattern: most sentences hold none, and one search tells so (no cue uses a
    // back-reference, so the alternation matches where any of them does).
    QRegularExpression anyCue;
};

Language withAnyCue(Language language)
{
    QStringList alternatives;
    for (const Cue &cue : std::as_const(language.cues))
        alternatives.append(QStringLiteral("(?:") + cue.pattern.pattern() + QLatin1Char(')'));
    language.anyCue = QRegularExpression(alternatives.join(QLatin1Char('|')),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption);
    return language;
}

QRegularExpression re(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption |
                                                              QRegularExpression::UseUnicodePropertiesOption);
}

Language english()
{
    Language l;
    l.topic = re(R"(\b(BRICS|bloc|grouping|alliance|organi[sz]ations?|associations?|member\w*|join\w*|)"
                 R"(apply\w*|appli\w*|accession|partner(-| )(country )?status|partnership)\b)");
    l.negationBefore =
        re(R"(\b(not|no|never|without|nothing|neither|nor|cannot|rather than|instead of)\b|n't\b)");
    l.negationAfter = re(R"(^\b$)"); // English puts negation before
    l.setback = re(R"(\b(setback|blow|disappointment)\b)");
    l.relations = re(R"(\b(friends?|friendly|strategic partners?|allies|ally|good relations|brotherly)\b)");
    l.roleNoun = re(R"(\b(president|minister|spokes\w*|ambassador|secretary|leader|head|chairman|director|)"
                    R"(expert|analyst|scientist|economist|professor)\W+(\w+\W+){0,3}$)");
    l.contrast = re(R"(\b(but|however|yet)\b)");
    l.pronounStart = re(R"(^\W*(he|she)\b)");
    l.negationInWord = re(R"(^\b$)");
    l.cues = {
        {re(R"(\b(no|not|never) (\w+ ){0,2}on the agenda\b)"), Kind::Against, true},
        {re(R"(\boff the table\b)"), Kind::Against, true},
        {re(R"(\b(did|does|do) not come up\b)"), Kind::Against, true},
        {re(R"(\bno plans?\b)"), Kind::Against, true},
        {re(R"(\bno need\b)"), Kind::Against, true, true},
        {re(R"(\black of (need|interest)\b)"), Kind::Against, true},
        {re(R"(\b(never|categorically|ruled? out|under no circumstances|out of the question)\b)"),
         Kind::Firm},
        {re(R"(\b(for now|for the time being|at this stage|at present|foreseeable future|not yet)\b)"),
         Kind::Hedge, false, false, true},
        {re(R"(\bpartner(-| )(country )?status\b|\bas an? (invited )?guest\b)"), Kind::Hedge},
        {re(R"(\b(urg\w*|call\w* on \w+ to join|should join|must join|push\w* for (membership|joining))\b)"),
         Kind::Push},
        {re(R"(\b(necessary|need|needs|obliged) to (join|apply|become)\b)"), Kind::Need},
        {re(R"(\bcooperat\w*[^.;:!?]{0,60}?\bpossible\b|\bpossible to cooperate\b)"), Kind::Favour},
        {re(R"(\b(plan|plans|planned|planning|intend\w*|want\w*|seek\w*|sought|decid\w*) to )"
            R"((join|apply|seek|become)\b)"),
         Kind::Favour},
        {re(R"(\b(welcom\w*|opportunit\w*|benefit\w*|advantage\w*|support\w*|in favou?r of|rapprochement)\b)"),
         Kind::Favour},
        {re(R"(\b(refus\w*|reject\w*|declin\w*|refrain\w*|cautio\w*|careful\w*|reluctan\w*|hesitan\w*|)"
            R"(freez\w*|froze\w*|risk\w*|compromis\w*|hostil\w*|obligations?|burdens?|)"
            R"(raise\w* (\w+ ){0,3}questions)\b)"),
         Kind::Against},
        {re(R"(\b(join\w*|apply\w*|applying|become (a )?(full )?member|seek\w* (\w+ ){0,2}membership|)"
            R"(membership)\b)"),
         Kind::Act},
    };
    return l;
}

Language russian()
{
    Language l;
    l.topic = re(R"((БРИКС|блок\w*|объединени\w*|альянс\w*|организаци\w*|член\w*|вступ\w*|присоедин\w*|)"
                 R"(заявк\w*|партн[её]рств\w*|статус\w* партн\w*))");
    l.negationBefore = re(R"((^|[\s,«])(не|нет|без|ни|нельзя)(?!\w))");
    l.negationAfter = re(R"((^|[\s,])нет(?!\w))");
    l.setback = re(R"((неудач\w*|удар по|разочаровани\w*))");
    l.relations =
        re(R"(\b(друг|друга|другом|друзья\w*|друзей|дружеств\w*|стратегическ\w* партн\w*|союзник\w*|)"
           R"(братск\w*)\b)");
    l.roleNoun =
        re(R"((президент\w*|министр\w*|секретар\w*|посол\w*|глав\w*|лидер\w*|директор\w*|эксперт\w*|)"
           R"(аналитик\w*|политолог\w*|экономист\w*|профессор\w*)\W+(\w+\W+){0,3}$)");
    l.contrast = re(R"((^|[\s,])(но|однако)(?!\w))");
    l.pronounStart = re(R"(^\W*(он|она)(?!\w))");
    l.negationInWord = re(R"(^\b$)");
    l.cues = {
        {re(R"(не (стоит )?на повестке|нет в повестке|не (говорил|обсуждал|поднимал)\w*)"), Kind::Against,
         true},
        {re(R"((не обязательно|необязательно|нет необходимости|нет нужды|незачем))"), Kind::Against, true,
         true},
        {re(R"((никогда|категорически|исключено|ни при каких))"), Kind::Firm},
        {re(R"((пока|на (данном|этом) этапе|в обозримом будущем|в ближайшее время))"), Kind::Hedge, false,
         false, true},
        {re(R"((статус\w* партн\w*|партн[её]рств\w*|как гость|в качестве гостя))"), Kind::Hedge},
        {re(R"((призыва\w*|призвал\w*|настаива\w*|(должен|должна|должны|следует) (вступ|присоедин)\w*))"),
         Kind::Push},
        {re(R"(((нужно|надо|необходимо|обязательно) (вступ|присоедин)\w*))"), Kind::Need},
        {re(R"((сотруднич\w*[^.;:!?]{0,80}?(можно|возможн\w*)|(можно|возможно) сотруднич\w*))"),
         Kind::Favour},
        {re(R"(((планиру|намерен|собира|хоч|хотел)\w* (\w+ ){0,2}(вступ|присоедин|пода)\w*))"), Kind::Favour},
        {re(R"((возможност\w*|выгод\w*|польз\w*|преимуществ\w*|приветств\w*|поддерж\w*|сближени\w*))"),
         Kind::Favour},
        {re(R"((отказ\w*|отверг\w*|отклон\w*|воздерж\w*|осторож\w*|сдержанн\w*|риск\w*|враждебн\w*|)"
            R"(обязательств\w*|под вопрос|замороз\w*))"),
         Kind::Against},
        {re(R"((вступ\w*|присоедин\w*|заявк\w*|членств\w*))"), Kind::Act},
    };
    return l;
}

Language turkish()
{
    Language l;
    l.topic = re(R"((BRICS|blok\w*|bloğ\w*|birli\w*|örgüt\w*|oluşum\w*|ittifak\w*|üye\w*|katıl\w*|başvur\w*|)"
                 R"(ortak ülke|ortaklık))");
    l.negationBefore = re(R"((^|\s)(hiç|hiçbir)(\s|$))");
    l.negationAfter = re(R"((^|\s)(değil|yok)\w*)");
    l.setback = re(R"((darbe\w*|başarısızlık\w*|hayal kırıklığı\w*))");
    l.relations = re(R"((dost\w*|stratejik ortak\w*|müttefik\w*|kardeş\w*))");
    l.roleNoun = re(R"((cumhurbaşkan\w*|bakan\w*|sözcü\w*|büyükelçi\w*|lider\w*|başkan\w*|direktör\w*|)"
                    R"(uzman\w*|analist\w*|siyaset bilimci\w*|ekonomist\w*|profesör\w*)\W+(\w+\W+){0,3}$)");
    l.contrast = re(R"((^|[\s,])(ama|ancak|fakat)(?!\w))");
    l.pronounStart = re(R"(^\W*(o|kendisi)(?!\w))");
    l.negationInWord = re(R"(\w{2,}(m[ae](yan|yen|d[ıiuü]|z\b|y[ae]c[ae][kğ])|m[ıiuü]yor)\w*)");
    // Turkish negates inside the verb: -me/-ma before the tense ("katılmıyor", "planlamadığını",
    // "katılmayacak", "düşünmüyor", "katılmadan").
    const char *negatedVerb =
        R"(m[ıiuü]yor|m[ae]d[ıiuü]ğ|m[ae]y[ae]c[ae][kğ]|m[ae]z\b|m[ae]m[ıiuü]ş|m[ae]dan)";
    l.cues = {
        {re(R"((gündeme gelmedi|gündemde değil))"), Kind::Against, true},
        {QRegularExpression(QString::fromUtf8(R"((katıl|başvur|planla|düşün|niyet|iste|gir)\w*?(%1)\w*)")
                                .arg(QString::fromUtf8(negatedVerb)),
                            QRegularExpression::CaseInsensitiveOption |
                                QRegularExpression::UseUnicodePropertiesOption),
         Kind::Against, true},
        {re(R"((asla|kesinlikle|hiçbir şekilde|söz konusu olamaz))"), Kind::Firm},
        {re(R"((şimdilik|bu aşamada|öngörülebilir gelecekte|yakın gelecekte|henüz))"), Kind::Hedge, false,
         false, true},
        {re(R"((ortak ülke statüsü\w*|ortaklık statüsü\w*|ortak statüsü\w*|davetli olarak|konuk olarak))"),
         Kind::Hedge},
        {re(R"((çağır\w*|çağrı\w*|ısrar\w*))"), Kind::Push},
        {re(R"((zorunlu|gerekli|şart)\b)"), Kind::Need},
        {re(R"((işbirli\w*[^.;:!?]{0,60}?mümkün\w*))"), Kind::Favour},
        {re(R"((fırsat\w*|fayda\w*|yarar\w*|avantaj\w*|memnuniyet\w*|destekl\w*|olumlu|yakınlaş\w*))"),
         Kind::Favour},
        {re(R"((redd\w*|çekimser\w*|temkinli\w*|ihtiyatlı\w*|dikkatli\w*|risk\w*|düşmanlık\w*|)"
            R"(yükümlülük\w*|soru işaret\w*|dondur\w*))"),
         Kind::Against},
        {re(R"((katıl\w*|başvur\w*|üyelik\w*))"), Kind::Act},
    };
    return l;
}

const Language &languageFor(const QString &code)
{
    static const Language en = withAnyCue(english());
    static const Language ru = withAnyCue(russian());
    static const Language tr = withAnyCue(turkish());
    if (code == QLatin1String("ru"))
        return ru;
    if (code == QLatin1String("tr"))
        return tr;
    return en;
}

// How much a piece of evidence says about the person: their words over a report over framing.
enum class Basis { Expressed = 3, Reported = 2, Inferred = 1 };

struct Signal {
    TextRange range;
    int weight = 0;
    Kind kind = Kind::Act;
    bool negated = false;    // flipped by a negation, or a cue carrying its own
    bool deniesNeed = false; // a need to join, denied
    bool timeHedge = false;
};

// The sentence of `unit` around `position`: from the last sentence end before it to the next.
TextRange sentenceIn(const QString &text, const TextRange &unit, qsizetype position)
{
    static const QRegularExpression end(QStringLiteral("[.!?]"));
    qsizetype from = unit.start;
    for (qsizetype i = position - 1; i >= unit.start; --i) {
        if (end.match(text.at(i)).hasMatch()) {
            from = i + 1;
            break;
        }
    }
    qsizetype to = unit.end;
    for (qsizetype i = position; i < unit.end; ++i) {
        if (end.match(text.at(i)).hasMatch()) {
            to = i;
            break;
        }
    }
    return {from, to};
}

// Up to `words` words of `text` before `position` (after, when `after`), stopping at a clause
// break, for looking for a negation that governs the cue.
QString window(const QString &text, qsizetype start, qsizetype end, qsizetype position, bool after)
{
    constexpr int kWords = 3;
    static const QRegularExpression clauseBreak(QStringLiteral("[,;:.!?]|\\bbut\\b|\\bно\\b|\\bama\\b"));
    QString piece;
    if (after) {
        piece = text.mid(position, std::min<qsizetype>(end - position, 60));
        const QRegularExpressionMatch stop = clauseBreak.match(piece);
        if (stop.hasMatch() && stop.capturedStart() > 0)
            piece.truncate(stop.capturedStart());
        const QStringList words = piece.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // Postposed negation ("враждебности к блоку нет") may close a longer phrase.
        return words.mid(0, kWords + 2).join(QLatin1Char(' '));
    }
    const qsizetype from = std::max(start, position - 60);
    piece = text.mid(from, position - from);
    qsizetype lastBreak = -1;
    for (QRegularExpressionMatchIterator it = clauseBreak.globalMatch(piece); it.hasNext();)
        lastBreak = it.next().capturedEnd();
    if (lastBreak >= 0)
        piece = piece.mid(lastBreak);
    const QStringList words = piece.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.mid(std::max<qsizetype>(0, words.size() - kWords)).join(QLatin1Char(' '));
}

// Weights in half points, so that a denied objection can count half.
int weightOf(Kind kind, bool negated)
{
    switch (kind) {
    case Kind::Favour:
    case Kind::Need:
        return negated ? -2 : 2;
    case Kind::Push:
        return negated ? -2 : 4;
    case Kind::Act:
        return negated ? -2 : 0;
    case Kind::Against:
        return negated ? 1 : -2; // denying an objection is half a favour, not support
    case Kind::Hedge:
        return negated ? 0 : -2;
    case Kind::Firm:
        return negated ? 0 : -4;
    }
    return 0;
}

// The signals in `unit` outside `excluded`, skipping stretches already in `taken`.
QList<Signal> signalsIn(const QString &text, const Language &language, const TextRange &unit,
                        const QList<TextRange> &excluded, QList<TextRange> *taken)
{
    QList<Signal> found;
    const QString piece = text.mid(unit.start, unit.length());
    if (!language.anyCue.match(piece).hasMatch())
        return found;
    for (const Cue &cue : language.cues) {
        for (QRegularExpressionMatchIterator it = cue.pattern.globalMatch(piece); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const TextRange range{unit.start + match.capturedStart(), unit.start + match.capturedEnd()};
            const auto overlaps = [&range](const TextRange &other) {
                return other.overlap(range) > 0;
            };
            if (std::any_of(excluded.cbegin(), excluded.cend(), overlaps) ||
                std::any_of(taken->cbegin(), taken->cend(), overlaps))
                continue;
            taken->append(range);
            bool negated = false;
            if (!cue.negated) {
                negated =
                    language.negationBefore.match(window(text, unit.start, unit.end, range.start, false))
                        .hasMatch() ||
                    language.negationAfter.match(window(text, unit.start, unit.end, range.end, true))
                        .hasMatch();
            }
            // "Not yet", "пока нет": a negated time hedge is still a hedge.
            const int weight = cue.timeHedge ? weightOf(cue.kind, false) : weightOf(cue.kind, negated);
            if (weight != 0) // a negated hedge or firm word says nothing
                found.append({range, weight, negated && !cue.timeHedge ? Kind::Act : cue.kind,
                              negated || cue.negated, cue.deniesNeed || (cue.kind == Kind::Need && negated),
                              cue.timeHedge});
        }
    }
    // Concession: "not necessary to join, but cooperation is possible" rules out the form, not the
    // direction, so a denied need followed in its sentence by a contrast and a favour counts for nothing.
    const auto sameSentence = [&](const Signal &a, const Signal &b) {
        const TextRange sentence = sentenceIn(text, unit, a.range.start);
        return sentence.start <= b.range.start && b.range.end <= sentence.end;
    };
    // The negated joining the need governs ("katılmak zorunlu değil") goes with it.
    QList<Signal> conceded;
    for (const Signal &signal : std::as_const(found)) {
        if (signal.deniesNeed && std::any_of(found.cbegin(), found.cend(), [&](const Signal &other) {
                return other.weight > 0 && other.range.start > signal.range.end &&
                       sameSentence(signal, other) &&
                       language.contrast
                           .match(text.mid(signal.range.end, other.range.start - signal.range.end))
                           .hasMatch();
            }))
            conceded.append(signal);
    }
    QList<Signal> kept;
    for (const Signal &signal : std::as_const(found)) {
        const bool concession = std::any_of(conceded.cbegin(), conceded.cend(), [&](const Signal &need) {
            return need.range == signal.range ||
                   (signal.kind == Kind::Act && signal.negated && signal.range.end <= need.range.start &&
                    sameSentence(need, signal));
        });
        if (concession)
            continue;
        // A time hedge limits a refusal; in a sentence with no negation it limits nothing
        // ("at this stage the leadership is weighing the pros and cons").
        if (signal.timeHedge) {
            const TextRange sentence = sentenceIn(text, unit, signal.range.start);
            const QString words = text.mid(sentence.start, sentence.length());
            const bool negation = language.negationBefore.match(words).hasMatch() ||
                                  language.negationInWord.match(words).hasMatch() ||
                                  language.negationAfter.match(words).hasMatch() ||
                                  std::any_of(found.cbegin(), found.cend(), [&](const Signal &other) {
                                      return other.negated && sameSentence(signal, other);
                                  });
            if (!negation)
                continue;
        }
        kept.append(signal);
    }
    return kept;
}

bool speaksOfQuestion(const QString &text, const Language &language, const TextRange &range)
{
    return language.topic.match(text.mid(range.start, range.length())).hasMatch();
}

// What is gathered for one speaker (or the document) before scoring.
struct Tally {
    QList<Signal> signalList;
    QList<TextRange> evidence;
    QList<TextRange> neutral; // own topical units without a signal
    int strongestBasis = 0;

    void add(const QList<Signal> &found, const TextRange &unit, Basis basis, bool flip)
    {
        if (found.isEmpty())
            return;
        for (Signal signal : found) {
            if (flip)
                signal.weight = -signal.weight;
            signalList.append(signal);
        }
        evidence.append(unit);
        strongestBasis = std::max(strongestBasis, int(basis));
    }
};

std::optional<StanceAnnotation> scoreTally(const Tally &tally, const QString &speaker)
{
    StanceAnnotation stance;
    stance.speaker = speaker;
    stance.target = stanceTarget();
    if (tally.signalList.isEmpty()) {
        if (tally.neutral.isEmpty())
            return std::nullopt; // no evidence, no stance
        stance.score = 0;
        stance.evidence = tally.neutral;
        stance.confidence = 0.3;
        return stance;
    }
    int favour = 0;
    int against = 0;
    bool push = false;
    bool firm = false;
    bool hedge = false;
    for (const Signal &signal : tally.signalList) {
        if (signal.weight > 0)
            favour += signal.weight;
        else
            against -= signal.weight;
        push = push || (signal.kind == Kind::Push && signal.weight > 0);
        firm = firm || (signal.kind == Kind::Firm && signal.weight < 0);
        hedge = hedge || signal.kind == Kind::Hedge;
    }
    const int net = favour - against;
    if (net > 0)
        stance.score = push && against == 0 ? 2 : 1;
    else if (net < 0)
        stance.score = firm && !hedge && favour == 0 ? -2 : -1;
    else
        stance.score = 0;
    stance.evidence = tally.evidence;
    std::sort(stance.evidence.begin(), stance.evidence.end(),
              [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    const double signalsPart = std::min<double>(0.3, 0.1 * tally.signalList.size());
    stance.confidence = std::min(0.9, 0.25 + 0.1 * tally.strongestBasis + signalsPart);
    return stance;
}

TextRange sentenceAround(const QList<TextRange> &sentences, const TextRange &range)
{
    for (const TextRange &sentence : sentences) {
        if (sentence.start <= range.start && range.start < sentence.end)
            return {sentence.start, std::max(sentence.end, range.end)};
    }
    return range;
}

// The paragraph around `range`: from the line break before it to the one after it.
TextRange paragraphAround(const QString &text, const TextRange &range)
{
    const qsizetype before = range.start > 0 ? text.lastIndexOf(QLatin1Char('\n'), range.start - 1) : -1;
    const qsizetype after = text.indexOf(QLatin1Char('\n'), range.end);
    return {before < 0 ? 0 : before + 1, after < 0 ? text.size() : after};
}

} // namespace

QString stanceTarget()
{
    return QStringLiteral("Kazakhstan joining BRICS as a full member");
}

QList<StanceAnnotation> scoreStances(const QString &text, const QString &language,
                                     const DocumentAnalysis &analysis, const QList<TextRange> &sentences)
{
    const Language &words = languageFor(language);
    QList<StanceAnnotation> stances;
    for (const SpeakerMention &speaker : analysis.speakers) {
        Tally tally;
        QList<TextRange> taken;
        QList<TextRange> others; // other speakers' words: not this speaker's evidence
        QList<std::pair<TextRange, Basis>> own;
        for (const QuoteAnnotation &quote : analysis.quotes) {
            if (quote.speaker == speaker.id)
                own.append({quote.range, Basis::Expressed});
            else
                others.append(quote.range);
        }
        for (const ClaimAnnotation &claim : analysis.claims) {
            if (claim.speaker == speaker.id)
                own.append({claim.range, Basis::Reported});
            else
                others.append(claim.range);
        }
        for (const auto &[range, basis] : own) {
            if (!speaksOfQuestion(text, words, range) &&
                !speaksOfQuestion(text, words, sentenceAround(sentences, range))) {
                // Courtesy about the country ("a friend and strategic partner") from someone
                // reacting to the decision: a neutral comment, not a position.
                if (words.relations.match(text.mid(range.start, range.length())).hasMatch())
                    tally.neutral.append(range);
                continue;
            }
            const QList<Signal> found = signalsIn(text, words, range, {}, &taken);
            if (found.isEmpty())
                tally.neutral.append(range);
            tally.add(found, range, basis, false);
        }
        // Someone with no quote or claim is judged from mentions only when the text gives them a
        // role ("President X") or deals them a setback: a cited author or a name in a list is not.
        const bool hasRole =
            std::any_of(speaker.mentions.cbegin(), speaker.mentions.cend(), [&](const TextRange &m) {
                const qsizetype from = std::max<qsizetype>(0, m.start - 50);
                return words.roleNoun.match(text.mid(from, m.start - from)).hasMatch();
            });
        QSet<qsizetype> seen;
        for (const TextRange &mention : speaker.mentions) {
            const TextRange sentence = sentenceAround(sentences, mention);
            if (seen.contains(sentence.start))
                continue;
            // Named inside another person's quote or claim ("X said the president approached the
            // question carefully"): the part of that sentence inside the host is this person's
            // evidence too, when the host's paragraph speaks of the question.
            const auto host = std::find_if(others.cbegin(), others.cend(), [&](const TextRange &other) {
                return other.start <= mention.start && mention.end <= other.end;
            });
            if (host != others.cend()) {
                if (own.isEmpty() && !hasRole)
                    continue;
                const TextRange unit{std::max(sentence.start, host->start),
                                     std::min(sentence.end, host->end)};
                if (!speaksOfQuestion(text, words, unit) &&
                    !speaksOfQuestion(text, words, paragraphAround(text, *host)))
                    continue;
                seen.insert(sentence.start);
                QList<TextRange> rest;
                for (const TextRange &other : std::as_const(others)) {
                    if (!(other == *host))
                        rest.append(other);
                }
                tally.add(signalsIn(text, words, unit, rest, &taken), unit, Basis::Inferred, false);
                continue;
            }
            // A sentence naming the speaker speaks of the question when it does, or when the next
            // sentence goes on about them with a pronoun ("X describes the line as caution. He notes …").
            const auto nextIt =
                std::find_if(sentences.cbegin(), sentences.cend(),
                             [&](const TextRange &other) { return other.start >= sentence.end; });
            const TextRange next =
                nextIt == sentences.cend() ? TextRange{sentence.end, sentence.end} : *nextIt;
            const bool continued = next.length() > 0 &&
                                   words.pronounStart.match(text.mid(next.start, next.length())).hasMatch() &&
                                   speaksOfQuestion(text, words, next);
            if (!speaksOfQuestion(text, words, sentence) && !continued)
                continue;
            seen.insert(sentence.start);
            const QString piece = text.mid(sentence.start, sentence.length());
            const QRegularExpressionMatch setbackMatch = words.setback.match(piece);
            const bool setback = setbackMatch.hasMatch();
            if (own.isEmpty() && !hasRole && !setback)
                continue;
            QList<Signal> found = signalsIn(text, words, sentence, others, &taken);
            // A setback for the question's course is against it; flipped below, it is for X.
            if (setback && found.isEmpty())
                found.append({{sentence.start + setbackMatch.capturedStart(),
                               sentence.start + setbackMatch.capturedEnd()},
                              -2,
                              Kind::Against});
            tally.add(found, sentence, Basis::Inferred, setback);
        }
        if (std::optional<StanceAnnotation> stance = scoreTally(tally, speaker.id))
            stances.append(*stance);
    }
    return stances;
}

std::optional<StanceAnnotation> scoreDocumentStance(const QString &text, const QString &language,
                                                    const QList<TextRange> &sentences)
{
    const Language &words = languageFor(language);
    Tally tally;
    QList<TextRange> taken;
    for (const TextRange &sentence : sentences) {
        if (speaksOfQuestion(text, words, sentence))
            tally.add(signalsIn(text, words, sentence, {}, &taken), sentence, Basis::Inferred, false);
    }
    return scoreTally(tally, QString());
}

} // namespace claimscope::core
