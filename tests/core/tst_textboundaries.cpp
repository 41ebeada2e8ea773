#include "text/textboundaries.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {
QString corpusArticle()
{
    QFile file(QStringLiteral(HASHIYA_CORPUS "/burkina-faso-russia.ar.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing corpus article");
    return QString::fromUtf8(file.readAll());
}
} // namespace

class TestTextBoundaries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wordAt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("word"); // empty: no word there
        const QString vocalised = u"هجماتٍ مُتزايدة لجماعاتٍ"_s;
        QTest::newRow("vocalised word selected whole from its first letter")
            << vocalised << 7 << u"مُتزايدة"_s;
        QTest::newRow("vocalised word selected whole from its vowel mark") << vocalised << 8 << u"مُتزايدة"_s;
        QTest::newRow("tanwin at the word end stays with the word") << vocalised << 5 << u"هجماتٍ"_s;
        QTest::newRow("clitics wa+bi+al stay one word") << u"قرأ وبالكتاب ثم نام"_s << 6 << u"وبالكتاب"_s;
        QTest::newRow("shadda inside the word") << u"ولا سيّما شمالها"_s << 6 << u"سيّما"_s;
        QTest::newRow("English name inside Arabic") << u"وكالة Sputnik الروسية"_s << 8 << u"Sputnik"_s;
        QTest::newRow("a number is a word") << u"منذ العام 2015 هجمات"_s << 11 << u"2015"_s;
        QTest::newRow("Arabic comma is not a word") << u"بوركينا فاسو، أوليفيا"_s << 12 << QString();
        QTest::newRow("space is not a word") << u"قال الرئيس"_s << 3 << QString();
        QTest::newRow("quote mark is not a word") << u"“القاعدة”"_s << 0 << QString();
        QTest::newRow("position past the end") << u"قال"_s << 3 << QString();
        QTest::newRow("negative position") << u"قال"_s << -1 << QString();
    }
    void wordAt()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QString, word);
        const auto [start, end] = TextBoundaries::wordAt(text, position);
        if (word.isEmpty()) {
            QCOMPARE(start, -1);
            QCOMPARE(end, -1);
        } else {
            QCOMPARE(text.mid(start, end - start), word);
        }
    }

    void graphemes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<bool>("boundary");
        QTest::addColumn<int>("backward");
        QTest::addColumn<int>("forward");
        QTest::newRow("between letter and its damma is not a boundary")
            << u"مُتزايدة"_s << 1 << false << 0 << 2;
        QTest::newRow("after the damma is a boundary") << u"مُتزايدة"_s << 2 << true << 2 << 2;
        QTest::newRow("shadda and kasra stay with their letter") << u"سيِّما"_s << 2 << false << 1 << 4;
        QTest::newRow("inside a surrogate pair is not a boundary") << u"قال😀"_s << 4 << false << 3 << 5;
        QTest::newRow("inside a flag is not a boundary") << u"🇸🇦 علم"_s << 2 << false << 0 << 4;
        QTest::newRow("start is a boundary") << u"قال"_s << 0 << true << 0 << 0;
        QTest::newRow("end is a boundary") << u"قال"_s << 3 << true << 3 << 3;
        QTest::newRow("past the end clamps") << u"قال"_s << 9 << false << 3 << 3;
    }
    void graphemes()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(bool, boundary);
        QFETCH(int, backward);
        QFETCH(int, forward);
        QCOMPARE(TextBoundaries::isGraphemeBoundary(text, position), boundary);
        QCOMPARE(TextBoundaries::snapToGrapheme(text, position, false), backward);
        QCOMPARE(TextBoundaries::snapToGrapheme(text, position, true), forward);
    }

    void wordCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("punctuation only") << u"… — ؟!"_s << 0;
        QTest::newRow("English with punctuation") << u"Hello, world!"_s << 2;
        QTest::newRow("Arabic with guillemets") << u"قال الرئيس: «نعم»."_s << 3;
        QTest::newRow("Arabic question mark") << u"هل أنت بخير؟ نعم."_s << 4;
        QTest::newRow("mixed Arabic, English and a number") << u"قالت وكالة Sputnik عام 2024"_s << 5;
        QTest::newRow("vocalised words count once") << u"هجماتٍ مُتزايدة"_s << 2;
        QTest::newRow("slash splits two words") << u"كانون الثاني/يناير"_s << 3;
    }
    void wordCount()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(TextBoundaries::wordCount(text), words);
    }

    void sentenceCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sentences");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("Arabic question mark ends a sentence") << u"هل أنت بخير؟ نعم، أنا بخير."_s << 2;
        QTest::newRow("English") << u"Hello. How are you? Fine!"_s << 3;
        QTest::newRow("English inside Arabic") << u"قال: Hello world. ثم ذهب."_s << 2;
        QTest::newRow("hard line wrap does not end a sentence")
            << u"هذه جملة طويلة\u2028تكمل في السطر التالي."_s << 1;
        QTest::newRow("paragraph break ends a sentence without a full stop")
            << u"عنوان المقال\nنص المقال."_s << 2;
        QTest::newRow("lone full stop is not a sentence") << u"جملة أولى\n.جملة ثانية"_s << 2;
    }
    void sentenceCount()
    {
        QFETCH(QString, text);
        QFETCH(int, sentences);
        QCOMPARE(TextBoundaries::sentenceCount(text), sentences);
    }

    void corpusCounts()
    {
        const QString article = corpusArticle();
        // 363 words and 13 sentences, counted independently with a regular expression over letters, digits
        // and marks, and by splitting at . ! ? ؟ and line ends.
        QCOMPARE(TextBoundaries::wordCount(article), 363);
        QCOMPARE(TextBoundaries::sentenceCount(article), 13);
    }

    void everyCorpusWordIsAWordAtItsOwnPositions()
    {
        // wordAt and wordCount agree: walking the article word by word finds as many words as it counts.
        const QString article = corpusArticle();
        int words = 0;
        for (int position = 0; position < article.size();) {
            const auto [start, end] = TextBoundaries::wordAt(article, position);
            if (start < 0) {
                ++position;
                continue;
            }
            QVERIFY(start <= position && position < end);
            QVERIFY(TextBoundaries::isGraphemeBoundary(article, start));
            QVERIFY(TextBoundaries::isGraphemeBoundary(article, end));
            ++words;
            position = end;
        }
        QCOMPARE(words, TextBoundaries::wordCount(article));
    }
};

QTEST_GUILESS_MAIN(TestTextBoundaries)
#include "tst_textboundaries.moc"
