#include "core/project/PageGeometryCodec.h"

#include <QTest>
#include <QtEndian>

#include <bit>
#include <functional>
#include <limits>

using namespace claimscope::core;
using namespace Qt::StringLiterals;

// The blob a project file keeps of a PDF source's page geometry: its layout pinned to the byte,
// round trips over Russian text with a character outside the Basic Multilingual Plane, and every
// inconsistency refused, both in bytes read back and in a geometry about to be written.

namespace {

// Offsets in UTF-16 code units: 𝔸 takes two, and every Cyrillic letter one (two bytes in UTF-8).
const QString kText = u"«Мы не будем подавать заявку», — заявил Токаев.\n\nМатематика 𝔸 и «Нет»"_s;

WordBox wordOf(const QString &word, int page, const QRectF &box)
{
    return {kText.indexOf(word), word.size(), page, box};
}

// Two pages of different sizes, numbers that no float32 holds (0.1 + 0.2), a word broken over two
// lines with a box on each, a page boundary, a glyph sticking out of its page, and the last word
// ending where the text ends.
PageGeometry russianGeometry()
{
    PageGeometry geometry;
    geometry.pageSizes = {QSizeF(595.2756, 841.8898), QSizeF(612, 792)};
    const WordBox broken = wordOf(u"подавать"_s, 0, {480.5, 90.25, 40.125, 11.5});
    WordBox brokenEnd = broken;
    brokenEnd.box = QRectF(72, 103.75, 38, 11.5);
    geometry.words = {
        wordOf(u"Мы"_s, 0, {0.1 + 0.2, 90.25, 15.3333333333, 11.5}),
        broken,
        brokenEnd,
        wordOf(u"Токаев"_s, 0, {150.0625, 103.75, 41.7, 11.5}),
        wordOf(u"Математика"_s, 1, {-0.75, -1.5, 80.25, 14}), // out of the page's top-left corner
        wordOf(u"𝔸"_s, 1, {0, 0, 9.99, 12}),
        wordOf(u"Нет"_s, 1, {130, 700.5, 21.25, 12}),
    };
    return geometry;
}

// One page and two words of a ten-unit text: the base every damaged blob below is made from.
constexpr qsizetype kTinyText = 10;
PageGeometry tinyGeometry()
{
    PageGeometry geometry;
    geometry.pageSizes = {QSizeF(595.5, 842)};
    geometry.words = {{3, 2, 0, QRectF(72, 100.25, 10.5, 12)}, {6, 4, 0, QRectF(85, 100.25, 20, 12)}};
    return geometry;
}

// Where the fields of tinyGeometry() lie, by the documented layout.
constexpr qsizetype kPageCountAt = 1;
constexpr qsizetype kWordCountAt = 5;
constexpr qsizetype kPageWidthAt = 9;
constexpr qsizetype kPageHeightAt = 17;
constexpr qsizetype kWordAt[] = {25, 69};
constexpr qsizetype kOffsetField = 0, kLengthField = 4, kPageField = 8;
constexpr qsizetype kXField = 12, kYField = 20, kWidthField = 28, kHeightField = 36;

QByteArray encoded(const PageGeometry &geometry, qsizetype textLength)
{
    auto blob = pagegeometry::encode(geometry, textLength);
    if (auto *problem = std::get_if<QString>(&blob)) {
        qWarning().noquote() << *problem;
        return {};
    }
    return std::get<QByteArray>(blob);
}

QByteArray tinyBlob()
{
    return encoded(tinyGeometry(), kTinyText);
}

QByteArray withByte(QByteArray blob, qsizetype at, char value)
{
    blob[at] = value;
    return blob;
}

QByteArray withU32(QByteArray blob, qsizetype at, quint32 value)
{
    qToLittleEndian(value, blob.data() + at);
    return blob;
}

QByteArray withF64(QByteArray blob, qsizetype at, double value)
{
    qToLittleEndian(std::bit_cast<quint64>(value), blob.data() + at);
    return blob;
}

QString problemText(const std::variant<PageGeometry, QString> &decoded)
{
    const auto *problem = std::get_if<QString>(&decoded);
    return problem ? *problem : QString();
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

} // namespace

Q_DECLARE_METATYPE(claimscope::core::PageGeometry)

class TestPageGeometryCodec final : public QObject {
    Q_OBJECT

private slots:
    void layoutIsPinnedToTheByte();
    void roundTripOverRussianText();
    void pagesWithoutWordsRoundTrip();
    void offsetsAreUtf16CodeUnitsOfTheTextGiven();
    void damagedBlobsAreRefused_data();
    void damagedBlobsAreRefused();
    void geometriesThatCouldNotBeReadBackAreNotEncoded_data();
    void geometriesThatCouldNotBeReadBackAreNotEncoded();
};

void TestPageGeometryCodec::layoutIsPinnedToTheByte()
{
    // Format version 1 as the header comment of PageGeometryCodec.h documents it. A change here is a
    // new format version, and version 1 blobs in users' projects must still decode.
    PageGeometry geometry;
    geometry.pageSizes = {QSizeF(595.5, 842)};
    geometry.words = {{3, 2, 0, QRectF(72, 100.25, 10.5, 12)}};
    const QByteArray expected = QByteArray::fromHex("01"               // format version
                                                    "01000000"         // 1 page
                                                    "01000000"         // 1 word
                                                    "00000000009c8240" // page width 595.5
                                                    "0000000000508a40" // page height 842
                                                    "03000000"         // word offset 3
                                                    "02000000"         // length 2
                                                    "00000000"         // page 0
                                                    "0000000000005240" // x 72
                                                    "0000000000105940" // y 100.25
                                                    "0000000000002540" // width 10.5
                                                    "0000000000002840" // height 12
    );
    QCOMPARE(encoded(geometry, 5), expected);
    const auto decoded = pagegeometry::decode(expected, 5);
    QCOMPARE(problemText(decoded), QString());
    QCOMPARE(std::get<PageGeometry>(decoded), geometry);
}

void TestPageGeometryCodec::roundTripOverRussianText()
{
    const PageGeometry geometry = russianGeometry();
    QVERIFY(!pagegeometry::problemOf(geometry, kText.size()));
    const QByteArray blob = encoded(geometry, kText.size());
    QCOMPARE(blob.size(), 9 + 16 * 2 + 44 * 7);
    const auto decoded = pagegeometry::decode(blob, kText.size());
    QCOMPARE(problemText(decoded), QString());
    const PageGeometry &back = std::get<PageGeometry>(decoded);
    QCOMPARE(back, geometry); // to the bit: 0.1 + 0.2 stays 0.30000000000000004
    QCOMPARE(back.words.at(0).box.x(), 0.1 + 0.2);
    QCOMPARE(kText.mid(back.words.at(3).offset, back.words.at(3).length), u"Токаев"_s);
    QCOMPARE(kText.mid(back.words.at(5).offset, back.words.at(5).length), u"𝔸"_s);
    QCOMPARE(back.words.constLast().offset + back.words.constLast().length, kText.size() - 1);
}

void TestPageGeometryCodec::pagesWithoutWordsRoundTrip()
{
    // A PDF whose second page is a picture: the page is kept, so later pages keep their numbers.
    PageGeometry geometry;
    geometry.pageSizes = {QSizeF(420, 595), QSizeF(420, 595)};
    geometry.words = {{0, 4, 0, QRectF(36, 36, 30, 10)}};
    const auto decoded = pagegeometry::decode(encoded(geometry, 4), 4);
    QCOMPARE(problemText(decoded), QString());
    QCOMPARE(std::get<PageGeometry>(decoded), geometry);

    geometry.words.clear();
    QCOMPARE(std::get<PageGeometry>(pagegeometry::decode(encoded(geometry, 0), 0)), geometry);
}

void TestPageGeometryCodec::offsetsAreUtf16CodeUnitsOfTheTextGiven()
{
    // The text ends with "»", after the last word: a text one unit shorter still holds every word,
    // two units shorter cuts "Нет" off, and the blob is refused.
    const QByteArray blob = encoded(russianGeometry(), kText.size());
    QVERIFY(std::holds_alternative<PageGeometry>(pagegeometry::decode(blob, kText.size() - 1)));
    QVERIFY(problemText(pagegeometry::decode(blob, kText.size() - 2)).contains(u"not within the text"_s));

    // An importer counting UTF-8 bytes would place "Нет" far past the end of the UTF-16 text.
    PageGeometry utf8 = russianGeometry();
    utf8.words.last().offset = kText.toUtf8().indexOf("Нет");
    QVERIFY(utf8.words.last().offset > kText.size());
    QVERIFY(pagegeometry::problemOf(utf8, kText.size()));
}

void TestPageGeometryCodec::damagedBlobsAreRefused_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::addColumn<QString>("reason"); // a part of the error, naming the check that caught it

    const QByteArray good = tinyBlob();
    QCOMPARE(good.size(), 9 + 16 + 2 * 44);
    const qsizetype word0 = kWordAt[0], word1 = kWordAt[1];
    const auto row = [](const char *name, const QByteArray &blob, const QString &reason) {
        QTest::newRow(name) << blob << reason;
    };

    row("an empty blob", {}, u"shorter than the header"_s);
    row("a blob cut within its header", good.left(8), u"shorter than the header"_s);
    row("format version 0", withByte(good, 0, 0), u"unknown format version 0"_s);
    row("format version 2, from a newer build", withByte(good, 0, 2), u"unknown format version 2"_s);
    row("text where the blob should be", QByteArray("Мы не будем"), u"unknown format version"_s);
    row("a header without pages, the words' bytes kept",
        withU32(good, kPageCountAt, 0).remove(kPageWidthAt, 16), u"no pages"_s);

    row("a blob cut one byte short", good.chopped(1), u"where 1 pages and 2 words take 113"_s);
    row("a blob cut after its pages", good.left(word0), u"where 1 pages and 2 words take 113"_s);
    row("a blob with a byte too many", good + '\0', u"where 1 pages and 2 words take 113"_s);
    row("a word count one above the words stored", withU32(good, kWordCountAt, 3), u"take 157"_s);
    row("a word count one below the words stored", withU32(good, kWordCountAt, 1), u"take 69"_s);
    row("a page count one above the pages stored", withU32(good, kPageCountAt, 2), u"take 129"_s);
    row("a word count near 2³² in a small blob", withU32(good, kWordCountAt, 0xffffffff),
        u"take 188978561005"_s);

    row("a page of negative width", withF64(good, kPageWidthAt, -595.5), u"page 0 has the size"_s);
    row("a page of no height", withF64(good, kPageHeightAt, 0), u"page 0 has the size"_s);
    row("a page of NaN width", withF64(good, kPageWidthAt, kNaN), u"page 0 has the size"_s);
    row("a page of infinite height", withF64(good, kPageHeightAt, kInfinity), u"page 0 has the size"_s);

    row("a word of no length", withU32(good, word0 + kLengthField, 0), u"word 0 (3 + 0) is not within"_s);
    row("a word that starts past the text", withU32(good, word1 + kOffsetField, 11),
        u"word 1 (11 + 4) is not within the text of 10"_s);
    row("a word that ends one unit past the text", withU32(good, word1 + kLengthField, 5),
        u"word 1 (6 + 5) is not within"_s);
    row("a word whose end does not fit 32 bits",
        withU32(withU32(good, word1 + kOffsetField, 0xfffffffe), word1 + kLengthField, 4),
        u"word 1 (4294967294 + 4) is not within"_s);
    row("words out of text order", withU32(good, word0 + kOffsetField, 7),
        u"word 1 starts at 6, before the word before it (7)"_s);
    row("a word on a page the source lacks", withU32(good, word1 + kPageField, 1),
        u"word 1 is on page 1 of 1"_s);
    row("a word on page 2³² − 1", withU32(good, word1 + kPageField, 0xffffffff), u"word 1 is on page -1"_s);

    row("a box of NaN x", withF64(good, word0 + kXField, kNaN), u"word 0 has the box"_s);
    row("a box of negative height", withF64(good, word1 + kHeightField, -0.5), u"word 1 has the box"_s);
    row("a box of NaN y", withF64(good, word1 + kYField, kNaN), u"word 1 has the box"_s);
    row("a box of negative width", withF64(good, word0 + kWidthField, -10.5), u"word 0 has the box"_s);
    row("a box of infinite height", withF64(good, word1 + kHeightField, kInfinity), u"word 1 has the box"_s);
    row("a box of negative infinite x", withF64(good, word1 + kXField, -kInfinity), u"word 1 has the box"_s);
}

void TestPageGeometryCodec::damagedBlobsAreRefused()
{
    QFETCH(QByteArray, blob);
    QFETCH(QString, reason);
    const QString problem = problemText(pagegeometry::decode(blob, kTinyText));
    QVERIFY2(problem.contains(reason), qPrintable(u"“%1” does not say “%2”"_s.arg(problem, reason)));
}

void TestPageGeometryCodec::geometriesThatCouldNotBeReadBackAreNotEncoded_data()
{
    QTest::addColumn<PageGeometry>("geometry");
    QTest::addColumn<QString>("reason");
    using Damage = std::function<void(PageGeometry &)>;
    const auto row = [](const char *name, const QString &reason, const Damage &damage) {
        PageGeometry geometry = tinyGeometry();
        damage(geometry);
        QTest::newRow(name) << geometry << reason;
    };

    row("no pages and no words", u"without pages"_s, [](PageGeometry &g) { g = {}; });
    row("words without pages", u"without pages"_s, [](PageGeometry &g) { g.pageSizes.clear(); });
    row("a page of negative height", u"page 0 has the size"_s,
        [](PageGeometry &g) { g.pageSizes[0].setHeight(-1); });
    row("a word at a negative offset", u"word 0 (-1 + 2) is not within"_s,
        [](PageGeometry &g) { g.words[0].offset = -1; });
    row("a word of negative length", u"word 1 (6 + -4) is not within"_s,
        [](PageGeometry &g) { g.words[1].length = -4; });
    row("a word of no length", u"word 1 (6 + 0)"_s, [](PageGeometry &g) { g.words[1].length = 0; });
    row("a word past the text", u"word 1 (7 + 4)"_s, [](PageGeometry &g) { g.words[1].offset = 7; });
    row("words out of text order", u"word 1 starts at 3, before the word before it (6)"_s,
        [](PageGeometry &g) { std::swap(g.words[0], g.words[1]); });
    row("a word on page −1", u"word 0 is on page -1 of 1"_s, [](PageGeometry &g) { g.words[0].page = -1; });
    row("a word on a page the source lacks", u"word 0 is on page 1 of 1"_s,
        [](PageGeometry &g) { g.words[0].page = 1; });
    row("a box of NaN height", u"word 1 has the box"_s,
        [](PageGeometry &g) { g.words[1].box.setHeight(kNaN); });
    row("a box of negative width", u"word 0 has the box"_s,
        [](PageGeometry &g) { g.words[0].box.setWidth(-2); });
    row("a box at an infinite x", u"word 0 has the box"_s,
        [](PageGeometry &g) { g.words[0].box.moveLeft(-kInfinity); });
}

void TestPageGeometryCodec::geometriesThatCouldNotBeReadBackAreNotEncoded()
{
    QFETCH(PageGeometry, geometry);
    QFETCH(QString, reason);
    auto blob = pagegeometry::encode(geometry, kTinyText);
    QVERIFY(std::holds_alternative<QString>(blob));
    const QString problem = std::get<QString>(blob);
    QVERIFY2(problem.contains(reason), qPrintable(u"“%1” does not say “%2”"_s.arg(problem, reason)));
}

QTEST_GUILESS_MAIN(TestPageGeometryCodec)
#include "tst_pagegeometrycodec.moc"
