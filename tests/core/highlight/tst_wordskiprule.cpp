#include "core/highlight/DefinitionGenerator.h"
#include "core/highlight/Lexicon.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace claimscope::core;
using namespace Qt::StringLiterals;

namespace {

// The generated definition ends every context a text passes through with DetectIdentifier, which
// takes the rest of a word (letters, digits, underscores) in one step. That is only harmless while
// no other rule of such a context can match in the middle of a word; these tests hold the
// generator to it.

Lexicon realLexicon()
{
    const QString resource = u":/lexicon/speakers.json"_s;
    const QString folder =
        QFile::exists(resource) ? u":/lexicon/"_s : QStringLiteral(CLAIMSCOPE_SAMPLE_DIR "/../lexicon/");
    const LexiconResult result = loadLexicon(folder + u"speakers.json"_s, folder + u"cues.json"_s);
    if (const auto *error = std::get_if<LexiconError>(&result))
        qFatal("%s", qPrintable(error->message()));
    return std::get<Lexicon>(result);
}

struct Rule {
    QString element;
    QXmlStreamAttributes attributes;
};

// Every context's rules in order, IncludeRules left as they are.
QHash<QString, QList<Rule>> contexts(const QString &xml)
{
    QHash<QString, QList<Rule>> result;
    QXmlStreamReader reader(xml);
    QString context;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement() && reader.name() == u"context")
            context.clear();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"context")
            context = reader.attributes().value("name"_L1).toString();
        else if (!context.isEmpty())
            result[context].append({reader.name().toString(), reader.attributes()});
    }
    return result;
}

QList<Rule> resolved(const QHash<QString, QList<Rule>> &all, const QString &name)
{
    QList<Rule> rules;
    for (const Rule &rule : all.value(name)) {
        if (rule.element == u"IncludeRules")
            rules += resolved(all, rule.attributes.value("context"_L1).toString());
        else
            rules.append(rule);
    }
    return rules;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Texts where names, cues and figures sit right after a letter or digit, where no rule may match.
QStringList gluedTexts(const Lexicon &lexicon)
{
    QStringList words;
    for (const Speaker &speaker : lexicon.speakers)
        words += speaker.formsEn + speaker.formsRu + speaker.formsTr;
    for (const QStringList &cues : lexicon.cues)
        words += cues;
    words +=
        {u"43 billion"_s,   u"$5m"_s,          u"80%"_s,      u"half of"_s,  u"более 5 млн"_s, u"yüzde 80"_s,
         u"five hundred"_s, u"13 countries"_s, u"“quoted”"_s, u"‘single’"_s, u"«ёлка»"_s};
    QStringList texts;
    for (const QString &word : std::as_const(words)) {
        for (const QString &glue : {u"x"_s, u"Я"_s, u"7"_s, u"_"_s, u"ı"_s})
            texts.append(glue + word + u' ' + glue + word.toUpper());
    }
    const QDir samples(QStringLiteral(CLAIMSCOPE_SAMPLE_DIR));
    for (const QString &name : samples.entryList({u"*.txt"_s}, QDir::Files)) {
        QFile file(samples.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            texts += QString::fromUtf8(file.readAll()).split(u'\n');
    }
    return texts;
}

} // namespace

class TestWordSkipRule final : public QObject {
    Q_OBJECT

private slots:
    void everyEnteredContextEndsWithTheWordSkipRule()
    {
        const auto all = contexts(generateDefinition(realLexicon()));
        for (const QString &name : all.keys()) {
            if (name != u"Text" && !name.startsWith(u"Quote."))
                continue; // rule sets that are only included
            const QList<Rule> &rules = all.value(name);
            QVERIFY2(!rules.isEmpty() && rules.back().element == u"DetectIdentifier", qPrintable(name));
            const qsizetype skips = std::count_if(
                rules.begin(), rules.end(), [](const Rule &r) { return r.element == u"DetectIdentifier"; });
            QCOMPARE(skips, qsizetype(1));
        }
    }

    void noOtherRuleMatchesInsideAWord()
    {
        const Lexicon lexicon = realLexicon();
        const auto all = contexts(generateDefinition(lexicon));
        QSet<std::pair<QString, bool>> patterns; // each regex once, however many contexts include it
        for (const QString &name : all.keys()) {
            if (name != u"Text" && !name.startsWith(u"Quote."))
                continue;
            for (const Rule &rule : resolved(all, name)) {
                if (rule.element == u"DetectChar" || rule.element == u"AnyChar") {
                    const auto key = rule.element == u"DetectChar" ? "char"_L1 : "String"_L1;
                    const QString chars = rule.attributes.value(key).toString();
                    for (const QChar c : chars)
                        QVERIFY2(!isWordCharacter(c), qPrintable(name + u": "_s + chars));
                } else if (rule.element == u"RegExpr" && rule.attributes.value("column"_L1) != u"0") {
                    patterns.insert({rule.attributes.value("String"_L1).toString(),
                                     rule.attributes.value("insensitive"_L1) == u"true"});
                } else {
                    QVERIFY2(rule.element == u"RegExpr" || rule.element == u"DetectIdentifier",
                             qPrintable(name + u": a rule this test does not know: "_s + rule.element));
                }
            }
        }
        const QStringList texts = gluedTexts(lexicon);
        for (const auto &[pattern, insensitive] : std::as_const(patterns)) {
            const QRegularExpression regex(pattern, engineRegexOptions(false, insensitive));
            QVERIFY(regex.isValid());
            for (const QString &text : texts) {
                for (qsizetype at = 1; at < text.size(); ++at) {
                    if (!isWordCharacter(text[at - 1]) || !isWordCharacter(text[at]))
                        continue;
                    const bool matches = regex
                                             .match(text, at, QRegularExpression::NormalMatch,
                                                    QRegularExpression::AnchorAtOffsetMatchOption)
                                             .hasMatch();
                    QVERIFY2(!matches,
                             qPrintable(u"a rule matches inside a word: "_s + text.mid(at - 1, 30)));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestWordSkipRule)
#include "tst_wordskiprule.moc"
