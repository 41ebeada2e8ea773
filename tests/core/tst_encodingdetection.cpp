#include "text/htmlcharset.h"
#include "text/textdecoder.h"

#include "icuencode.h"
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <QTest>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

// Encodes at test time with ICU, stopping (not substituting) on a character the charset lacks, so a row can
// never test a text other than the one it names.
QByteArray encode(const QString &text, const char *charset)
{
    return hashiya::testing::encodeWithIcu(text, charset);
}

QString readCorpus(const QString &name)
{
    QFile file(QStringLiteral(HASHIYA_CORPUS) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing corpus file");
    return QString::fromUtf8(file.readAll());
}

QString paragraph(const QString &corpusFile, int index)
{
    const QStringList paragraphs = readCorpus(corpusFile).split(u"\n\n"_s, Qt::SkipEmptyParts);
    return paragraphs.value(index).trimmed();
}

// ISO-8859-6 has no curly quotes; news sites that used it wrote straight ones.
QString straightQuotes(QString text)
{
    return text.replace(QChar(0x201C), u'"').replace(QChar(0x201D), u'"');
}

// What ICU's detector alone answers, for the log: the comparison this suite exists to win.
QString icuAlone(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    ucsdet_enableInputFilter(detector, TextDecoder::looksLikeHtml(bytes));
    ucsdet_setText(detector, bytes.constData(), int32_t(bytes.size()), &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    QString answer = u"(none)"_s;
    if (U_SUCCESS(status) && match) {
        answer = QString::fromLatin1(ucsdet_getName(match, &status)) + u" ("_s
                 + QString::number(ucsdet_getConfidence(match, &status)) + u')';
    }
    ucsdet_close(detector);
    return answer;
}

// windows-1256 has no Persian yeh (U+06CC): Persian written in it always used the Arabic yeh, so the text
// those files hold, and that decoding must give back, has it.
QString inCp1256(const QString &persian)
{
    return QString(persian).replace(QChar(0x06CC), QChar(0x064A));
}

const QString Persian =
    inCp1256(u"این کتاب را دیروز از کتابخانه دانشگاه گرفتم و خیلی به دردم خورد. پدرم هر روز صبح "
             "چای می\u200Cنوشد و روزنامه می\u200Cخواند. ژاله برای گرفتن گواهینامه به پلیس راهنمایی "
             "رفت. چند نفر از دانشجویان پیش از امتحان به کتابخانه آمدند."_s);
const QString PersianSentence =
    inCp1256(u"این کتاب را دیروز از کتابخانه دانشگاه گرفتم و خیلی به دردم خورد."_s);
const QString PersianShort = inCp1256(u"ژاله چای گرم می\u200Cخواهد."_s);
const QString ArabicForty = u"تحركت روسيا والصين في المنطقة عبر إبرام اتفاقات"_s;
const QString ArabicFifteen = u"ويستمر هذا التعاون"_s;
const QString HebrewPointed = u"בְּרֵאשִׁית בָּרָא אֱלֹהִים אֵת הַשָּׁמַיִם וְאֵת הָאָרֶץ. "_s;
const QString French = u"L’été dernier, nous avons visité le château de Versailles : un chef-d’œuvre où l’on "
                       "découvre l’histoire de France. Ça coûte cher, mais ça vaut le détour !"_s;

QByteArray page(const QByteArray &meta, const QByteArray &body)
{
    return "<!DOCTYPE html>\n<html>\n<head>\n" + meta
           + "\n<title>News</title>\n</head>\n<body dir=\"rtl\">\n<p>" + body + "</p>\n</body>\n</html>\n";
}

} // namespace

class TestEncodingDetection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void detection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("mustBeSure"); // long texts must not be flagged as guesses

        const QString news = paragraph(u"burkina-faso-russia.ar.txt"_s, 1);
        const QString hebrew = paragraph(u"lipsum.he.txt"_s, 0);
        if (news.size() < 500 || hebrew.size() < 200)
            qFatal("corpus paragraphs changed");

        QTest::newRow("Arabic news paragraph in windows-1256")
            << encode(news, "windows-1256") << news << u"windows-1256"_s << true;
        QTest::newRow("Arabic news paragraph in ISO-8859-6")
            << encode(straightQuotes(news), "ISO-8859-6") << straightQuotes(news) << u"ISO-8859-6"_s << true;
        QTest::newRow("40-character Arabic sentence in windows-1256 is not ISO-8859-6")
            << encode(ArabicForty, "windows-1256") << ArabicForty << u"windows-1256"_s << false;
        QTest::newRow("40-character Arabic sentence in ISO-8859-6 is not windows-1256")
            << encode(ArabicForty, "ISO-8859-6") << ArabicForty << u"ISO-8859-6"_s << false;
        QTest::newRow("15-character Arabic sentence in windows-1256")
            << encode(ArabicFifteen, "windows-1256") << ArabicFifteen << u"windows-1256"_s << false;
        QTest::newRow("15-character Arabic sentence in ISO-8859-6")
            << encode(ArabicFifteen, "ISO-8859-6") << ArabicFifteen << u"ISO-8859-6"_s << false;
        QTest::newRow("Persian paragraph in windows-1256 is not windows-1255")
            << encode(Persian, "windows-1256") << Persian << u"windows-1256"_s << true;
        QTest::newRow("short Persian sentence in windows-1256 is not windows-1255")
            << encode(PersianSentence, "windows-1256") << PersianSentence << u"windows-1256"_s << false;
        QTest::newRow("very short Persian sentence with ZWNJ in windows-1256")
            << encode(PersianShort, "windows-1256") << PersianShort << u"windows-1256"_s << false;
        QTest::newRow("pointed Hebrew in windows-1255")
            << encode(HebrewPointed + hebrew, "windows-1255") << HebrewPointed + hebrew << u"windows-1255"_s
            << true;
        // Unpointed Hebrew has the same bytes in both sets; the narrower, standard name is reported.
        QTest::newRow("Hebrew paragraph in ISO-8859-8")
            << encode(hebrew, "ISO-8859-8") << hebrew << u"ISO-8859-8"_s << true;
        QTest::newRow("Arabic paragraph in UTF-16LE without BOM")
            << encode(news, "UTF-16LE") << news << u"UTF-16LE"_s << true;
        QTest::newRow("Arabic paragraph in UTF-16BE without BOM")
            << encode(news, "UTF-16BE") << news << u"UTF-16BE"_s << true;
        QTest::newRow("Hebrew paragraph in UTF-16LE without BOM")
            << encode(hebrew, "UTF-16LE") << hebrew << u"UTF-16LE"_s << true;
        QTest::newRow("three Arabic letters in UTF-16LE without BOM")
            << encode(u"نعم"_s, "UTF-16LE") << u"نعم"_s << u"UTF-16LE"_s << false;
        QTest::newRow("English in UTF-16BE without BOM is not UTF-8 with NULs")
            << encode(u"Plain English words."_s, "UTF-16BE") << u"Plain English words."_s << u"UTF-16BE"_s
            << true;
        QTest::newRow("French with accents in windows-1252 is not ISO-8859-1")
            << encode(French, "windows-1252") << French << u"windows-1252"_s << true;
    }
    void detection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(QString, encoding);
        QFETCH(bool, mustBeSure);
        const DecodedText decoded = TextDecoder::decode(bytes);
        const QVector<EncodingCandidate> others = TextDecoder::candidates(bytes, 2);
        qInfo("ICU alone: %s; now: %s (%d%s); runner-up %s (%d)", qPrintable(icuAlone(bytes)),
              qPrintable(decoded.encoding), decoded.confidence, decoded.lowConfidence ? ", low" : "",
              qPrintable(others.value(1).encoding), others.value(1).confidence);
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.text, expected);
        QVERIFY(!decoded.hadInvalidBytes);
        QVERIFY(decoded.error.isEmpty());
        QVERIFY(decoded.confidence > 0 && decoded.confidence <= 100);
        if (mustBeSure) {
            QVERIFY(!decoded.lowConfidence);
            QVERIFY(decoded.confidence >= 50);
        }
    }

    void legacyCorpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("windows-1256 news page comes out right")
            << u"legacy/news.windows-1256.ar.html"_s << u"windows-1256"_s;
        QTest::newRow("ISO-8859-6 news page comes out right")
            << u"legacy/news.iso-8859-6.ar.html"_s << u"ISO-8859-6"_s;
    }
    void legacyCorpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFile in(QStringLiteral(HASHIYA_CORPUS) + u'/' + file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const DecodedText decoded = TextDecoder::decode(bytes);
        qInfo("ICU alone: %s; now: %s (%d)", qPrintable(icuAlone(bytes)), qPrintable(decoded.encoding),
              decoded.confidence);
        QCOMPARE(decoded.encoding, encoding);
        for (const QString &word :
             {u"أعلنت"_s, u"كتائب الشهيد عز الدين القسام"_s, u"بيت لاهيا"_s, u"الإسرائيلي"_s, u"الجمعة"_s})
            QVERIFY2(decoded.text.contains(word), qPrintable(word));
        QVERIFY(!decoded.hadInvalidBytes);
        QVERIFY(!decoded.lowConfidence);
        QVERIFY(decoded.declaredEncoding.isEmpty());
    }

    void declaredCharset_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("declared");
        QTest::newRow("meta charset, double quotes")
            << QByteArray("<html><head><meta charset=\"windows-1256\">") << u"windows-1256"_s
            << u"windows-1256"_s;
        QTest::newRow("meta charset, no quotes, upper case")
            << QByteArray("<HTML><HEAD><META CHARSET=ISO-8859-6>") << u"ISO-8859-6"_s << u"ISO-8859-6"_s;
        QTest::newRow("http-equiv content type")
            << QByteArray("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                          "charset=windows-1255\">")
            << u"windows-1255"_s << u"windows-1255"_s;
        QTest::newRow("http-equiv, single quotes and spaces")
            << QByteArray("<html><head><meta http-equiv='content-type' content='text/html;charset = "
                          "iso-8859-8'/>")
            << u"iso-8859-8"_s << u"ISO-8859-8"_s;
        QTest::newRow("alias cp1256 normalised")
            << QByteArray("<meta charset=\"cp1256\">") << u"cp1256"_s << u"windows-1256"_s;
        QTest::newRow("ISO-8859-1 label read as windows-1252")
            << QByteArray("<meta charset=\"iso-8859-1\">") << u"iso-8859-1"_s << u"windows-1252"_s;
        QTest::newRow("unknown label gives no encoding")
            << QByteArray("<meta charset=\"x-klingon\">") << u"x-klingon"_s << QString();
        QTest::newRow("no meta, no charset")
            << QByteArray("<html><head><title>t</title>") << QString() << QString();
        QTest::newRow("meta after the first 4 KB is not seen")
            << QByteArray("<html><head><!--" + QByteArray(5000, 'x') + "--><meta charset=\"windows-1256\">")
            << QString() << QString();
    }
    void declaredCharset()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, label);
        QFETCH(QString, declared);
        QCOMPARE(HtmlCharset::declaredLabel(bytes), label);
        QCOMPARE(HtmlCharset::declared(bytes), declared);
    }

    void htmlPages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("word"); // a word the right decoding contains
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("declared");
        QTest::addColumn<bool>("overruled");

        const QString news = paragraph(u"burkina-faso-russia.ar.txt"_s, 2);
        QTest::newRow("correct meta charset windows-1256")
            << page("<meta charset=\"windows-1256\">", encode(news, "windows-1256")) << u"الأسلحة"_s
            << u"windows-1256"_s << u"windows-1256"_s << false;
        QTest::newRow("correct http-equiv ISO-8859-6")
            << page("<META HTTP-EQUIV=Content-Type CONTENT=\"text/html; charset=ISO-8859-6\">",
                    encode(straightQuotes(news), "ISO-8859-6"))
            << u"الأسلحة"_s << u"ISO-8859-6"_s << u"ISO-8859-6"_s << false;
        QTest::newRow("declared charset decides a short page")
            << page("<meta charset=\"windows-1256\">", encode(PersianShort, "windows-1256")) << u"ژاله"_s
            << u"windows-1256"_s << u"windows-1256"_s << false;
        QTest::newRow("page lying windows-1255 about Persian windows-1256 loses")
            << page("<meta charset=\"windows-1255\">", encode(Persian, "windows-1256"))
            << inCp1256(u"گواهینامه"_s) << u"windows-1256"_s << u"windows-1255"_s << true;
        QTest::newRow("page lying ISO-8859-6 about windows-1256 loses")
            << page("<meta charset=\"iso-8859-6\">", encode(news, "windows-1256")) << u"الأسلحة"_s
            << u"windows-1256"_s << u"ISO-8859-6"_s << true;
        QTest::newRow("page labelled ISO-8859-1 holding Arabic windows-1256 loses")
            << page("<meta charset=\"iso-8859-1\">", encode(news, "windows-1256")) << u"الأسلحة"_s
            << u"windows-1256"_s << u"windows-1252"_s << true;
        QTest::newRow("ISO-8859-1 label on French with curly apostrophes is windows-1252")
            << page("<meta charset=\"iso-8859-1\">", encode(French, "windows-1252")) << u"chef-d’œuvre"_s
            << u"windows-1252"_s << u"windows-1252"_s << false;
        QTest::newRow("valid UTF-8 page declaring windows-1256 is UTF-8")
            << page("<meta charset=\"windows-1256\">", news.toUtf8()) << u"الأسلحة"_s << u"UTF-8"_s
            << u"windows-1256"_s << true;
    }
    void htmlPages()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, word);
        QFETCH(QString, encoding);
        QFETCH(QString, declared);
        QFETCH(bool, overruled);
        const DecodedText decoded = TextDecoder::decode(bytes);
        qInfo("ICU alone: %s; now: %s (%d)", qPrintable(icuAlone(bytes)), qPrintable(decoded.encoding),
              decoded.confidence);
        QCOMPARE(decoded.encoding, encoding);
        QVERIFY(decoded.text.contains(word));
        QCOMPARE(decoded.declaredEncoding, declared);
        QCOMPARE(!decoded.note.isEmpty(), overruled);
        if (overruled)
            QVERIFY(decoded.note.contains(declared));
        else
            QVERIFY(!decoded.lowConfidence);
        QVERIFY(!decoded.hadInvalidBytes);
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QRandomGenerator random(20240613); // fixed seed: the same bytes on every run
        const auto noise = [&](qsizetype size, bool withNuls) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (char &b : bytes)
                b = char(random.bounded(withNuls ? 0 : 1, 256));
            return bytes;
        };
        QTest::newRow("4 KB of random bytes") << noise(4096, false);
        QTest::newRow("random bytes with NULs") << noise(4096, true);
        QTest::newRow("100 KB of random bytes, beyond the sample") << noise(100 * 1024, false);
        QTest::newRow("three random bytes") << noise(3, false);
        QTest::newRow("Arabic windows-1256 cut by random bytes")
            << encode(ArabicForty, "windows-1256") + noise(64, false) + encode(ArabicForty, "windows-1256");
    }
    void garbage()
    {
        QFETCH(QByteArray, bytes);
        const DecodedText decoded = TextDecoder::decode(bytes);
        qInfo("ICU alone: %s; now: %s (%d%s%s)", qPrintable(icuAlone(bytes)), qPrintable(decoded.encoding),
              decoded.confidence, decoded.lowConfidence ? ", low" : "",
              decoded.hadInvalidBytes ? ", invalid" : "");
        QVERIFY(decoded.error.isEmpty());
        QVERIFY(!decoded.encoding.isEmpty());
        QVERIFY(!decoded.text.isEmpty());
        QVERIFY(decoded.hadInvalidBytes || decoded.lowConfidence);
        // Nothing is truncated: a single-byte reading keeps one character per byte, others never lose more.
        QVERIFY(decoded.text.size() >= bytes.size() / 4);
    }

    void candidates_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("previewWord");
        QTest::addColumn<bool>("html");
        QTest::newRow("Persian windows-1256 leads, preview readable")
            << encode(Persian, "windows-1256") << u"windows-1256"_s << u"کتاب"_s << false;
        QTest::newRow("short Arabic ISO-8859-6 leads")
            << encode(ArabicForty, "ISO-8859-6") << u"ISO-8859-6"_s << u"روسيا"_s << false;
        QTest::newRow("HTML page preview starts at its Arabic, not its markup")
            << page("<meta charset=\"windows-1256\">", encode(PersianSentence, "windows-1256"))
            << u"windows-1256"_s << inCp1256(u"این کتاب"_s) << true;
        QTest::newRow("UTF-8 leads for UTF-8 text")
            << PersianSentence.toUtf8() << u"UTF-8"_s << u"دانشگاه"_s << false;
    }
    void candidates()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, first);
        QFETCH(QString, previewWord);
        QFETCH(bool, html);
        const QVector<EncodingCandidate> list = TextDecoder::candidates(bytes, 5);
        QVERIFY(!list.isEmpty());
        QVERIFY(list.size() <= 5);
        QCOMPARE(list.first().encoding, first);
        QVERIFY(list.first().preview.contains(previewWord));
        if (html)
            QVERIFY(list.first().preview.startsWith(previewWord));
        QStringList names;
        QStringList previews;
        for (const EncodingCandidate &candidate : list) {
            QVERIFY(!names.contains(candidate.encoding));
            QVERIFY(!previews.contains(candidate.preview)); // one entry per distinct reading
            names.append(candidate.encoding);
            previews.append(candidate.preview);
            QVERIFY(candidate.preview.size() <= 80);
            QVERIFY(!candidate.preview.contains(u'\n'));
            QVERIFY(candidate.confidence >= 0 && candidate.confidence <= list.first().confidence);
        }
        QVERIFY(list.size() >= 2); // there is always something else to offer
    }

    void candidatesRespectsMax()
    {
        const QByteArray bytes = encode(Persian, "windows-1256");
        QCOMPARE(TextDecoder::candidates(bytes, 2).size(), 2);
        QVERIFY(TextDecoder::candidates(bytes, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEncodingDetection)
#include "tst_encodingdetection.moc"
