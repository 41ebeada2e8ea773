#include "text/textdecoder.h"

#include "icuencode.h"
#include <QFile>
#include <QStandardPaths>

#include <QTest>

#include <unicode/ucnv.h>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

// Arabic with vowel marks, a number and an emoji: it survives every Unicode encoding form.
const QString Sample = u"مَرحباً بالعالم 2024 😀 قالت الوزيرة"_s;

// Plain Arabic prose, long enough for a statistical detector, using only letters both legacy sets hold.
const QString LegacyProse =
    u"أكدت وزيرة الشؤون الخارجية الاهتمام الخاص لبلادها بالاستفادة من الخبرة العسكرية، مشيرة إلى أن التعاون "
    "العسكري بين البلدين ليس جديدا، ويتم بطريقة رسمية وشفافة. وأعلنت في مقابلة مع وكالة الأنباء على هامش قمة "
    "الاتحاد الأفريقي أن هناك ملحقا دفاعيا مقيما في العاصمة يزور البلاد أحيانا ويلتقي بنظرائه. وأضافت أن "
    "التعاون "
    "يسير بطريقة جيدة جدا، والعديد من العسكريين تم تدريبهم في إطار تعاون رسمي بين الحكومتين."_s;

QByteArray encode(const QString &text, const char *charset)
{
    return hashiya::testing::encodeWithIcu(text, charset);
}

QByteArray readCorpus(const QString &name)
{
    QFile file(QStringLiteral(HASHIYA_CORPUS) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing corpus file");
    return file.readAll();
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void byteOrderMarks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("UTF-8 BOM stripped") << QByteArray("\xEF\xBB\xBF") + Sample.toUtf8() << u"UTF-8"_s;
        QTest::newRow("UTF-16 LE BOM")
            << QByteArray("\xFF\xFE", 2) + encode(Sample, "UTF-16LE") << u"UTF-16LE"_s;
        QTest::newRow("UTF-16 BE BOM")
            << QByteArray("\xFE\xFF", 2) + encode(Sample, "UTF-16BE") << u"UTF-16BE"_s;
        QTest::newRow("UTF-32 LE BOM, not mistaken for UTF-16 LE")
            << QByteArray("\xFF\xFE\x00\x00", 4) + encode(Sample, "UTF-32LE") << u"UTF-32LE"_s;
        QTest::newRow("UTF-32 BE BOM")
            << QByteArray("\x00\x00\xFE\xFF", 4) + encode(Sample, "UTF-32BE") << u"UTF-32BE"_s;
    }
    void byteOrderMarks()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const DecodedText decoded = TextDecoder::decode(bytes);
        QCOMPARE(decoded.text, Sample);
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.confidence, 100);
        QVERIFY(!decoded.hadInvalidBytes);
        QVERIFY(decoded.error.isEmpty());
    }

    void utf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("invalid");
        QTest::newRow("strict UTF-8 without BOM") << Sample.toUtf8() << Sample << false;
        QTest::newRow("ASCII only is UTF-8") << QByteArray("plain words") << u"plain words"_s << false;
        QTest::newRow("stray byte becomes U+FFFD, rest kept")
            << QByteArray(u"قال "_s.toUtf8() + "\xFF" + u" الرئيس"_s.toUtf8()) << u"قال \uFFFD الرئيس"_s
            << true;
        QTest::newRow("sequence cut at the end is replaced, not dropped")
            << QByteArray(u"مرحبا بالعالم"_s.toUtf8() + "\xD8") << u"مرحبا بالعالم\uFFFD"_s << true;
        QTest::newRow("encoded surrogate is invalid")
            << QByteArray(u"نص عربي طويل بما يكفي"_s.toUtf8() + "\xED\xA0\x80")
            << u"نص عربي طويل بما يكفي\uFFFD\uFFFD\uFFFD"_s << true;
    }
    void utf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(bool, invalid);
        const DecodedText decoded = TextDecoder::decode(bytes);
        QCOMPARE(decoded.encoding, u"UTF-8"_s);
        QCOMPARE(decoded.text, expected);
        QCOMPARE(decoded.hadInvalidBytes, invalid);
        QVERIFY(decoded.confidence > 50);
    }

    void legacyCorpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("windows-1256 page without charset")
            << u"legacy/news.windows-1256.ar.html"_s << u"windows-1256"_s;
        QTest::newRow("ISO-8859-6 page without charset")
            << u"legacy/news.iso-8859-6.ar.html"_s << u"ISO-8859-6"_s;
    }
    void legacyCorpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        const DecodedText decoded = TextDecoder::decode(readCorpus(file));
        QCOMPARE(decoded.encoding, encoding);
        QVERIFY(decoded.text.contains(u"كتائب الشهيد عز الدين القسام"_s));
        QVERIFY(decoded.text.contains(u"بيت لاهيا"_s));
        QVERIFY(!decoded.hadInvalidBytes);
        QVERIFY(!decoded.text.contains(QChar(0xFFFD)));
    }

    void legacyEncodedAtTestTime_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("Arabic prose in windows-1256")
            << encode(LegacyProse, "windows-1256") << u"windows-1256"_s;
        QTest::newRow("Arabic prose in ISO-8859-6") << encode(LegacyProse, "ISO-8859-6") << u"ISO-8859-6"_s;
    }
    void legacyEncodedAtTestTime()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const DecodedText decoded = TextDecoder::decode(bytes);
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.text, LegacyProse);
        QVERIFY(decoded.confidence > 0);
    }

    void forcedEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("forced");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<QString>("expectedEncoding");
        const QString shortArabic =
            u"نعم"_s; // too short for any detector: only a forced encoding gets it right
        QTest::newRow("forced windows-1256 on three letters")
            << encode(shortArabic, "windows-1256") << u"windows-1256"_s << shortArabic << u"windows-1256"_s;
        QTest::newRow("alias cp1256 reported by its standard name")
            << encode(shortArabic, "windows-1256") << u"cp1256"_s << shortArabic << u"windows-1256"_s;
        QTest::newRow("forced ISO-8859-6")
            << encode(shortArabic, "ISO-8859-6") << u"ISO-8859-6"_s << shortArabic << u"ISO-8859-6"_s;
        QTest::newRow("forced UTF-8 strips the BOM")
            << QByteArray("\xEF\xBB\xBF" + shortArabic.toUtf8()) << u"utf-8"_s << shortArabic << u"UTF-8"_s;
    }
    void forcedEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, forced);
        QFETCH(QString, expectedText);
        QFETCH(QString, expectedEncoding);
        const DecodedText decoded = TextDecoder::decode(bytes, forced);
        QVERIFY(decoded.error.isEmpty());
        QCOMPARE(decoded.text, expectedText);
        QCOMPARE(decoded.encoding, expectedEncoding);
        QCOMPARE(decoded.confidence, 100);
    }

    void unknownForcedEncoding()
    {
        const DecodedText decoded = TextDecoder::decode(Sample.toUtf8(), u"klingon-9"_s);
        QVERIFY(decoded.text.isEmpty());
        QVERIFY(decoded.encoding.isEmpty());
        QVERIFY(decoded.error.contains(u"klingon-9"_s));
    }

    void forcedInvalidBytesAreFlagged()
    {
        // 0xA1 is unassigned in ISO-8859-6: it must come out as U+FFFD, not as U+001A.
        const DecodedText decoded = TextDecoder::decode(QByteArray("\xC7\xA1\xC8"), u"ISO-8859-6"_s);
        QCOMPARE(decoded.text, u"ا\uFFFDب"_s);
        QVERIFY(decoded.hadInvalidBytes);
    }

    void emptyInput()
    {
        const DecodedText decoded = TextDecoder::decode(QByteArray());
        QVERIFY(decoded.text.isEmpty());
        QVERIFY(decoded.error.isEmpty());
        QCOMPARE(decoded.encoding, u"UTF-8"_s);
    }

    void looksLikeHtml_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("html");
        QTest::newRow("doctype") << QByteArray("  <!DOCTYPE html><html>") << true;
        QTest::newRow("bare html tag") << QByteArray("<html>\n <head>") << true;
        QTest::newRow("prose with a less-than sign") << QByteArray("a < b in prose") << false;
        QTest::newRow("tag-like word not at start") << QByteArray("text <html>") << false;
    }
    void looksLikeHtml()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, html);
        QCOMPARE(TextDecoder::looksLikeHtml(bytes), html);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
