#include "text/languageguesser.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

class TestTextLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void guess_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("Arabic") << u"قالت الوزيرة إن التعاون العسكري قديم"_s << u"ar"_s;
        QTest::newRow("Arabic with an English name stays Arabic")
            << u"قالت وكالة Sputnik إن الوزيرة وصلت"_s << u"ar"_s;
        QTest::newRow("Persian by پ چ گ ک ی")
            << u"این کتاب را برای پدرم خریدم چون گفت که می‌خواهد"_s
            << u"fa"_s;
        QTest::newRow("Urdu by ے ہ ں ٹ") << u"یہ کتاب بہت اچھی ہے اور میں نے اسے پڑھا ہے"_s << u"ur"_s;
        QTest::newRow("Hebrew") << u"שלום עולם, זהו מאמר קצר"_s << u"he"_s;
        QTest::newRow("English") << u"A marginal note on the article"_s << u"en"_s;
        QTest::newRow("digits and punctuation only") << u"2024 — 15:20"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void guess()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(LanguageGuesser::guess(text), language);
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::newRow("reference article is Arabic") << u"burkina-faso-russia.ar.txt"_s << u"ar"_s;
        QTest::newRow("Hebrew filler is Hebrew") << u"lipsum.he.txt"_s << u"he"_s;
    }
    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        QFile in(QStringLiteral(HASHIYA_CORPUS) + u'/' + file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(LanguageGuesser::guess(QString::fromUtf8(in.readAll())), language);
    }
};

QTEST_GUILESS_MAIN(TestTextLanguage)
#include "tst_textlanguage.moc"
