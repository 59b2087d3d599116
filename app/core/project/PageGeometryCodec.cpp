#include "core/project/PageGeometryCodec.h"

#include <QtEndian>

#include <bit>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace claimscope::core::pagegeometry {

namespace {

constexpr qsizetype kHeaderBytes = 1 + 4 + 4;
constexpr qsizetype kPageBytes = 2 * 8;
constexpr qsizetype kWordBytes = 3 * 4 + 4 * 8;
constexpr qint64 kMaxCount = std::numeric_limits<quint32>::max();

bool isMeasure(qreal value)
{
    return std::isfinite(value) && value >= 0;
}

// Writes the fields in layout order; the blob is sized beforehand, so nothing here can fail.
class Writer final {
public:
    explicit Writer(char *at)
        : m_at(at)
    {
    }
    void byte(quint8 value) { *m_at++ = char(value); }
    void u32(qint64 value)
    {
        qToLittleEndian(quint32(value), m_at);
        m_at += 4;
    }
    void f64(qreal value)
    {
        qToLittleEndian(std::bit_cast<quint64>(double(value)), m_at);
        m_at += 8;
    }

private:
    char *m_at = nullptr;
};

// Reads the fields in layout order; the caller has checked the size against the counts.
class Reader final {
public:
    explicit Reader(const char *at)
        : m_at(at)
    {
    }
    quint8 byte() { return quint8(*m_at++); }
    quint32 u32()
    {
        const quint32 value = qFromLittleEndian<quint32>(m_at);
        m_at += 4;
        return value;
    }
    qreal f64()
    {
        const quint64 bits = qFromLittleEndian<quint64>(m_at);
        m_at += 8;
        return std::bit_cast<double>(bits);
    }

private:
    const char *m_at = nullptr;
};

QString boxText(const QRectF &box)
{
    return u"(%1, %2, %3 × %4)"_s.arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height());
}

} // namespace

std::optional<QString> problemOf(const PageGeometry &geometry, qsizetype textLength)
{
    const qsizetype pages = geometry.pageSizes.size();
    for (qsizetype i = 0; i < pages; ++i) {
        const QSizeF size = geometry.pageSizes.at(i);
        if (!isMeasure(size.width()) || !isMeasure(size.height()) || size.isEmpty())
            return u"page %1 has the size %2 × %3"_s.arg(i).arg(size.width()).arg(size.height());
    }
    qsizetype previousStart = 0;
    for (qsizetype i = 0; i < geometry.words.size(); ++i) {
        const WordBox &word = geometry.words.at(i);
        if (word.offset < 0 || word.length < 1 || word.length > textLength - word.offset)
            return u"word %1 (%2 + %3) is not within the text of %4 code units"_s.arg(i)
                .arg(word.offset)
                .arg(word.length)
                .arg(textLength);
        if (word.offset < previousStart)
            return u"word %1 starts at %2, before the word before it (%3)"_s.arg(i)
                .arg(word.offset)
                .arg(previousStart);
        previousStart = word.offset;
        if (word.page < 0 || word.page >= pages)
            return u"word %1 is on page %2 of %3"_s.arg(i).arg(word.page).arg(pages);
        const QRectF &box = word.box;
        if (!std::isfinite(box.x()) || !std::isfinite(box.y()) || !isMeasure(box.width()) ||
            !isMeasure(box.height()))
            return u"word %1 has the box %2"_s.arg(i).arg(boxText(box));
    }
    return std::nullopt;
}

std::variant<QByteArray, QString> encode(const PageGeometry &geometry, qsizetype textLength)
{
    const qsizetype pages = geometry.pageSizes.size();
    const qsizetype words = geometry.words.size();
    if (pages == 0)
        return u"a geometry without pages is stored as none"_s;
    // Offsets and lengths within the text fit their uint32 fields when the text does.
    if (pages > kMaxCount || words > kMaxCount || textLength > kMaxCount)
        return u"%1 pages, %2 words or %3 code units of text are more than the format holds"_s.arg(pages)
            .arg(words)
            .arg(textLength);
    if (auto problem = problemOf(geometry, textLength))
        return *problem;

    QByteArray blob(kHeaderBytes + pages * kPageBytes + words * kWordBytes, Qt::Uninitialized);
    Writer out(blob.data());
    out.byte(kFormatVersion);
    out.u32(pages);
    out.u32(words);
    for (const QSizeF &size : geometry.pageSizes) {
        out.f64(size.width());
        out.f64(size.height());
    }
    for (const WordBox &word : geometry.words) {
        out.u32(word.offset);
        out.u32(word.length);
        out.u32(word.page);
        out.f64(word.box.x());
        out.f64(word.box.y());
        out.f64(word.box.width());
        out.f64(word.box.height());
    }
    return blob;
}

std::variant<PageGeometry, QString> decode(const QByteArray &blob, qsizetype textLength)
{
    if (blob.size() < kHeaderBytes)
        return u"%1 bytes, shorter than the header of %2"_s.arg(blob.size()).arg(kHeaderBytes);
    Reader in(blob.constData());
    const quint8 version = in.byte();
    if (version != kFormatVersion)
        return u"unknown format version %1"_s.arg(int(version));
    const quint32 pages = in.u32();
    const quint32 words = in.u32();
    if (pages == 0)
        return u"no pages"_s;
    // 64 bits: 44 × (2³² − 1) does not fit 32.
    const qint64 expected = kHeaderBytes + qint64(pages) * kPageBytes + qint64(words) * kWordBytes;
    if (blob.size() != expected)
        return u"%1 bytes where %2 pages and %3 words take %4"_s.arg(blob.size())
            .arg(pages)
            .arg(words)
            .arg(expected);

    PageGeometry geometry;
    geometry.pageSizes.reserve(pages);
    for (quint32 i = 0; i < pages; ++i) {
        const qreal width = in.f64();
        const qreal height = in.f64();
        geometry.pageSizes.append(QSizeF(width, height));
    }
    geometry.words.reserve(words);
    for (quint32 i = 0; i < words; ++i) {
        WordBox word;
        word.offset = in.u32();
        word.length = in.u32();
        // A page number past int's range is out of range all the same; -1 says so without wrapping.
        const quint32 page = in.u32();
        word.page = page > quint32(std::numeric_limits<int>::max()) ? -1 : int(page);
        const qreal x = in.f64();
        const qreal y = in.f64();
        const qreal width = in.f64();
        const qreal height = in.f64();
        word.box = QRectF(x, y, width, height);
        geometry.words.append(word);
    }
    if (auto problem = problemOf(geometry, textLength))
        return *problem;
    return geometry;
}

} // namespace claimscope::core::pagegeometry
