// Writes the PDF import fixtures into a folder: make_pdf_fixtures <output folder> <article.json>.
// Text is drawn with QPdfWriter and QPainter at exact positions, in DejaVu fonts, line by line, so the
// importer has to rebuild lines and paragraphs from the page as it would for any other producer.
// libqpdf adds what QPdfWriter cannot write (the author and a fixed creation date) and encrypts.

#include "PdfFixtureTexts.h"
#include "PdfFixtureWriter.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdio>
#include <exception>
#include <functional>

using namespace pdffixtures;
using namespace pdffixtures::drawing;

namespace {

bool writeSimple(const QString &path)
{
    FixtureWriter pdf(path, kSimpleHeading);
    pdf.text(kLeft, kTop, kSimpleHeading, sans(18, true));
    double y = kTop + 30;
    const QFont body = serif();
    y = pdf.paragraph(kSimpleParagraphs.at(0), body, kLeft, y) + leadingOf(body) + kParagraphGap;
    y = pdf.paragraph(kSimpleParagraphs.at(1), body, kLeft, y) + leadingOf(body) + kParagraphGap;
    // Book style: no gap, the next paragraph's first line indented.
    y = pdf.paragraph(kSimpleParagraphs.at(2), body, kLeft, y) + leadingOf(body);
    pdf.paragraph(kSimpleParagraphs.at(3), body, kLeft, y, kWidth, 18.0);
    return pdf.finish();
}

bool writeHyphens(const QString &path)
{
    FixtureWriter pdf(path);
    const QFont body = serif();
    double y = kTop;
    for (const QStringList &paragraph : kHyphenLines)
        y = pdf.lines(paragraph, body, kLeft, y) + leadingOf(body) + kParagraphGap;
    return pdf.finish();
}

bool writeFurniture(const QString &path)
{
    FixtureWriter pdf(path);
    const QFont small = sans(9);
    const QFont body = serif();
    for (int page = 0; page < kFurniturePages; ++page) {
        if (page > 0)
            pdf.newPage();
        pdf.text(kLeft, 40, furnitureHeader(page + 1), small);
        if (kFurnitureNotePages.contains(page))
            pdf.text(kLeft, 62, kFurnitureNote, small);
        double y = kTop + 10;
        for (const QString &paragraph : kFurnitureBodies.at(page))
            y = pdf.paragraph(paragraph, body, kLeft, y) + leadingOf(body) + kParagraphGap;
        pdf.text(kLeft, 790, kFurnitureFooter, small);
        const QString number = furniturePageNumber(page + 1);
        pdf.text((595 - pdf.advance(number, small)) / 2, 812, number, small);
    }
    return pdf.finish();
}

bool writeColumns(const QString &path)
{
    FixtureWriter pdf(path);
    pdf.text(kLeft, kTop, kColumnsHeading, sans(16, true));
    const QFont body = serif();
    constexpr double kColumnWidth = 215.0;
    const double columnX[] = {kLeft, kLeft + kColumnWidth + 21.0};
    const QStringList *columns[] = {&kColumnOne, &kColumnTwo};
    for (int c = 0; c < 2; ++c) {
        double y = kTop + 34;
        for (const QString &paragraph : *columns[c])
            y = pdf.paragraph(paragraph, body, columnX[c], y, kColumnWidth) + leadingOf(body) + kParagraphGap;
    }
    return pdf.finish();
}

bool writeHeadedText(const QString &path, const QString &heading, const QStringList &paragraphs)
{
    FixtureWriter pdf(path);
    pdf.text(kLeft, kTop, heading, sans(16, true));
    double y = kTop + 30;
    for (const QString &paragraph : paragraphs)
        y = pdf.paragraph(paragraph, serif(), kLeft, y) + leadingOf(serif()) + kParagraphGap;
    return pdf.finish();
}

bool writeMetadata(const QString &path, const QString &title, const QString &heading)
{
    FixtureWriter pdf(path, title);
    pdf.text(kLeft, kTop, heading, sans(16, true));
    pdf.paragraph(kSimpleParagraphs.at(0), serif(), kLeft, kTop + 30);
    return pdf.finish();
}

bool writeScanned(const QString &path)
{
    // A "scan": text rendered into pixels, drawn as an image. There is no text layer.
    QImage scan(900, 1200, QImage::Format_RGB32);
    scan.fill(Qt::white);
    {
        QPainter painter(&scan);
        painter.setFont(serif(22));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(60, 60, 780, 1080), Qt::TextWordWrap,
                         kSimpleParagraphs.join(QStringLiteral("\n\n")));
    }
    FixtureWriter pdf(path);
    for (int page = 0; page < 2; ++page) {
        if (page > 0)
            pdf.newPage();
        pdf.painter().drawImage(QRectF(kLeft, 72, kWidth, kWidth * 1200 / 900), scan);
    }
    return pdf.finish();
}

bool writeBlank(const QString &path)
{
    FixtureWriter pdf(path);
    pdf.painter().drawRect(QRectF(kLeft, 72, 100, 100));
    return pdf.finish();
}

bool writeTooManyPages(const QString &path)
{
    FixtureWriter pdf(path);
    for (int page = 0; page <= 2000; ++page) {
        if (page > 0)
            pdf.newPage();
        pdf.text(kLeft, kTop, QStringLiteral("x"), serif());
    }
    return pdf.finish();
}

// Deterministic English-like filler: the timing fixture must be the same on every run.
QString fillerParagraph(int seed)
{
    static const QStringList words = {
        QStringLiteral("trade"),    QStringLiteral("transit"),   QStringLiteral("ministers"),
        QStringLiteral("agreed"),   QStringLiteral("the"),       QStringLiteral("corridor"),
        QStringLiteral("and"),      QStringLiteral("of"),        QStringLiteral("exports"),
        QStringLiteral("grew"),     QStringLiteral("in"),        QStringLiteral("region"),
        QStringLiteral("partners"), QStringLiteral("said"),      QStringLiteral("that"),
        QStringLiteral("figures"),  QStringLiteral("for"),       QStringLiteral("grain"),
        QStringLiteral("oil"),      QStringLiteral("shipments"), QStringLiteral("rose"),
        QStringLiteral("while"),    QStringLiteral("imports"),   QStringLiteral("fell"),
        QStringLiteral("customs"),  QStringLiteral("rules"),     QStringLiteral("changed"),
        QStringLiteral("last"),     QStringLiteral("year"),      QStringLiteral("according"),
        QStringLiteral("to"),       QStringLiteral("bureau"),
    };
    quint32 state = 2654435761u * static_cast<quint32>(seed + 1);
    QString text = QStringLiteral("Section %1 reports that").arg(seed + 1);
    for (int i = 0; i < 90; ++i) {
        state = state * 1664525u + 1013904223u;
        text += u' ' + words.at(static_cast<qsizetype>((state >> 16) % words.size()));
        if (i % 15 == 14 && i + 1 < 90)
            text += u',';
    }
    return text + u'.';
}

bool writeHundred(const QString &path)
{
    FixtureWriter pdf(path, QStringLiteral("Annual report on regional trade"));
    const QFont small = sans(9);
    const QFont body = serif();
    for (int page = 0; page < kHundredPages; ++page) {
        if (page > 0)
            pdf.newPage();
        pdf.text(kLeft, 40, hundredHeader(page + 1), small);
        double y = 80;
        for (int p = 0; p < kHundredParagraphsPerPage; ++p) {
            y = pdf.paragraph(fillerParagraph(page * kHundredParagraphsPerPage + p), body, kLeft, y) +
                leadingOf(body) + kParagraphGap;
        }
        pdf.text(kLeft, 800, QStringLiteral("Claimscope benchmark fixture"), small);
        pdf.text(480, 815, QStringLiteral("Page %1 of %2").arg(page + 1).arg(kHundredPages), small);
    }
    return pdf.finish();
}

// The shared article: headings larger, paragraphs wrapped, the note reference set as a superscript at
// the end of its paragraph and the note itself, smaller, after the last block.
bool writeArticle(const QString &path, const QString &jsonPath)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject article = QJsonDocument::fromJson(file.readAll()).object();
    FixtureWriter pdf(path, article.value(u"title").toString());
    const QFont body = serif();
    const QFont heading = sans(15, true);
    double y = 90;
    bool first = true;
    for (const QJsonValue &value : article.value(u"blocks").toArray()) {
        const QJsonObject block = value.toObject();
        if (block.contains(u"heading")) {
            y += first ? 0 : 8;
            pdf.text(kLeft, y, block.value(u"heading").toString(), heading);
            y += 26;
        } else {
            const QStringList lines = pdf.wrap(block.value(u"paragraph").toString(), body, kWidth - 20);
            y = pdf.lines(lines, body, kLeft, y);
            if (block.contains(u"footnote")) {
                const QString mark = QStringLiteral("[%1]").arg(block.value(u"footnote").toInt() + 1);
                pdf.text(kLeft + pdf.advance(lines.back(), body) + 0.5, y - 4, mark, serif(7));
            }
            y += leadingOf(body) + kParagraphGap;
        }
        first = false;
    }
    y += 6;
    pdf.painter().drawLine(QPointF(kLeft, y), QPointF(kLeft + 120, y));
    y += 16;
    const QJsonArray notes = article.value(u"footnotes").toArray();
    for (qsizetype n = 0; n < notes.size(); ++n) {
        const QString note = QStringLiteral("[%1] %2").arg(n + 1).arg(notes.at(n).toString());
        y = pdf.paragraph(note, serif(9), kLeft, y) + leadingOf(serif(9)) + 4;
    }
    return pdf.finish();
}

// What QPdfWriter cannot write: the author and a fixed creation date; optionally encryption.
bool rewrite(const QString &input, const QString &output,
             const std::function<void(QPDF &, QPDFWriter &)> &change)
{
    try {
        QPDF pdf;
        pdf.processFile(QFile::encodeName(input).constData());
        // QPDFWriter keeps the name's pointer until write(): the bytes must outlive the statement
        // (ASan found the temporary freed under it).
        const QByteArray outputName = QFile::encodeName(output);
        QPDFWriter writer(pdf, outputName.constData());
        change(pdf, writer);
        writer.write();
        return true;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "qpdf: %s\n", error.what());
        return false;
    }
}

void setInformation(QPDF &pdf)
{
    QPDFObjectHandle trailer = pdf.getTrailer();
    QPDFObjectHandle info = trailer.getKey("/Info");
    if (!info.isDictionary()) {
        info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        trailer.replaceKey("/Info", info);
    }
    info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(kMetadataAuthor.toStdString()));
    info.replaceKey("/CreationDate", QPDFObjectHandle::newString(kMetadataCreationDate.toStdString()));
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: make_pdf_fixtures <output folder> <article.json>\n");
        return 2;
    }
    const QDir out(arguments.at(1));
    if (!out.mkpath(QStringLiteral(".")))
        return 1;
    const auto at = [&](const char *name) {
        return out.filePath(QString::fromLatin1(name));
    };

    const QString metadataDraft = at("metadata.draft.pdf");
    const QString articleDraft = at("article.draft.pdf");
    const QByteArray userPassword = kUserPassword.toUtf8();
    const QByteArray ownerPassword = kOwnerPassword.toUtf8();
    const QByteArray latinPassword = kLatinUserPassword.toLatin1();
    const std::pair<const char *, std::function<bool()>> steps[] = {
        {"simple.pdf",
         [&] {
             return writeSimple(at("simple.pdf"));
         }},
        {"hyphens.pdf",
         [&] {
             return writeHyphens(at("hyphens.pdf"));
         }},
        {"furniture.pdf",
         [&] {
             return writeFurniture(at("furniture.pdf"));
         }},
        {"columns.pdf",
         [&] {
             return writeColumns(at("columns.pdf"));
         }},
        {"russian.pdf",
         [&] {
             return writeHeadedText(at("russian.pdf"), kRussianHeading, kRussianParagraphs);
         }},
        {"turkish.pdf",
         [&] {
             return writeHeadedText(at("turkish.pdf"), kTurkishHeading, kTurkishParagraphs);
         }},
        {"metadata.pdf",
         [&] {
             return writeMetadata(metadataDraft, kMetadataTitle, kSimpleHeading) &&
                    rewrite(metadataDraft, at("metadata.pdf"),
                            [](QPDF &pdf, QPDFWriter &) { setInformation(pdf); }) &&
                    QFile::remove(metadataDraft);
         }},
        {"untitled.pdf",
         [&] {
             return writeMetadata(at("untitled.pdf"), {}, kUntitledHeading);
         }},
        {"encrypted.pdf",
         [&] {
             return rewrite(at("simple.pdf"), at("encrypted.pdf"), [&](QPDF &, QPDFWriter &writer) {
                 writer.setR6EncryptionParameters(userPassword.constData(), ownerPassword.constData(), true,
                                                  true, true, true, true, true, qpdf_r3p_full, true);
             });
         }},
        {"encrypted-rc4.pdf",
         [&] {
             return rewrite(at("simple.pdf"), at("encrypted-rc4.pdf"), [&](QPDF &, QPDFWriter &writer) {
                 writer.setR3EncryptionParametersInsecure(latinPassword.constData(),
                                                          ownerPassword.constData(), true, true, true, true,
                                                          true, true, qpdf_r3p_full);
             });
         }},
        {"scanned.pdf",
         [&] {
             return writeScanned(at("scanned.pdf"));
         }},
        {"blank.pdf",
         [&] {
             return writeBlank(at("blank.pdf"));
         }},
        {"truncated.pdf",
         [&] {
             const QByteArray whole = readBytes(at("simple.pdf"));
             return !whole.isEmpty() && writeBytes(at("truncated.pdf"), whole.first(whole.size() * 55 / 100));
         }},
        {"padded.pdf",
         [&] {
             const QByteArray whole = readBytes(at("simple.pdf"));
             return !whole.isEmpty() && writeBytes(at("padded.pdf"), whole + QByteArray(4096, '\0'));
         }},
        {"not-a-pdf.pdf",
         [&] {
             return writeBytes(at("not-a-pdf.pdf"),
                               "Quarterly figures\n\nThis file has a .pdf suffix but holds text.\n");
         }},
        {"damaged.pdf",
         [&] {
             return writeBytes(at("damaged.pdf"), "%PDF-1.7\n" + QByteArray(2048, 'x') +
                                                      "\ntrailer\n<< /Root 99 0 R >>\n%%EOF\n");
         }},
        {"hundred.pdf",
         [&] {
             return writeHundred(at("hundred.pdf"));
         }},
        {"too-many-pages.pdf",
         [&] {
             return writeTooManyPages(at("too-many-pages.pdf"));
         }},
        {"article.pdf",
         [&] {
             return writeArticle(articleDraft, arguments.at(2)) &&
                    rewrite(articleDraft, at("article.pdf"),
                            [](QPDF &pdf, QPDFWriter &) { setInformation(pdf); }) &&
                    QFile::remove(articleDraft);
         }},
    };
    for (const auto &[name, step] : steps) {
        if (!step()) {
            std::fprintf(stderr, "make_pdf_fixtures: could not write %s\n", name);
            return 1;
        }
    }
    return 0;
}
