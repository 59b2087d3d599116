#include "core/document/pdf/PdfTextLayout.h"

#include "core/document/pdf/PdfLines.h"
#include "core/document/pdf/PdfPageFurniture.h"
#include "core/document/pdf/PdfParagraphs.h"

namespace claimscope::core::pdf {
namespace {

constexpr char16_t kSoftHyphen = u'\u00AD';

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010';
}

QStringView ligature(char16_t c)
{
    switch (c) {
    case u'\uFB00':
        return u"ff";
    case u'\uFB01':
        return u"fi";
    case u'\uFB02':
        return u"fl";
    case u'\uFB03':
        return u"ffi";
    case u'\uFB04':
        return u"ffl";
    case u'\uFB05':
    case u'\uFB06':
        return u"st";
    default:
        return {};
    }
}

class TextWriter final {
public:
    void writeParagraph(const Paragraph &paragraph)
    {
        const qsizetype start = m_result.text.size();
        if (!m_result.text.isEmpty())
            m_result.text += u"\n\n";
        const qsizetype textStart = m_result.text.size();
        for (qsizetype l = 0; l < paragraph.lines.size(); ++l) {
            const Line &line = paragraph.lines.at(l);
            const Line *nextLine = l + 1 < paragraph.lines.size() ? &paragraph.lines.at(l + 1) : nullptr;
            for (qsizetype w = 0; w < line.words.size(); ++w) {
                const Word &word = line.words.at(w);
                const bool lastOfLine = w + 1 == line.words.size();
                if (!lastOfLine) {
                    const bool space = spaceBetween(word, line.words.at(w + 1));
                    writeWord(word, line.page, cleanWordText(word.text), space ? u" " : u"");
                } else if (nextLine) {
                    const LineJoin join = joinLines(word.text, nextLine->words.front().text);
                    writeWord(word, line.page, cleanWordText(word.text.chopped(join.chop)), join.separator);
                } else {
                    writeWord(word, line.page, cleanWordText(word.text), {});
                }
            }
        }
        while (m_result.text.size() > textStart && m_result.text.endsWith(u' '))
            m_result.text.chop(1);
        if (m_result.text.size() == textStart) {
            m_result.text.truncate(start); // nothing readable: no empty paragraph
            return;
        }
        const QString written = m_result.text.mid(textStart);
        if (m_result.firstParagraph.isEmpty())
            m_result.firstParagraph = written;
        if (paragraph.heading && m_result.firstHeading.isEmpty())
            m_result.firstHeading = written;
    }

    LaidOutText take() { return std::move(m_result); }

private:
    void writeWord(const Word &word, int page, const QString &text, QStringView separator)
    {
        if (!text.isEmpty()) {
            m_result.words.append({m_result.text.size(), text.size(), page, word.box});
            m_result.text += text;
        }
        if (!separator.isEmpty() && !m_result.text.isEmpty() && !m_result.text.endsWith(u' ') &&
            !m_result.text.endsWith(u'\n'))
            m_result.text += separator;
    }

    LaidOutText m_result;
};

} // namespace

QString cleanWordText(QStringView text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c == kSoftHyphen || c.category() == QChar::Other_Control)
            continue;
        const QStringView letters = ligature(c.unicode());
        if (letters.isEmpty())
            clean += c;
        else
            clean += letters;
    }
    return clean;
}

LineJoin joinLines(QStringView last, QStringView next)
{
    if (last.endsWith(kSoftHyphen))
        return {0, {}};
    if (last.size() < 2 || !isHyphen(last.back()))
        return {0, QStringLiteral(" ")};
    const QString following = cleanWordText(next);
    const QChar beforeHyphen = last.at(last.size() - 2);
    if (beforeHyphen.isLetter() && !following.isEmpty() && following.front().isLower())
        return {1, {}};
    return {0, {}};
}

LaidOutText layOutText(const QList<PageWords> &pages)
{
    QList<PageLines> linesPerPage;
    QList<QSizeF> sizes;
    linesPerPage.reserve(pages.size());
    sizes.reserve(pages.size());
    for (qsizetype p = 0; p < pages.size(); ++p) {
        linesPerPage.append(linesOfPage(pages.at(p), static_cast<int>(p)));
        sizes.append(pages.at(p).size);
    }
    QList<Line> lines;
    for (const PageLines &pageLines : withoutPageFurniture(std::move(linesPerPage), sizes))
        lines.append(pageLines);

    TextWriter writer;
    for (const Paragraph &paragraph : paragraphsOf(lines))
        writer.writeParagraph(paragraph);
    return writer.take();
}

} // namespace claimscope::core::pdf
