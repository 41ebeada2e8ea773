#include "text/codepointindex.h"
#include "text/codepoints.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

class TestCodePoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void toCodePointOffset_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("utf16Offset");
        QTest::addColumn<int>("codePointOffset");
        QTest::newRow("BMP Arabic: offsets are equal") << u"مرحبا بالعالم"_s << 6 << 6;
        QTest::newRow("after an emoji one unit less") << u"😀 قال"_s << 3 << 2;
        QTest::newRow("after two non-BMP letters") << u"𝕏𝕐 كتب"_s << 5 << 3;
        QTest::newRow("inside a surrogate pair rounds down") << u"قال😀"_s << 4 << 3;
        QTest::newRow("right after the pair") << u"قال😀"_s << 5 << 4;
        QTest::newRow("negative offset clamps to 0") << u"😀"_s << -3 << 0;
        QTest::newRow("offset past the end clamps to the length") << u"a😀b"_s << 99 << 3;
        QTest::newRow("unpaired surrogate counts as one") << u"a"_s + QChar(0xD83D) + u"b"_s << 3 << 3;
        QTest::newRow("empty text") << QString() << 0 << 0;
    }
    void toCodePointOffset()
    {
        QFETCH(QString, text);
        QFETCH(int, utf16Offset);
        QFETCH(int, codePointOffset);
        QCOMPARE(CodePoints::toCodePointOffset(text, utf16Offset), codePointOffset);
        QCOMPARE(CodePointIndex(text).toCodePointOffset(utf16Offset), codePointOffset);
    }

    void toUtf16Offset_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("codePointOffset");
        QTest::addColumn<int>("utf16Offset");
        QTest::newRow("BMP Arabic: offsets are equal") << u"مرحبا بالعالم"_s << 6 << 6;
        QTest::newRow("after an emoji one unit more") << u"😀 قال"_s << 2 << 3;
        QTest::newRow("emoji between Arabic words") << u"قال 😀 كتب"_s << 6 << 7;
        QTest::newRow("before the emoji unchanged") << u"قال 😀 كتب"_s << 4 << 4;
        QTest::newRow("negative clamps to 0") << u"😀"_s << -1 << 0;
        QTest::newRow("past the end clamps to the UTF-16 length") << u"a😀b"_s << 10 << 4;
    }
    void toUtf16Offset()
    {
        QFETCH(QString, text);
        QFETCH(int, codePointOffset);
        QFETCH(int, utf16Offset);
        QCOMPARE(CodePoints::toUtf16Offset(text, codePointOffset), utf16Offset);
        QCOMPARE(CodePointIndex(text).toUtf16Offset(codePointOffset), utf16Offset);
    }

    void countsCodePoints()
    {
        const QString text = u"𝕏 قال 😀"_s;
        QCOMPARE(CodePoints::codePointCount(text), 7);
        QCOMPARE(CodePointIndex(text).codePointCount(), 7);
        QCOMPARE(CodePointIndex(text).utf16Length(), int(text.size()));
    }

    void indexAgreesWithSlowFunctionsOnBigText()
    {
        QFile file(QStringLiteral(HASHIYA_CORPUS "/burkina-faso-russia.ar.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString article = QString::fromUtf8(file.readAll());
        // Emoji, mathematical letters and a lone surrogate scattered through 40 copies of the article.
        QString text;
        const QString extras[] = {u"😀"_s, u"𝕏"_s, u"🇸🇦"_s, QString(QChar(0xDC00)), u"𐎀"_s};
        for (int i = 0; i < 40; ++i)
            text += article.left(50 * i) + extras[i % 5] + article.mid(50 * i);
        const CodePointIndex index(text);
        QCOMPARE(index.codePointCount(), CodePoints::codePointCount(text));

        QRandomGenerator random(20240501);
        for (int i = 0; i < 2000; ++i) {
            const int utf16 = int(random.bounded(int(text.size()) + 1));
            QCOMPARE(index.toCodePointOffset(utf16), CodePoints::toCodePointOffset(text, utf16));
            const int codePoint = int(random.bounded(index.codePointCount() + 1));
            const int back = index.toUtf16Offset(codePoint);
            QCOMPARE(back, CodePoints::toUtf16Offset(text, codePoint));
            QCOMPARE(index.toCodePointOffset(back), codePoint);
        }
    }
};

QTEST_GUILESS_MAIN(TestCodePoints)
#include "tst_codepoints.moc"
