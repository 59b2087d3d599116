#include "core/highlight/AlternationFactoring.h"
#include "core/highlight/DefinitionGenerator.h"

#include <QRegularExpression>
#include <QTest>

using namespace claimscope::core;
using namespace Qt::StringLiterals;

namespace {

// What a rule of the engine sees: at each offset, whether the pattern matches exactly there and how
// far. Two patterns with the same answers everywhere give the same highlighting.
QList<qsizetype> matchLengths(const QString &pattern, bool caseInsensitive, const QString &text)
{
    const QRegularExpression regex(pattern, engineRegexOptions(false, caseInsensitive));
    QList<qsizetype> lengths;
    for (qsizetype offset = 0; offset <= text.size(); ++offset) {
        const QRegularExpressionMatch match = regex.match(text, offset);
        lengths.append(match.hasMatch() && match.capturedStart() == offset ? match.capturedLength() : -1);
    }
    return lengths;
}

} // namespace

class TestAlternationFactoring final : public QObject {
    Q_OBJECT

private slots:
    void sharedFirstCharactersShareOneBranch()
    {
        QCOMPARE(factorAlternation({u"Tokayev"_s, u"Toqayev"_s, u"Lavrov"_s}, false),
                 u"To(?:kayev|qayev)|Lavrov"_s);
        // Case-insensitively "a" and "A" are one first character.
        QCOMPARE(factorAlternation({u"about"_s, u"Around"_s}, true), u"a(?:bout|round)"_s);
        QCOMPARE(factorAlternation({u"about"_s, u"Around"_s}, false), u"about|Around"_s);
    }

    void nothingMovesPastWhatItCannotSeeInto()
    {
        // A class, an escape such as \s, a group or a quantified character is kept in its place.
        QCOMPARE(factorAlternation({u"ab"_s, u"[ax]c"_s, u"ad"_s}, false), u"ab|[ax]c|ad"_s);
        QCOMPARE(factorAlternation({u"ab"_s, u"\\sc"_s, u"ad"_s}, false), u"ab|\\sc|ad"_s);
        QCOMPARE(factorAlternation({u"ab"_s, u"(?:a)c"_s, u"ad"_s}, false), u"ab|(?:a)c|ad"_s);
        QCOMPARE(factorAlternation({u"a?b"_s, u"ac"_s}, false), u"a?b|ac"_s);
        // An alternative that ends where another goes on keeps its turn.
        QCOMPARE(factorAlternation({u"abc"_s, u"ab"_s, u"abd"_s}, false), u"ab(?:c||d)"_s);
    }

    void theFactoredAlternationMatchesExactlyAsTheListDid_data()
    {
        QTest::addColumn<QStringList>("alternatives");
        QTest::addColumn<bool>("caseInsensitive");
        QTest::addColumn<QString>("text");
        QTest::newRow("names") << QStringList{u"Kassym\\-Jomart\\s+Tokayev"_s,
                                              u"Tokayev"_s,
                                              u"Toqayev"_s,
                                              u"Tok"_s,
                                              u"Kas\\ım"_s,
                                              u"R\\.\\s*Siddharth"_s}
                               << false
                               << u"Tokayev Toqayev Tokay Kassym-Jomart  Tokayev Kasım R.Siddharth"_s;
        QTest::newRow("longer first, shorter later")
            << QStringList{u"according\\s+to"_s, u"according"_s, u"added"_s, u"adds"_s, u"a"_s} << true
            << u"ACCORDING to According added Adds a A"_s;
        QTest::newRow("russian endings")
            << QStringList{u"\\Т\\о\\к\\а\\е\\в(?:ым|ом|а|у)?"_s, u"\\Т\\о\\к"_s, u"\\Л\\а\\в\\р\\о\\в"_s}
            << false << u"Токаевым Токаеву Ток Лавров Токаев"_s;
        QTest::newRow("turkish case pairs")
            << QStringList{u"[yY][aA][kK]"_s, u"[yY][üÜ][zZ]"_s, u"[iİ][lL]"_s, u"[ıI][lL]"_s} << false
            << u"Yak yÜz İl Il il ıl"_s;
        QTest::newRow("overlapping sets")
            << QStringList{u"[CA]\\$"_s, u"A\\$x"_s, u"C"_s, u"AB"_s} << false << u"A$x C$ AB A$"_s;
    }

    void theFactoredAlternationMatchesExactlyAsTheListDid()
    {
        QFETCH(QStringList, alternatives);
        QFETCH(bool, caseInsensitive);
        QFETCH(QString, text);
        // The word-boundary look-ahead makes the engine backtrack into later alternatives, which is
        // where a wrong order would show.
        const QString tail = uR"((?!\w))"_s;
        const QString plain = u"(?:"_s + alternatives.join(u'|') + u')' + tail;
        const QString factored = u"(?:"_s + factorAlternation(alternatives, caseInsensitive) + u')' + tail;
        QVERIFY2(QRegularExpression(factored).isValid(), qPrintable(factored));
        QCOMPARE(matchLengths(factored, caseInsensitive, text), matchLengths(plain, caseInsensitive, text));
    }
};

QTEST_GUILESS_MAIN(TestAlternationFactoring)
#include "tst_alternationfactoring.moc"
