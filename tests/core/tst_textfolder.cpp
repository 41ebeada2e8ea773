#include "text/textfolder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

enum Mode { Default, Exact, TaaMarbuta, ExactTaaMarbuta };

FoldOptions options(int mode)
{
    FoldOptions result;
    result.exactMarksAndHamza = mode == Exact || mode == ExactTaaMarbuta;
    result.foldTaaMarbuta = mode == TaaMarbuta || mode == ExactTaaMarbuta;
    return result;
}

QString corpus(const char *name)
{
    QFile file(QStringLiteral(HASHIYA_CORPUS "/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing corpus text %s", name);
    return QString::fromUtf8(file.readAll());
}

// What every folding must hold, whatever the text: one map entry per key unit, non-decreasing, inside the
// original, and the key-only function agrees.
void checkInvariants(const QString &text, const FoldOptions &foldOptions)
{
    const FoldedText folded = TextFolder::fold(text, foldOptions);
    QCOMPARE(folded.sourceLength, text.size());
    QCOMPARE(folded.sourceIndex.size(), folded.key.size());
    for (int i = 0; i < folded.sourceIndex.size(); ++i) {
        QVERIFY(folded.sourceIndex[i] >= 0);
        QVERIFY(folded.sourceIndex[i] < text.size());
        if (i > 0)
            QVERIFY2(folded.sourceIndex[i] >= folded.sourceIndex[i - 1],
                     qPrintable(u"at key unit %1"_s.arg(i)));
    }
    QCOMPARE(TextFolder::foldKey(text, foldOptions), folded.key);
}

} // namespace

class TestTextFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void key_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("key");

        // Arabic marks
        QTest::newRow("fatha removed") << u"كَتب"_s << int(Default) << u"كتب"_s;
        QTest::newRow("damma and kasra removed") << u"كُتِب"_s << int(Default) << u"كتب"_s;
        QTest::newRow("sukun removed") << u"مَسْجد"_s << int(Default) << u"مسجد"_s;
        QTest::newRow("shadda removed") << u"شدّة"_s << int(Default) << u"شدة"_s;
        QTest::newRow("shadda with kasra removed") << u"سيِّما"_s << int(Default) << u"سيما"_s;
        QTest::newRow("tanwin fath removed") << u"جديداً"_s << int(Default) << u"جديدا"_s;
        QTest::newRow("tanwin kasr removed") << u"هجماتٍ"_s << int(Default) << u"هجمات"_s;
        QTest::newRow("tanwin damm removed") << u"كتابٌ"_s << int(Default) << u"كتاب"_s;
        QTest::newRow("superscript alef removed") << u"هٰذا"_s << int(Default) << u"هذا"_s;
        QTest::newRow("Quranic small high marks removed")
            << u"ٱلرَّحِيمِ ۝١"_s << int(Default) << u"الرحيم 1"_s;
        QTest::newRow("Quranic small waw removed") << u"لَهُۥ"_s << int(Default) << u"له"_s;
        QTest::newRow("Quranic rub el hizb kept") << u"۞ قال"_s << int(Default) << u"۞ قال"_s;
        QTest::newRow("extended Arabic marks removed") << u"ب\u08F0ب"_s << int(Default) << u"بب"_s;
        QTest::newRow("fully vocalised word") << u"مَسْؤُولِيَّة"_s << int(Default) << u"مسوولية"_s;
        QTest::newRow("tatweel removed") << u"كـــتاب"_s << int(Default) << u"كتاب"_s;
        QTest::newRow("tatweel removed in exact mode") << u"كـتاب"_s << int(Exact) << u"كتاب"_s;

        // Hamza, alef and yeh forms
        QTest::newRow("alef with hamza above folds to alef") << u"أكد"_s << int(Default) << u"اكد"_s;
        QTest::newRow("alef with hamza below folds to alef") << u"إلى"_s << int(Default) << u"الي"_s;
        QTest::newRow("alef with madda folds to alef") << u"آخر"_s << int(Default) << u"اخر"_s;
        QTest::newRow("alef wasla folds to alef") << u"ٱلله"_s << int(Default) << u"الله"_s;
        QTest::newRow("alef with wavy hamzas fold to alef") << u"ٲٳ"_s << int(Default) << u"اا"_s;
        QTest::newRow("decomposed alef and hamza folds to alef")
            << u"ا\u0654كد"_s << int(Default) << u"اكد"_s;
        QTest::newRow("waw with hamza folds to waw") << u"مسؤول"_s << int(Default) << u"مسوول"_s;
        QTest::newRow("yeh with hamza folds to yeh") << u"مسئول"_s << int(Default) << u"مسيول"_s;
        QTest::newRow("alef maqsura folds to yeh") << u"على"_s << int(Default) << u"علي"_s;
        QTest::newRow("Persian yeh folds to Arabic yeh") << u"فارسی"_s << int(Default) << u"فارسي"_s;
        QTest::newRow("Persian kaf folds to Arabic kaf") << u"کتاب"_s << int(Default) << u"كتاب"_s;
        QTest::newRow("Persian yeh and kaf fold in exact mode too") << u"یک"_s << int(Exact) << u"يك"_s;
        QTest::newRow("lone hamza kept") << u"سماء"_s << int(Default) << u"سماء"_s;
        QTest::newRow("Urdu heh goal with hamza loses only the hamza") << u"ۂ"_s << int(Default) << u"ہ"_s;
        QTest::newRow("Urdu yeh barree with hamza loses only the hamza") << u"ۓ"_s << int(Default) << u"ے"_s;
        QTest::newRow("Urdu letters kept") << u"ہ ھ ے ں ٹ"_s << int(Default) << u"ہ ھ ے ں ٹ"_s;
        QTest::newRow("Kurdish ae kept") << u"ە"_s << int(Default) << u"ە"_s;

        // Taa marbuta
        QTest::newRow("taa marbuta kept by default") << u"مدرسة"_s << int(Default) << u"مدرسة"_s;
        QTest::newRow("taa marbuta folded when asked") << u"مدرسة"_s << int(TaaMarbuta) << u"مدرسه"_s;
        QTest::newRow("taa marbuta folded when asked in exact mode")
            << u"مَدْرَسَة"_s << int(ExactTaaMarbuta) << u"مَدْرَسَه"_s;
        QTest::newRow("final taa marbuta form folded when asked") << u"\uFE94"_s << int(TaaMarbuta) << u"ه"_s;

        // Presentation forms
        QTest::newRow("lam-alef ligature unfolds to two letters") << u"\uFEFB"_s << int(Default) << u"لا"_s;
        QTest::newRow("lam-alef with hamza ligature unfolds to lam alef")
            << u"\uFEF7"_s << int(Default) << u"لا"_s;
        QTest::newRow("lam-alef with hamza ligature keeps hamza in exact mode")
            << u"\uFEF7"_s << int(Exact) << u"لا\u0654"_s;
        QTest::newRow("contextual forms fold to letters")
            << u"\uFEB3\uFEE0\uFE8E\uFEE1"_s << int(Default) << u"سلام"_s;
        QTest::newRow("alef with hamza isolated form folds to alef") << u"\uFE83"_s << int(Default) << u"ا"_s;
        QTest::newRow("Persian yeh final form folds to Arabic yeh") << u"\uFBFD"_s << int(Default) << u"ي"_s;
        QTest::newRow("Allah ligature unfolds") << u"\uFDF2"_s << int(Default) << u"الله"_s;
        QTest::newRow("spacing fathatan form leaves nothing") << u"ب\uFE70"_s << int(Default) << u"ب"_s;
        QTest::newRow("Hebrew shin with dot presentation form") << u"\uFB2A"_s << int(Default) << u"ש"_s;
        QTest::newRow("Hebrew alef-lamed ligature") << u"\uFB4F"_s << int(Default) << u"אל"_s;
        QTest::newRow("full-width Latin folds to ASCII") << u"ＡＢｃ"_s << int(Default) << u"abc"_s;

        // Digits and spaces
        QTest::newRow("Arabic-Indic digits fold to ASCII")
            << u"٠١٢٣٤٥٦٧٨٩"_s << int(Default) << u"0123456789"_s;
        QTest::newRow("Persian digits fold to ASCII") << u"۰۱۲۳۴۵۶۷۸۹"_s << int(Default) << u"0123456789"_s;
        QTest::newRow("digits fold in exact mode") << u"٢٠٢٤"_s << int(Exact) << u"2024"_s;
        QTest::newRow("no-break space folds to space") << u"a\u00A0b\u202Fc"_s << int(Default) << u"a b c"_s;
        QTest::newRow("space runs are not collapsed") << u"قال  هو"_s << int(Default) << u"قال  هو"_s;
        QTest::newRow("Arabic punctuation kept") << u"نعم، لا؟"_s << int(Default) << u"نعم، لا؟"_s;

        // Invisible formatting
        QTest::newRow("ZWNJ removed") << u"می\u200Cخواهم"_s << int(Default) << u"ميخواهم"_s;
        QTest::newRow("ZWJ removed") << u"ب\u200D"_s << int(Default) << u"ب"_s;
        QTest::newRow("bidi embedding controls removed") << u"\u202Bقال\u202C"_s << int(Default) << u"قال"_s;
        QTest::newRow("bidi isolates removed") << u"\u2067Sputnik\u2069"_s << int(Default) << u"sputnik"_s;
        QTest::newRow("RLM and LRM removed") << u"\u200Fنعم\u200E"_s << int(Default) << u"نعم"_s;
        QTest::newRow("Arabic letter mark removed") << u"\u061C12"_s << int(Default) << u"12"_s;
        QTest::newRow("BOM removed") << u"\uFEFFنص"_s << int(Default) << u"نص"_s;
        QTest::newRow("zero width space removed") << u"ab\u200Bc"_s << int(Exact) << u"abc"_s;

        // Hebrew
        QTest::newRow("Hebrew points removed") << u"שָׁלוֹם"_s << int(Default) << u"שלום"_s;
        QTest::newRow("Hebrew cantillation removed") << u"בְּרֵאשִׁ֖ית"_s << int(Default) << u"בראשית"_s;
        QTest::newRow("Hebrew maqaf kept") << u"בֵּית־סֵפֶר"_s << int(Default) << u"בית־ספר"_s;
        QTest::newRow("Hebrew points kept in exact mode") << u"שָׁ"_s << int(Exact) << u"שָׁ"_s;

        // Latin
        QTest::newRow("Latin accent and case folded") << u"Café"_s << int(Default) << u"cafe"_s;
        QTest::newRow("decomposed accent folded") << u"Cafe\u0301"_s << int(Default) << u"cafe"_s;
        QTest::newRow("sharp s folds to ss") << u"Straße"_s << int(Default) << u"strasse"_s;
        QTest::newRow("capital sharp s folds to ss") << u"\u1E9E"_s << int(Default) << u"ss"_s;
        QTest::newRow("Latin ligature unfolds") << u"\uFB01n"_s << int(Default) << u"fin"_s;
        QTest::newRow("dotted capital I folds to i") << u"İstanbul"_s << int(Default) << u"istanbul"_s;
        QTest::newRow("Greek case and tonos folded") << u"Ἀθῆναι"_s << int(Default) << u"αθηναι"_s;
        QTest::newRow("exact mode keeps Latin accent decomposed")
            << u"Café"_s << int(Exact) << u"cafe\u0301"_s;
        QTest::newRow("exact mode still folds Latin case") << u"SPUTNIK"_s << int(Exact) << u"sputnik"_s;

        // Exact mode
        QTest::newRow("exact mode keeps harakat") << u"كَتَبَ"_s << int(Exact) << u"كَتَبَ"_s;
        QTest::newRow("exact mode keeps alef maqsura") << u"على"_s << int(Exact) << u"على"_s;
        QTest::newRow("exact mode keeps alef wasla") << u"ٱلله"_s << int(Exact) << u"ٱلله"_s;
        QTest::newRow("exact mode decomposes hamza on alef") << u"أ"_s << int(Exact) << u"ا\u0654"_s;
        QTest::newRow("exact mode puts shadda and kasra in canonical order")
            << u"سي\u0651\u0650ما"_s << int(Exact) << u"سي\u0650\u0651ما"_s;
        QTest::newRow("exact mode: kasra typed before shadda gives the same key")
            << u"سي\u0650\u0651ما"_s << int(Exact) << u"سي\u0650\u0651ما"_s;

        // Beyond the BMP and other scripts
        QTest::newRow("emoji kept") << u"قال 😀"_s << int(Default) << u"قال 😀"_s;
        QTest::newRow("mathematical digit folds to ASCII") << u"\U0001D7D8"_s << int(Default) << u"0"_s;
        QTest::newRow("Devanagari vowel sign kept") << u"कि"_s << int(Default) << u"कि"_s;
        QTest::newRow("kana voicing kept") << u"が"_s << int(Default) << u"か\u3099"_s;
        QTest::newRow("Hangul syllable kept whole") << u"한"_s << int(Default) << u"한"_s;
        QTest::newRow("lone surrogate kept")
            << QString(QChar(0xD800)) << int(Default) << QString(QChar(0xD800));
        QTest::newRow("empty text") << QString() << int(Default) << QString();
    }
    void key()
    {
        QFETCH(QString, text);
        QFETCH(int, mode);
        QFETCH(QString, key);
        QCOMPARE(TextFolder::foldKey(text, options(mode)), key);
        checkInvariants(text, options(mode));
    }

    void sourceIndex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QList<int>>("sourceIndex");
        QTest::newRow("plain letters map one to one") << u"قال"_s << int(Default) << QList<int>{0, 1, 2};
        QTest::newRow("removed marks are skipped") << u"كَتَبَ"_s << int(Default) << QList<int>{0, 2, 4};
        QTest::newRow("vocalised word maps every letter to itself")
            << u"مَسْؤُولِيَّة"_s << int(Default) << QList<int>{0, 2, 4, 6, 7, 9, 12};
        QTest::newRow("tatweel skipped") << u"كــتب"_s << int(Default) << QList<int>{0, 3, 4};
        QTest::newRow("hamza letter maps to itself") << u"أكد"_s << int(Default) << QList<int>{0, 1, 2};
        QTest::newRow("decomposed hamza in exact mode both map to the letter")
            << u"أكد"_s << int(Exact) << QList<int>{0, 0, 1, 2};
        QTest::newRow("lam-alef ligature: both letters point at it")
            << u"ب\uFEFBب"_s << int(Default) << QList<int>{0, 1, 1, 2};
        QTest::newRow("sharp s: both s point at it") << u"aßb"_s << int(Default) << QList<int>{0, 1, 1, 2};
        QTest::newRow("ZWNJ skipped") << u"ب\u200Cب"_s << int(Default) << QList<int>{0, 2};
        QTest::newRow("surrogate pair maps unit to unit")
            << u"a😀b"_s << int(Default) << QList<int>{0, 1, 2, 3};
        QTest::newRow("folded supplementary character points at its lead unit")
            << u"a\U0001D7D8b"_s << int(Default) << QList<int>{0, 1, 3};
        QTest::newRow("reordered marks keep the map increasing")
            << u"ي\u0651\u0650"_s << int(Exact) << QList<int>{0, 1, 2};
        QTest::newRow("digits map one to one") << u"٢٠"_s << int(Default) << QList<int>{0, 1};
    }
    void sourceIndex()
    {
        QFETCH(QString, text);
        QFETCH(int, mode);
        QFETCH(QList<int>, sourceIndex);
        const FoldedText folded = TextFolder::fold(text, options(mode));
        QCOMPARE(folded.sourceIndex, sourceIndex);
    }

    void sourceRange_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("keyStart");
        QTest::addColumn<int>("keyEnd");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        const QString vocalised = u"مَسْؤُولِيَّة عامة"_s; // key "مسوولية عامة"
        QTest::newRow("whole vocalised word includes its final marks") << vocalised << 0 << 7 << 0 << 13;
        QTest::newRow("prefix ends after the marks of its last letter") << vocalised << 0 << 2 << 0 << 4;
        QTest::newRow("letter with shadda and fatha covers both") << vocalised << 5 << 6 << 9 << 12;
        QTest::newRow("second word starts at its first letter") << vocalised << 8 << 12 << 14 << 18;
        QTest::newRow("tatweel after the match is included") << u"كـ تب"_s << 0 << 1 << 0 << 2;
        QTest::newRow("ZWNJ after the match is not included") << u"کتاب\u200Cها"_s << 0 << 4 << 0 << 4;
        QTest::newRow("marks then ZWNJ: marks in, ZWNJ out") << u"بَ\u200Cب"_s << 0 << 1 << 0 << 2;
        QTest::newRow("half a ligature covers the ligature") << u"ب\uFEFBب"_s << 1 << 2 << 1 << 2;
        QTest::newRow("second half of a ligature covers the ligature") << u"ب\uFEFBب"_s << 2 << 3 << 1 << 2;
        QTest::newRow("folded supplementary character covers its pair")
            << u"a\U0001D7D8b"_s << 1 << 2 << 1 << 3;
        QTest::newRow("match at the end runs to the end") << u"قالَ"_s << 1 << 3 << 1 << 4;
        QTest::newRow("empty range at the start") << u"قال"_s << 0 << 0 << 0 << 0;
        QTest::newRow("empty range at the end") << u"قال"_s << 3 << 3 << 3 << 3;
        QTest::newRow("out-of-range keys are clamped") << u"قال"_s << -4 << 99 << 0 << 3;
    }
    void sourceRange()
    {
        QFETCH(QString, text);
        QFETCH(int, keyStart);
        QFETCH(int, keyEnd);
        QFETCH(int, start);
        QFETCH(int, end);
        const FoldedText folded = TextFolder::fold(text);
        QCOMPARE(folded.sourceRange(keyStart, keyEnd), std::make_pair(start, end));
    }

    void queryKeys_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("no hamza seat: the key alone") << u"كتاب"_s << int(Default) << QStringList{u"كتاب"_s};
        QTest::newRow("waw seat also looked up as yeh seat")
            << u"مسؤولية"_s << int(Default) << QStringList{u"مسوولية"_s, u"مسيولية"_s};
        QTest::newRow("yeh seat also looked up as waw seat")
            << u"مسئولية"_s << int(Default) << QStringList{u"مسيولية"_s, u"مسوولية"_s};
        QTest::newRow("vocalised seat also swapped")
            << u"مَسْؤُول"_s << int(Default) << QStringList{u"مسوول"_s, u"مسيول"_s};
        QTest::newRow("two seats give four keys")
            << u"ؤئ"_s << int(Default) << QStringList{u"وي"_s, u"يي"_s, u"وو"_s, u"يو"_s};
        QTest::newRow("plain waw is not a seat") << u"مسوولية"_s << int(Default) << QStringList{u"مسوولية"_s};
        QTest::newRow("exact mode: no swap") << u"مسؤولية"_s << int(Exact) << QStringList{u"مسو\u0654ولية"_s};
        QTest::newRow("empty query: one empty key") << QString() << int(Default) << QStringList{QString()};
    }
    void queryKeys()
    {
        QFETCH(QString, query);
        QFETCH(int, mode);
        QFETCH(QStringList, keys);
        QCOMPARE(TextFolder::queryKeys(query, options(mode)), keys);
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("mode");
        for (const char *name : {"burkina-faso-russia.ar.txt", "lipsum.he.txt"}) {
            for (int mode : {int(Default), int(Exact), int(TaaMarbuta)})
                QTest::addRow("%s mode %d", name, mode) << QString::fromLatin1(name) << mode;
        }
    }
    void corpus()
    {
        QFETCH(QString, name);
        QFETCH(int, mode);
        const QString text = ::corpus(name.toLatin1().constData());
        checkInvariants(text, options(mode));
        const FoldedText folded = TextFolder::fold(text, options(mode));
        // Folding is idempotent: the key is its own fold.
        QCOMPARE(TextFolder::foldKey(folded.key, options(mode)), folded.key);
        // The corpus texts are unvocalised: folding drops a few marks and formatting characters, and exact
        // mode adds only the decomposed hamzas.
        if (mode == Exact)
            QVERIFY(folded.key.size() < text.size() * 11 / 10);
        else
            QVERIFY(folded.key.size() <= text.size());
        QVERIFY(folded.key.size() > text.size() * 9 / 10);
    }

    void bookTiming()
    {
        // Not an assertion on time (the benchmark measures): printed for the record.
        const QString article = ::corpus("burkina-faso-russia.ar.txt");
        QString book;
        while (book.size() < 2300000)
            book += article;
        QElapsedTimer timer;
        timer.start();
        const FoldedText folded = TextFolder::fold(book);
        const qint64 foldMs = timer.restart();
        const QString key = TextFolder::foldKey(book);
        const qint64 keyMs = timer.elapsed();
        qDebug("fold of %lld units: %lld ms with map, %lld ms key only", qlonglong(book.size()), foldMs,
               keyMs);
        QCOMPARE(key, folded.key);
        QCOMPARE(folded.sourceIndex.size(), folded.key.size());
    }
};

QTEST_GUILESS_MAIN(TestTextFolder)
#include "tst_textfolder.moc"
