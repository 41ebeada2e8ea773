#include "interop/csvexporter.h"

#include "helpers/annotatedlibrary.h"
#include "helpers/exportfixture.h"
#include "library/stylestore.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

// A strict RFC 4180 reader: rows end in CRLF; a quoted field may hold commas, CRLF and doubled quotes.
QVector<QStringList> parseCsv(const QString &csv)
{
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < csv.size() && csv.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

QVector<QStringList> exportedRows(const QVector<ExportItem> &items, const QVector<HighlightStyle> &styles)
{
    const QByteArray bytes = CsvExporter::write(items, styles);
    return parseCsv(QString::fromUtf8(bytes.mid(3)));
}

} // namespace

class TestCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cell_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain Arabic unchanged") << u"قالت الوزيرة"_s << u"قالت الوزيرة"_s;
        QTest::newRow("formula with = is text")
            << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
        QTest::newRow("plus starts a formula") << u"+1+2"_s << u"'+1+2"_s;
        QTest::newRow("Arabic note starting with a dash") << u"-بحاجة إلى مصدر"_s << u"'-بحاجة إلى مصدر"_s;
        QTest::newRow("at sign starts a formula") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("leading tab is guarded") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("leading CR is guarded and quoted") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("dash inside is fine") << u"2014 - 2015"_s << u"2014 - 2015"_s;
        QTest::newRow("comma is quoted") << u"أولا، ثانيا, ثالثا"_s << u"\"أولا، ثانيا, ثالثا\""_s;
        QTest::newRow("quotes are doubled") << u"قال \"نعم\""_s << u"\"قال \"\"نعم\"\"\""_s;
        QTest::newRow("line break is quoted") << u"سطر\nسطر"_s << u"\"سطر\nسطر\""_s;
        QTest::newRow("empty stays empty") << QString() << QString();
    }
    void cell()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(CsvExporter::cell(value), cell);
    }

    void bomHeaderAndCrlf()
    {
        const QByteArray bytes = CsvExporter::write({testing::exportItem()}, testing::exportStyles());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.mid(3).startsWith(
            "document,document id,quote,note,tags,style,start,end,state,created,modified\r\n"));
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(!bytes.contains("\r\n\r\n"));
    }

    void rows_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("cells");
        // Positions are code points: the emoji before the quotes counts once, not twice as in UTF-16.
        QTest::newRow("first in reading order, with note, tags and style")
            << 1
            << QStringList{u"بوركينا فاسو # تلجأ"_s,
                           u"6f1c2d3e-4b5a-4c6d-8e7f-901234567890"_s,
                           u"*التعاون* #قديم"_s,
                           u"تحقق من **المصدر** قبل النشر."_s,
                           u"needs source; مؤكد"_s,
                           u"claim"_s,
                           u"16"_s,
                           u"31"_s,
                           u"anchored"_s,
                           u"2024-05-01T10:00:00Z"_s,
                           u"2024-05-01T11:15:30Z"_s};
        QTest::newRow("second, its style gone") << 2
                                                << QStringList{u"بوركينا فاسو # تلجأ"_s,
                                                               u"6f1c2d3e-4b5a-4c6d-8e7f-901234567890"_s,
                                                               u"Sputnik"_s,
                                                               QString(),
                                                               QString(),
                                                               QString(),
                                                               u"33"_s,
                                                               u"40"_s,
                                                               u"anchored"_s,
                                                               u"2024-05-02T08:00:00Z"_s,
                                                               u"2024-05-02T08:00:00Z"_s};
    }
    void rows()
    {
        QFETCH(int, row);
        QFETCH(QStringList, cells);
        const QVector<QStringList> rows = exportedRows({testing::exportItem()}, testing::exportStyles());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(row), cells);
    }

    void orphanHasNoPosition()
    {
        ExportItem item = testing::exportItem();
        item.annotations[1].state = AnchorState::Orphaned;
        item.annotations[1].start = item.annotations[1].end = 0;
        const QVector<QStringList> rows = exportedRows({item}, testing::exportStyles());
        const QStringList orphan = rows.at(1); // position 0 sorts first
        QCOMPARE(orphan.at(2), u"*التعاون* #قديم"_s);
        QCOMPARE(orphan.at(6), QString());
        QCOMPARE(orphan.at(7), QString());
        QCOMPARE(orphan.at(8), u"orphaned"_s);
    }

    void hostileNotesFromARealLibraryRoundTrip_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("formula") << u"=cmd|' /C calc'!A0"_s;
        QTest::newRow("Arabic dash list") << u"- أولا\n- ثانيا"_s;
        QTest::newRow("quotes, commas and CRLF") << u"قال \"لا\", ثم\r\nسكت"_s;
    }
    void hostileNotesFromARealLibraryRoundTrip()
    {
        QFETCH(QString, note);
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        const DocumentRecord document = *DocumentStore(*fixture.m_library).find(fixture.m_documentId);
        test::annotatePhrase(*fixture.m_library, document, u"أوليفيا روامبا"_s, 2, note, {u"مصدر"_s});
        AnnotationRepository repository(*fixture.m_library);
        ExportItem item{document, {}};
        QVERIFY(repository.load(document.id, &item.annotations));
        const QVector<QStringList> rows = exportedRows({item}, StyleStore(*fixture.m_library).all());
        QCOMPARE(rows.size(), 2);
        const QString cell = rows.at(1).at(3);
        // Read back, the note is the note, with a guard quote only when it would have been a formula.
        QCOMPARE(cell, CsvExporter::guarded(note));
        QVERIFY(!cell.startsWith(u'=') && !cell.startsWith(u'-'));
        QCOMPARE(rows.at(1).at(5), u"Important"_s);
        const QList<uint> codePoints = document.text.toUcs4();
        const int start = rows.at(1).at(6).toInt();
        const int end = rows.at(1).at(7).toInt();
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start,
                                   end - start),
                 u"أوليفيا روامبا"_s);
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
