#include "core/document/TextDecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace claimscope::core;
using Reason = ImportError::Reason;

namespace {

const QString kRussian = QStringLiteral(
    "Пресс-секретарь президента Берик Уали заявил, что Казахстан не планирует подавать заявку на вступление "
    "в БРИКС в обозримой перспективе. По его словам, главной универсальной площадкой остаётся ООН.\n"
    "Эксперты отмечают, что страна сохраняет баланс между партнёрами; «это взвешенное решение», — сказал "
    "политолог.\n");

const QString kTurkish = QStringLiteral(
    "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev'in sözcüsü, ülkenin yakın gelecekte BRICS üyeliğine "
    "başvurmayı düşünmediğini söyledi. Uzmanlara göre bu karar, çok yönlü dış politikanın bir gereği.\n"
    "Güneydoğu ve Orta Asya'daki ortaklıklar da ağırlık kazanıyor.\n");

// The same text without « » and —, which KOI8-R, ISO-8859-5 and CP866 cannot encode.
const QString kRussianPlain = QString(kRussian).replace(u'«', u'"').replace(u'»', u'"').replace(u'—', u'-');

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    QByteArray bytes = encoder.encode(text);
    if (!encoder.isValid() || encoder.hasError())
        qFatal("the fixture cannot be encoded in %s", encoding);
    return bytes;
}

QByteArray withBom(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

} // namespace

class TestTextDecoder final : public QObject {
    Q_OBJECT

private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<QStringList>("acceptedEncodings");

        const QStringList utf8{QStringLiteral("UTF-8")};
        QTest::newRow("utf-8 without a mark: russian") << kRussian.toUtf8() << kRussian << utf8;
        QTest::newRow("utf-8 with a byte-order mark: the mark is not text")
            << withBom(kTurkish, QStringConverter::Utf8) << kTurkish << utf8;
        QTest::newRow("plain ascii is utf-8")
            << QByteArray("Tokayev said no.\n") << QStringLiteral("Tokayev said no.\n") << utf8;
        QTest::newRow("utf-16 little-endian with a mark: turkish")
            << withBom(kTurkish, QStringConverter::Utf16LE) << kTurkish
            << QStringList{QStringLiteral("UTF-16LE")};
        QTest::newRow("utf-16 big-endian with a mark: russian")
            << withBom(kRussian, QStringConverter::Utf16BE) << kRussian
            << QStringList{QStringLiteral("UTF-16BE")};
        QTest::newRow("utf-32 little-endian with a mark")
            << withBom(kRussian, QStringConverter::Utf32LE) << kRussian
            << QStringList{QStringLiteral("UTF-32LE")};
        QTest::newRow("utf-16 little-endian without a mark: russian, as some Windows tools write it")
            << encoded(kRussian, "UTF-16LE") << kRussian << QStringList{QStringLiteral("UTF-16LE")};
        QTest::newRow("utf-16 big-endian without a mark: turkish")
            << encoded(kTurkish, "UTF-16BE") << kTurkish << QStringList{QStringLiteral("UTF-16BE")};
        QTest::newRow("windows-1251 russian is detected")
            << encoded(kRussian, "windows-1251") << kRussian << QStringList{QStringLiteral("windows-1251")};
        QTest::newRow("koi8-r russian is detected")
            << encoded(kRussianPlain, "KOI8-R") << kRussianPlain << QStringList{QStringLiteral("koi8-r")};
        QTest::newRow("iso-8859-5 russian is detected")
            << encoded(kRussianPlain, "ISO-8859-5") << kRussianPlain
            << QStringList{QStringLiteral("iso-8859-5")};
        QTest::newRow("cp866 russian is detected")
            << encoded(kRussianPlain, "IBM866") << kRussianPlain << QStringList{QStringLiteral("ibm866")};
        QTest::newRow("iso-8859-9 turkish is detected")
            << encoded(kTurkish, "ISO-8859-9") << kTurkish
            << QStringList{QStringLiteral("iso-8859-9"), QStringLiteral("windows-1254")};
        QTest::newRow("windows line endings become newlines")
            << QByteArray("first line\r\nsecond line\r\n") << QStringLiteral("first line\nsecond line\n")
            << utf8;
        QTest::newRow("old mac line endings become newlines")
            << QByteArray("first\rsecond") << QStringLiteral("first\nsecond") << utf8;
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectedText);
        QFETCH(QStringList, acceptedEncodings);

        const auto result = decodeText(bytes);
        const auto *decoded = std::get_if<DecodedText>(&result);
        QVERIFY2(decoded, "expected the bytes to decode");
        QCOMPARE(decoded->text, expectedText);
        QVERIFY2(acceptedEncodings.contains(decoded->encoding), qPrintable(decoded->encoding));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Reason>("expectedReason");
        QTest::addColumn<QString>("expectedDetail");

        // Sized by the compiler: a hand-counted length once read past the literal (ASan's finding).
        static constexpr char pngHeader[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
        const QByteArray png(pngHeader, sizeof(pngHeader) - 1);
        QTest::newRow("a png image is binary") << png << Reason::Binary << QStringLiteral("PNG image");
        QByteArray controls;
        for (int i = 0; i < 400; ++i)
            controls.append(static_cast<char>("\x01\x02\x03text\x04\x05\x06"[i % 10]));
        QTest::newRow("control characters without nul are binary") << controls << Reason::Binary << QString();

        QByteArray damaged = kRussian.toUtf8();
        damaged.insert(damaged.indexOf('\n') + 10, "\xD0\x28");
        QTest::newRow("a broken sequence in utf-8 russian is reported with its line")
            << damaged << Reason::InvalidUtf8 << QStringLiteral("2");
        QTest::newRow("stray high bytes in ascii are damaged utf-8, not a code page")
            << QByteArray("Kazakhstan \xFF\xFE declined.\n") << Reason::InvalidUtf8 << QStringLiteral("1");
        QTest::newRow("a utf-16 mark with an odd byte count is not valid utf-16")
            << QByteArray("\xFF\xFEh\0i\0!", 7) << Reason::UndecodableEncoding << QStringLiteral("UTF-16LE");
        QTest::newRow("a lone surrogate in utf-16 is not valid utf-16")
            << QByteArray("\xFF\xFEh\0\x00\xD8i\0", 8) << Reason::UndecodableEncoding
            << QStringLiteral("UTF-16LE");
        // NULs at even offsets only, like big-endian UTF-16, but the units are control characters.
        QTest::newRow("nuls at one parity that do not read as text stay binary")
            << QByteArray("\0\x01\0\x02\0\x03\0\x04\0\x05 binary!", 18) << Reason::Binary << QString();
    }

    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Reason, expectedReason);
        QFETCH(QString, expectedDetail);

        const auto result = decodeText(bytes);
        const auto *failure = std::get_if<DecodeFailure>(&result);
        QVERIFY2(failure, "expected the bytes to be refused");
        QCOMPARE(failure->reason, expectedReason);
        if (!expectedDetail.isEmpty())
            QCOMPARE(failure->detail, expectedDetail);
    }

    void declaredEncodingIsUsedForLegacyBytes()
    {
        const QByteArray bytes = encoded(QStringLiteral("Привет"), "windows-1251");
        const auto result = decodeText(bytes, "windows-1251");
        QCOMPARE(std::get<DecodedText>(result).text, QStringLiteral("Привет"));
    }

    void declaredLegacyEncodingIsIgnoredForValidUtf8()
    {
        const auto result = decodeText(kRussian.toUtf8(), "windows-1251");
        QCOMPARE(std::get<DecodedText>(result).text, kRussian);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
