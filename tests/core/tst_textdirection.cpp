#include "text/textdirection.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

class TestTextDirection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstStrong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Qt::LayoutDirection>("fallback");
        QTest::addColumn<Qt::LayoutDirection>("expected");
        QTest::newRow("Arabic is RTL") << u"قالت الوزيرة"_s << Qt::LeftToRight << Qt::RightToLeft;
        QTest::newRow("Hebrew is RTL") << u"שלום עולם"_s << Qt::LeftToRight << Qt::RightToLeft;
        QTest::newRow("Latin is LTR") << u"The minister said"_s << Qt::RightToLeft << Qt::LeftToRight;
        QTest::newRow("digits first then Arabic is RTL")
            << u"2024 قال"_s << Qt::LeftToRight << Qt::RightToLeft;
        QTest::newRow("digits first then Latin is LTR")
            << u"2024 was"_s << Qt::RightToLeft << Qt::LeftToRight;
        QTest::newRow("quote mark then English name in Arabic sentence is LTR")
            << u"“Sputnik” قالت"_s << Qt::RightToLeft << Qt::LeftToRight;
        QTest::newRow("Arabic-Indic digits are not strong")
            << u"٢٠٢٤ - 15"_s << Qt::LeftToRight << Qt::LeftToRight;
        QTest::newRow("neutral only falls back to RTL")
            << u"123 — !?"_s << Qt::RightToLeft << Qt::RightToLeft;
        QTest::newRow("neutral only falls back to LTR")
            << u"123 — !?"_s << Qt::LeftToRight << Qt::LeftToRight;
        QTest::newRow("neutral only can report no direction")
            << u"   "_s << Qt::LayoutDirectionAuto << Qt::LayoutDirectionAuto;
        QTest::newRow("empty falls back") << QString() << Qt::RightToLeft << Qt::RightToLeft;
    }
    void firstStrong()
    {
        QFETCH(QString, text);
        QFETCH(Qt::LayoutDirection, fallback);
        QFETCH(Qt::LayoutDirection, expected);
        QCOMPARE(firstStrongDirection(text, fallback), expected);
    }

    void majority_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Qt::LayoutDirection>("expected");
        QTest::newRow("English name first, Arabic sentence is RTL")
            << u"Sputnik قالت الوزيرة إن التعاون قديم"_s << Qt::RightToLeft;
        QTest::newRow("Arabic word first, English sentence is LTR")
            << u"الحاشية is the Arabic word for a marginal note"_s << Qt::LeftToRight;
        QTest::newRow("a tie goes to the first strong character") << u"ab جد"_s << Qt::LeftToRight;
        QTest::newRow("no strong character falls back") << u"42"_s << Qt::LayoutDirectionAuto;
    }
    void majority()
    {
        QFETCH(QString, text);
        QFETCH(Qt::LayoutDirection, expected);
        QCOMPARE(majorityDirection(text, Qt::LayoutDirectionAuto), expected);
    }
};

QTEST_GUILESS_MAIN(TestTextDirection)
#include "tst_textdirection.moc"
