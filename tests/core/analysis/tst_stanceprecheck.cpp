#include "core/analysis/StanceCueMatches.h"
#include "core/analysis/StanceCuePrecheck.h"
#include "core/analysis/StanceCues.h"

#include <QTest>

#include <functional>
#include <random>

using namespace claimscope::core;
using namespace claimscope::core::stance;

// The stance cues' literal pre-check (StanceCuePrecheck.h) skips PCRE only where PCRE could not
// match. Checked three ways: the folding against PCRE's own caseless matching, character by
// character; the literals read from patterns; and the cue matches with the pre-check against a
// plain search, on generated text full of the characters that fold onto the cue words' letters.

namespace {

const QRegularExpression::PatternOptions kCueOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

const QStringList &languages()
{
    static const QStringList codes{QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("tr")};
    return codes;
}

QList<TextRange> plainMatches(const QRegularExpression &pattern, const QString &text, const TextRange &unit)
{
    QList<TextRange> found;
    for (auto it = pattern.globalMatch(text.mid(unit.start, unit.length())); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        found.append({unit.start + match.capturedStart(), unit.start + match.capturedEnd()});
    }
    return found;
}

// Variants a careless pre-check would get wrong: other case forms PCRE matches caselessly, and
// look-alikes it does not (İ, ı, ё for е).
QString variantOf(QChar c, std::mt19937 &random)
{
    static const QHash<QChar, QString> variants{
        {u's', QStringLiteral(u"Sſ")},
        {u'k', QStringLiteral(u"K\u212A")},
        {u'i', QStringLiteral(u"Iİı")},
        {u'в', QStringLiteral(u"В\u1C80")},
        {u'о', QStringLiteral(u"О\u1C82")},
        {u'с', QStringLiteral(u"С\u1C83")},
        {u'т', QStringLiteral(u"Т\u1C84\u1C85")},
        {u'д', QStringLiteral(u"Д\u1C81")},
        {u'е', QStringLiteral(u"Еёe")},
        {u'ı', QStringLiteral(u"Iiİ")},
        {u'ş', QStringLiteral(u"Şs")},
        {u'a', QStringLiteral(u"Aа")},
    };
    const QChar lower = c.toLower();
    const QString options = variants.value(lower, QString(c.toUpper()));
    return QString(options.at(std::uniform_int_distribution<qsizetype>(0, options.size() - 1)(random)));
}

// Text made of the cues' own words, now and then with a letter swapped for a variant, glued by
// spaces, no-break spaces, hyphens, punctuation and line ends.
QStringList generatedTexts(const Language &language, int count, std::mt19937 &random)
{
    QStringList words{QStringLiteral("the"), QStringLiteral("Kazakhstan"), QStringLiteral("BRICS"),
                      QStringLiteral("не"),  QStringLiteral("на"),         QStringLiteral("bu")};
    for (const Cue &cue : language.cues) {
        for (const QString &literal : cue.literals.value_or(QStringList()))
            words += literal.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    const QStringList glue{QStringLiteral(" "),      QStringLiteral(" "),  QStringLiteral(" "),
                           QStringLiteral("\u00A0"), QStringLiteral("-"),  QStringLiteral(". "),
                           QStringLiteral(", "),     QStringLiteral("; "), QStringLiteral("\n"),
                           QStringLiteral("ing "),   QStringLiteral("s "), QStringLiteral(" a full ")};
    std::uniform_int_distribution<qsizetype> pickWord(0, words.size() - 1);
    std::uniform_int_distribution<qsizetype> pickGlue(0, glue.size() - 1);
    std::uniform_int_distribution<int> percent(0, 99);
    QStringList texts;
    for (int n = 0; n < count; ++n) {
        QString text;
        const int length = 1 + percent(random) % 6;
        for (int w = 0; w < length; ++w) {
            QString word = words.at(pickWord(random));
            if (percent(random) < 25)
                word = word.toUpper();
            for (qsizetype i = 0; i < word.size(); ++i) {
                if (percent(random) < 8)
                    word.replace(i, 1, variantOf(word.at(i), random));
            }
            text += word;
            if (w + 1 < length || percent(random) < 30)
                text += glue.at(pickGlue(random));
        }
        texts.append(text);
    }
    return texts;
}

using Precheck = std::function<bool(const Cue &, const QString &)>; // may the cue match the text?

bool realPrecheck(const Cue &cue, const QString &text)
{
    return !cue.literals || PrecheckText(text).mayHold(*cue.literals);
}

// The first text a pre-check rules out although the cue matches it, or an empty string.
QString firstMissed(const Cue &cue, const QStringList &texts, const Precheck &precheck)
{
    for (const QString &text : texts) {
        if (!precheck(cue, text) && cue.pattern.match(text).hasMatch())
            return text;
    }
    return {};
}

} // namespace

class TestStancePrecheck : public QObject {
    Q_OBJECT

private slots:
    // Every pair of sure characters: PCRE matches one caselessly with the other exactly when
    // they fold alike.
    void foldingAgreesWithPcreOnSureCharacters()
    {
        QString sure;
        for (char32_t c = 1; c < 0x10000; ++c) {
            if (precheckFold(char16_t(c)) != 0)
                sure.append(QChar(c));
        }
        QVERIFY(sure.size() > 400);
        for (const QChar letter : std::as_const(sure)) {
            const QRegularExpression one(QRegularExpression::escape(QString(letter)), kCueOptions);
            QString matched;
            for (auto it = one.globalMatch(sure); it.hasNext();)
                matched += it.next().captured();
            QString expected;
            for (const QChar c : std::as_const(sure)) {
                if (precheckFold(c.unicode()) == precheckFold(letter.unicode()))
                    expected += c;
            }
            QCOMPARE(matched, expected);
        }
    }

    // For each letter of a cue literal, over the whole of Unicode: whatever PCRE matches with it
    // caselessly folds alike or is not sure (and so is always searched).
    void everyCaselessFormOfALiteralLetterIsCaught()
    {
        QString all;
        for (char32_t c = 1; c <= 0x10FFFF; ++c) {
            if (c < 0xD800 || c > 0xDFFF)
                all.append(QString::fromUcs4(&c, 1));
        }
        QSet<QChar> letters;
        for (const QString &code : languages()) {
            for (const Cue &cue : languageFor(code).cues) {
                for (const QString &literal : cue.literals.value_or(QStringList()))
                    letters.unite(QSet<QChar>(literal.cbegin(), literal.cend()));
            }
        }
        QVERIFY(letters.size() > 40);
        for (const QChar letter : std::as_const(letters)) {
            const QRegularExpression one(QRegularExpression::escape(QString(letter)), kCueOptions);
            for (auto it = one.globalMatch(all); it.hasNext();) {
                const QString form = it.next().captured();
                const char16_t folded = form.size() == 1 ? precheckFold(form.at(0).unicode()) : 0;
                QVERIFY2(folded == 0 || folded == letter.unicode(),
                         qPrintable(QStringLiteral("%1 matches %2").arg(form, QString(letter))));
            }
        }
    }

    void trickyCharactersAreNotSure_data()
    {
        QTest::addColumn<QString>("character");
        QTest::addColumn<QString>("matchesLetter");
        QTest::newRow("long s matches s") << QStringLiteral(u"ſ") << QStringLiteral("s");
        QTest::newRow("Kelvin sign matches k") << QStringLiteral(u"\u212A") << QStringLiteral("k");
        QTest::newRow("rounded ve matches в") << QStringLiteral(u"\u1C80") << QStringLiteral(u"в");
        QTest::newRow("narrow o matches о") << QStringLiteral(u"\u1C82") << QStringLiteral(u"о");
        QTest::newRow("tall te matches т") << QStringLiteral(u"\u1C84") << QStringLiteral(u"т");
        QTest::newRow("Angstrom sign matches å") << QStringLiteral(u"\u212B") << QStringLiteral(u"å");
    }

    void trickyCharactersAreNotSure()
    {
        QFETCH(QString, character);
        QFETCH(QString, matchesLetter);
        QVERIFY(QRegularExpression(matchesLetter, kCueOptions).match(character).hasMatch());
        QCOMPARE(precheckFold(character.at(0).unicode()), char16_t(0));
        const PrecheckText text(QString(QStringLiteral("join ") + character));
        QVERIFY(!text.isSure());
        QVERIFY(text.mayHold({QStringLiteral("nothing like it")}));
    }

    void turkishAndCyrillicLettersStayApart()
    {
        QVERIFY(precheckFold(u'İ') != precheckFold(u'i'));
        QVERIFY(precheckFold(u'ı') != precheckFold(u'i'));
        QVERIFY(precheckFold(u'ё') != precheckFold(u'е'));
        QCOMPARE(precheckFold(u'Ё'), char16_t(u'ё'));
        QCOMPARE(precheckFold(u'Ş'), char16_t(u'ş'));
        QCOMPARE(precheckFold(u'Ж'), char16_t(u'ж'));
        QVERIFY(PrecheckText(u"ВСТУП\u00A0Join-İı").folded() == std::u16string(u"вступ\u00A0join-İı"));
    }

    void literalsAreLookedForInTheFoldedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("literals");
        QTest::addColumn<bool>("mayHold");
        const auto row = [](const char *name, const char16_t *text, const QStringList &literals,
                            bool mayHold) {
            QTest::newRow(name) << QString::fromUtf16(text) << literals << mayHold;
        };
        row("at the start", u"Join now", {QStringLiteral("join")}, true);
        row("at the end", u"they may JOIN", {QStringLiteral("join")}, true);
        row("second of three", u"x membership y", {QStringLiteral("join"), QStringLiteral("membership")},
            true);
        row("all pairs there, not in a row", u"jo oi in", {QStringLiteral("join")}, false);
        row("one letter", u"a b", {QStringLiteral("b")}, true);
        row("one letter missing", u"a b", {QStringLiteral("c")}, false);
        row("none", u"nothing here", {QStringLiteral("join"), QStringLiteral("apply")}, false);
        row("Cyrillic", u"ПОКА НЕТ", {QStringLiteral(u"пока")}, true);
        row("not sure: long s", u"ſomething", {QStringLiteral("join")}, true);
        row("empty text", u"", {QStringLiteral("join")}, false);
    }

    void literalsAreLookedForInTheFoldedText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, literals);
        QFETCH(bool, mayHold);
        QCOMPARE(PrecheckText(text).mayHold(literals), mayHold);
    }

    void literalsReadFromPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("literals"); // empty: no pre-check
        const auto row = [](const char *name, const char *pattern, const QStringList &literals) {
            QTest::newRow(name) << QString::fromUtf8(pattern) << literals;
        };
        row("alternation of words", R"(\b(join\w*|apply\w*|membership)\b)",
            {QStringLiteral("join"), QStringLiteral("apply"), QStringLiteral("membership")});
        row("optional letter cuts the run", R"(\bin favou?r of\b)", {QStringLiteral("in favo")});
        row("known strings multiplied out", R"(на (данном|этом) этапе)",
            {QStringLiteral(u"на данном этапе"), QStringLiteral(u"на этом этапе")});
        row("longest run of a branch", R"(\b(necessary|needed\w*) to be\b)", {QStringLiteral(" to be")});
        row("mandatory group when it is longer", R"(\b(necessary|needed\w*) to\b)",
            {QStringLiteral("necessary"), QStringLiteral("needed")});
        row("an empty branch multiplied out", R"(x(ab|)y)", {QStringLiteral("xaby"), QStringLiteral("xy")});
        row("too many to multiply", R"((a|b|c|d|e|f|g|h|i)(a|b|c|d|e|f|g|h|i)(xyz|uvw))",
            {QStringLiteral("xyz"), QStringLiteral("uvw")});
        row("optional group is not required", R"((very )?good)", {QStringLiteral("good")});
        row("repeated letter ends the run", R"(ab+c)", {QStringLiteral("ab")});
        row("upper case folded", R"(BRICS)", {QStringLiteral("brics")});
        row("escaped punctuation is literal", R"(U\.S\.)", {QStringLiteral("u.s.")});
        row("lookahead consumes nothing", R"((?=join)\w+)", {});
        row("a branch without literals", R"(join|\w+)", {});
        row("empty branch", R"((join|))", {});
        row("unknown escape", R"(\p{L}join)", {});
        row("inline option", R"((?i)join)", {});
        row("long s is not sure", R"(ſeek)", {QStringLiteral("eek")});
        row("class is skipped", R"(партн[её]рств)", {QStringLiteral(u"партн")});
        row("alternatives in a class do not end it", R"([|)]x)", {QStringLiteral("x")});
    }

    void literalsReadFromPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, literals);
        const std::optional<QStringList> read = requiredLiterals(QRegularExpression(pattern, kCueOptions));
        QCOMPARE(read.value_or(QStringList()), literals);
    }

    // The three costly cues have literals, or the pre-check would save nothing on them.
    void costlyCuesArePrechecked()
    {
        for (const QString &code : languages()) {
            for (const Cue &cue : languageFor(code).cues) {
                if (cue.kind == Kind::Act || cue.timeHedge)
                    QVERIFY2(cue.literals.has_value(), qPrintable(cue.pattern.pattern()));
            }
        }
    }

    void precheckNeverRulesOutAMatch_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        const auto row = [](const char *name, const char *code, const char16_t *text) {
            QTest::newRow(name) << QString::fromLatin1(code) << QString::fromUtf16(text);
        };
        row("long s in membership", "en", u"seeking full memberſhip");
        row("Kelvin sign in seek", "en", u"they SEE\u212A membership");
        row("JOIN in capitals at the start", "en", u"JOIN");
        row("apply at the very end", "en", u"Astana may apply");
        row("split by a hyphen", "en", u"mem-bership and join-ing");
        row("split by a no-break space", "en", u"become\u00A0a member, for\u00A0now");
        row("dotted capital I", "en", u"APPLYİNG for membershİp");
        row("dotless i", "en", u"joınıng");
        row("rounded ve in вступление", "ru", u"\u1C80ступление");
        row("capital Cyrillic", "ru", u"ВСТУПЛЕНИЕ В БРИКС ПОКА НЕ ОБСУЖДАЕТСЯ");
        row("ё is not е", "ru", u"на этом этапё, пока");
        row("narrow o in пока", "ru", u"п\u1C82ка нет");
        row("tall te in этапе", "ru", u"на данном э\u1C84апе");
        row("Turkish capitals", "tr", u"KATILMAYACAK, ŞİMDİLİK");
        row("dotless i in katıl", "tr", u"katılmak zorunlu değil");
        row("ASCII I for ı", "tr", u"KATILMAK");
    }

    void precheckNeverRulesOutAMatch()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        const Language &words = languageFor(language);
        const CueMatches cues(text, words);
        for (qsizetype cue = 0; cue < words.cues.size(); ++cue) {
            QVERIFY(firstMissed(words.cues.at(cue), {text}, realPrecheck).isEmpty());
            QCOMPARE(cues.in(cue, {0, text.size()}),
                     plainMatches(words.cues.at(cue).pattern, text, {0, text.size()}));
        }
    }

    // Generated text, whole and in random units: the cue matches with the pre-check are those of
    // a plain search, and the pre-check did rule out some texts and let matches through.
    void cueMatchesAgreeWithPlainSearch()
    {
        std::mt19937 random(13);
        for (const QString &code : languages()) {
            const Language &words = languageFor(code);
            const QStringList texts = generatedTexts(words, 1500, random);
            int ruledOut = 0;
            int matched = 0;
            for (const QString &text : texts) {
                const CueMatches cues(text, words);
                std::uniform_int_distribution<qsizetype> position(0, text.size());
                qsizetype a = position(random);
                qsizetype b = position(random);
                if (a > b)
                    std::swap(a, b);
                for (qsizetype cue = 0; cue < words.cues.size(); ++cue) {
                    const QRegularExpression &pattern = words.cues.at(cue).pattern;
                    const QList<TextRange> whole = plainMatches(pattern, text, {0, text.size()});
                    QCOMPARE(cues.in(cue, {0, text.size()}), whole);
                    QCOMPARE(cues.in(cue, {a, b}), plainMatches(pattern, text, {a, b}));
                    matched += whole.isEmpty() ? 0 : 1;
                    ruledOut += realPrecheck(words.cues.at(cue), text) ? 0 : 1;
                }
            }
            QVERIFY2(
                matched > 500 && ruledOut > 500,
                qPrintable(
                    QStringLiteral("%1: %2 matched, %3 ruled out").arg(code).arg(matched).arg(ruledOut)));
        }
    }

    // The comparison above can fail: a pre-check that lower-cases with Qt instead of folding as
    // PCRE does misses matches in the same generated texts.
    void aCarelessPrecheckIsCaught()
    {
        const Precheck careless = [](const Cue &cue, const QString &text) {
            const QString lower = text.toLower();
            return !cue.literals ||
                   std::any_of(cue.literals->cbegin(), cue.literals->cend(),
                               [&lower](const QString &literal) { return lower.contains(literal); });
        };
        std::mt19937 random(13);
        int caught = 0;
        for (const QString &code : languages()) {
            const Language &words = languageFor(code);
            const QStringList texts = generatedTexts(words, 1500, random);
            for (const Cue &cue : words.cues) {
                QVERIFY(firstMissed(cue, texts, realPrecheck).isEmpty());
                caught += firstMissed(cue, texts, careless).isEmpty() ? 0 : 1;
            }
        }
        QVERIFY(caught > 0);
    }
};

QTEST_GUILESS_MAIN(TestStancePrecheck)
#include "tst_stanceprecheck.moc"
