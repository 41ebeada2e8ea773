#include "interop/markdownexporter.h"

#include "helpers/exportfixture.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace hashiya;

class TestMarkdownExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void structure()
    {
        const QString markdown = MarkdownExporter::write({testing::exportItem()}, testing::exportStyles());
        const QStringList lines = markdown.split(u'\n');
        QCOMPARE(lines[0], u"---"_s); // front matter first, then the heading
        QVERIFY(lines.contains(u"# بوركينا فاسو \\# تلجأ"_s));
        QVERIFY(lines.contains(u"Source: `/home/reader/burkina.txt` · Imported: 2024-05-01"_s));
        // Reading order: the quote at offset 17 comes before the one at 34.
        const qsizetype first = markdown.indexOf(u"> \\*التعاون\\* \\#قديم"_s);
        const qsizetype second = markdown.indexOf(u"> Sputnik"_s);
        QVERIFY(first > 0);
        QVERIFY(second > first);
        QVERIFY(markdown.contains(u"\n\nتحقق من **المصدر** قبل النشر.\n\n"_s)); // the note as written
        QVERIFY(markdown.contains(u"#needs_source #مؤكد · *claim*"_s));
        QVERIFY(markdown.contains(u"\n\n---\n\n"_s)); // a blank line keeps "---" from making a heading
        QVERIFY(markdown.endsWith(u"\n"_s));
        // No bidi controls where none is needed.
        QVERIFY(!markdown.contains(QChar(0x200F)));
        QVERIFY(!markdown.contains(QChar(0x200E)));
    }

    void escape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("asterisks stay literal") << u"قال *مهم* جدا"_s << u"قال \\*مهم\\* جدا"_s;
        QTest::newRow("hash is not a heading or a tag") << u"# العنوان و #وسم"_s << u"\\# العنوان و \\#وسم"_s;
        QTest::newRow("underscores, backticks, brackets")
            << u"a_b `c` [d](e)"_s << u"a\\_b \\`c\\` \\[d\\](e)"_s;
        QTest::newRow("backslash itself") << u"C:\\path"_s << u"C:\\\\path"_s;
        QTest::newRow("list marker at line start") << u"- بند"_s << u"\\- بند"_s;
        QTest::newRow("ordered list marker at line start") << u"1. أولا"_s << u"1\\. أولا"_s;
        QTest::newRow("dash inside a line is fine") << u"2014 - 2015"_s << u"2014 - 2015"_s;
        QTest::newRow("HTML and entities stay text") << u"<b>&amp;"_s << u"\\<b\\>\\&amp;"_s;
        QTest::newRow("plain Arabic unchanged") << u"قالت الوزيرة، نعم."_s << u"قالت الوزيرة، نعم."_s;
    }
    void escape()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(MarkdownExporter::escape(text), escaped);
    }

    void blockQuote_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("markdown");
        QTest::newRow("one line") << u"قالت الوزيرة"_s << u"> قالت الوزيرة"_s;
        QTest::newRow("across two blocks")
            << u"السطر الأول\nالسطر الثاني"_s << u"> السطر الأول\n> السطر الثاني"_s;
        QTest::newRow("hard wrap U+2028 is a new quoted line") << u"أول\u2028ثان"_s << u"> أول\n> ثان"_s;
        QTest::newRow("empty line stays inside the quote") << u"أ\n\nب"_s << u"> أ\n>\n> ب"_s;
        QTest::newRow("indentation does not make a code block") << u"      نص"_s << u"> نص"_s;
        QTest::newRow("quote with * and # is escaped") << u"*مهم* #وسم"_s << u"> \\*مهم\\* \\#وسم"_s;
        QTest::newRow("English name first in an Arabic line gets an RLM")
            << u"Sputnik قالت الوزيرة إن التعاون قديم"_s << u"> \u200FSputnik قالت الوزيرة إن التعاون قديم"_s;
        QTest::newRow("digits first need no mark") << u"2024 قالت الوزيرة"_s << u"> 2024 قالت الوزيرة"_s;
    }
    void blockQuote()
    {
        QFETCH(QString, quote);
        QFETCH(QString, markdown);
        QCOMPARE(MarkdownExporter::blockQuote(quote), markdown);
    }

    void hashtag_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("hashtag");
        QTest::newRow("spaces become underscores") << u"needs source"_s << u"#needs_source"_s;
        QTest::newRow("Arabic tag with spaces") << u"بحاجة إلى مصدر"_s << u"#بحاجة_إلى_مصدر"_s;
        QTest::newRow("surrounding space trimmed") << u"  verified "_s << u"#verified"_s;
    }
    void hashtag()
    {
        QFETCH(QString, tag);
        QFETCH(QString, hashtag);
        QCOMPARE(MarkdownExporter::hashtag(tag), hashtag);
    }

    void frontMatter()
    {
        const QDateTime exported(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        const QString markdown =
            MarkdownExporter::write({testing::exportItem()}, testing::exportStyles(), exported);
        QVERIFY(markdown.startsWith(u"---\n"
                                    u"title: \"بوركينا فاسو # تلجأ\"\n"
                                    u"source: \"/home/reader/burkina.txt\"\n"
                                    u"document_id: \"6f1c2d3e-4b5a-4c6d-8e7f-901234567890\"\n"
                                    u"language: \"ar\"\n"
                                    u"direction: rtl\n"
                                    u"imported: 2024-05-01T09:30:00Z\n"
                                    u"exported: 2025-01-02T03:04:05Z\n"
                                    u"tags:\n"
                                    u"  - \"needs_source\"\n"
                                    u"  - \"مؤكد\"\n"
                                    u"---\n\n# "_s));
    }

    void laterDocumentsCloseTheirFrontMatterWithDots()
    {
        ExportItem second = testing::exportItem();
        second.document.title = u"Second"_s;
        const QString markdown =
            MarkdownExporter::write({testing::exportItem(), second}, testing::exportStyles());
        QCOMPARE(markdown.count(u"\n---\ntitle: "_s) + (markdown.startsWith(u"---\ntitle: "_s) ? 1 : 0), 2);
        // A closing "---" right under "tags: …" would make a setext heading in the middle of the file.
        const qsizetype secondMatter = markdown.indexOf(u"title: \"Second\""_s);
        QVERIFY(secondMatter > 0);
        QVERIFY(markdown.indexOf(u"\n...\n\n# Second"_s, secondMatter) > secondMatter);
    }

    void yamlString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("yaml");
        QTest::newRow("Arabic stays readable") << u"بوركينا فاسو"_s << u"\"بوركينا فاسو\""_s;
        QTest::newRow("colon and hash cannot start a mapping or comment")
            << u"عنوان: فرعي #وسم"_s << u"\"عنوان: فرعي #وسم\""_s;
        QTest::newRow("quotes and backslashes escaped")
            << u"قال \"لا\" C:\\x"_s << u"\"قال \\\"لا\\\" C:\\\\x\""_s;
        QTest::newRow("line breaks escaped") << u"أ\nب\u2028ج"_s << u"\"أ\\nب\\Lج\""_s;
        QTest::newRow("control characters as escapes")
            << (u"a"_s + QChar(0x1b) + u"b"_s) << u"\"a\\u001bb\""_s;
        QTest::newRow("leading dash and brackets are fine quoted") << u"- [x]"_s << u"\"- [x]\""_s;
    }
    void yamlString()
    {
        QFETCH(QString, text);
        QFETCH(QString, yaml);
        QCOMPARE(MarkdownExporter::yamlString(text), yaml);
    }

    void orphanedAndEmptyDocuments()
    {
        ExportItem item = testing::exportItem();
        item.annotations[0].state = AnchorState::Orphaned;
        ExportItem empty = testing::exportItem();
        empty.annotations.clear();
        empty.document.title = u"Second"_s;
        const QString markdown = MarkdownExporter::write({item, empty}, testing::exportStyles());
        QVERIFY(markdown.contains(u"no longer found"_s));
        QVERIFY(markdown.contains(u"\n# Second\n"_s));
        QVERIFY(markdown.contains(u"*No annotations.*"_s));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownExporter)
#include "tst_markdownexporter.moc"
