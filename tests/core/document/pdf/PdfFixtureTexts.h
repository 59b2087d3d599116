#pragma once

// What the PDF fixtures draw, shared by the generator (make_pdf_fixtures.cpp) and the tests that
// import them. The generator draws these strings at exact positions, line by line; the tests expect
// them back as paragraphs, which the importer can only give by rebuilding them from the page.

#include <QString>
#include <QStringList>

namespace pdffixtures {

// simple.pdf: a heading and four paragraphs; the first two are set off by a blank gap, the last two
// only by a first-line indent.
inline const QString kSimpleHeading = QStringLiteral("Astana weighs the offer");
inline const QStringList kSimpleParagraphs = {
    QStringLiteral("Kazakhstan will not apply for full membership of BRICS in the foreseeable future, the "
                   "press secretary of the president said on Tuesday after a meeting of the security "
                   "council in the capital."),
    QStringLiteral("Berik Uali said the country had received an offer to join the group but considered "
                   "the United Nations the only universal platform for the most pressing problems of the "
                   "world."),
    QStringLiteral("Officials in Astana stressed that the decision was not directed against any partner "
                   "and that talks on trade, transit and investment would continue at every level."),
    QStringLiteral("Diplomats from several capitals welcomed the clarity of the statement, while analysts "
                   "said the status of a partner country left room for manoeuvre in the years ahead."),
};

// hyphens.pdf: paragraphs given line by line, with the hyphens where the lines break.
inline const QList<QStringList> kHyphenLines = {
    {QStringLiteral("The government announced an inter-"),
     QStringLiteral("national forum, and President Kassym-"),
     QStringLiteral("Jomart Tokayev spoke about the COVID-"),
     QStringLiteral("19 measures of the past year.")},
    {QStringLiteral("Политолог Данияр Ашимбаев за-"), QStringLiteral("явил, что поезд Алма-"),
     QStringLiteral("Ата пойдёт по расписанию.")},
    {QStringLiteral("Kazakistan Cumhurbaş-"), QStringLiteral("kanı Tokayev, ülkesinin kü-"),
     QStringLiteral("çük işletmeleri için Türk-"), QStringLiteral("İslam fonuna başvurdu.")},
};
inline const QString kHyphenText =
    QStringLiteral("The government announced an international forum, and President Kassym-Jomart Tokayev "
                   "spoke about the COVID-19 measures of the past year.\n\n"
                   "Политолог Данияр Ашимбаев заявил, что поезд Алма-Ата пойдёт по расписанию.\n\n"
                   "Kazakistan Cumhurbaşkanı Tokayev, ülkesinin küçük işletmeleri için Türk-İslam fonuna "
                   "başvurdu.");

// furniture.pdf: five pages with a running header, a running footer and a page number, and a note
// at the top of two pages only. The second page's last paragraph runs on to the third page.
inline constexpr int kFurniturePages = 5;
inline QString furnitureHeader(int page)
{
    return QStringLiteral("The Steppe Review · Issue 12 · page %1").arg(page);
}
inline const QString kFurnitureFooter = QStringLiteral("Confidential draft, not for circulation");
inline QString furniturePageNumber(int page)
{
    return QStringLiteral("- %1 -").arg(page);
}
inline const QString kFurnitureNote = QStringLiteral("Editor’s note: figures revised on 3 May.");
inline const QList<int> kFurnitureNotePages = {0, 3};
inline const QList<QStringList> kFurnitureBodies = {
    {QStringLiteral("The first page opens the review with a short account of the summit in Kazan and of "
                    "the guests who came to it from eleven countries.")},
    {QStringLiteral("The second page turns to trade, which reached about half of the country’s foreign "
                    "trade last year, most of it with two neighbours."),
     QStringLiteral("Ministers met in the capital on Monday and agreed in principle that the talks on the "
                    "customs union and the transit fees would")},
    {QStringLiteral("continue next year, officials said, once the new customs rules are in force."),
     QStringLiteral("The third page closes with the outlook for transit along the middle corridor.")},
    {QStringLiteral("The fourth page looks at the reaction in Moscow, where the door was said to remain "
                    "open.")},
    {QStringLiteral("The fifth page ends the issue with letters from readers in Almaty and Shymkent.")},
};

// columns.pdf: a heading across the page over two columns; the second paragraph breaks off at the
// end of the first column and goes on at the top of the second.
inline const QString kColumnsHeading = QStringLiteral("Two columns on one page");
inline const QStringList kColumnOne = {
    QStringLiteral("The first column begins with a paragraph that is long enough to wrap over several "
                   "lines of this narrow measure, as newspapers set them."),
    QStringLiteral("The second paragraph starts in the first column and runs on until the column ends in "
                   "the middle of a sentence, so that the reader has to"),
};
inline const QStringList kColumnTwo = {
    QStringLiteral("go on reading at the top of the second column, where the sentence finishes."),
    QStringLiteral("A last paragraph fills the second column, and nothing of it may ever appear between "
                   "the lines of the first."),
};

// russian.pdf and turkish.pdf.
inline const QString kRussianHeading = QStringLiteral("Что говорят эксперты");
inline const QStringList kRussianParagraphs = {
    QStringLiteral("Политолог Данияр Ашимбаев заявил, что статус партнёра даёт Астане доступ к проектам "
                   "объединения без политических обязательств."),
    QStringLiteral("По его словам, решение не направлено против партнёров, а переговоры о торговле и "
                   "транзите будут продолжены на всех уровнях."),
};
inline const QString kTurkishHeading = QStringLiteral("Türk basınında");
inline const QStringList kTurkishParagraphs = {
    QStringLiteral("Kazakistan Cumhurbaşkanı Tokayev, ülkesinin BRICS ile işbirliğine hazır olduğunu "
                   "söyledi; Kazan zirvesine 36 ülke katıldı."),
    QStringLiteral("Türk basını, kararın hiçbir ortağa karşı olmadığını ve ticaret görüşmelerinin her "
                   "düzeyde süreceğini yazdı."),
};

// metadata.pdf (information dictionary filled) and untitled.pdf (no title: the heading stands in).
inline const QString kMetadataTitle = QStringLiteral("Partner, not member");
inline const QString kMetadataAuthor = QStringLiteral("Aruzhan Temirova");
inline const QString kMetadataCreator = QStringLiteral("Claimscope test fixtures");
inline const QByteArray kMetadataCreationDate = "D:20241025093000+05'00'";
inline const QString kUntitledHeading = QStringLiteral("Reactions in Moscow");

// encrypted.pdf: simple.pdf under AES-256, where passwords are UTF-8; encrypted-rc4.pdf: the same
// under 128-bit RC4, where they are Latin-1 (PDFDocEncoding).
inline const QString kUserPassword = QStringLiteral("user-пароль");
inline const QString kLatinUserPassword = QStringLiteral("user-pässword");
inline const QString kOwnerPassword = QStringLiteral("owner-secret");

// hundred.pdf: the timing fixture; every page has a header, a footer and a page number.
inline constexpr int kHundredPages = 100;
inline constexpr int kHundredParagraphsPerPage = 5;
inline QString hundredHeader(int page)
{
    return QStringLiteral("Annual report on regional trade · page %1").arg(page);
}

} // namespace pdffixtures
