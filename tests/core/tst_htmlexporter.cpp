#include "interop/htmlexporter.h"

#include "article/articleloader.h"
#include "helpers/annotatedlibrary.h"
#include "helpers/exportfixture.h"
#include "library/documentimporter.h"
#include "library/stylestore.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

using Ranges = QVector<std::pair<int, int>>;

const QDateTime exportTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::utc());

// Every element the page opens is closed in the right order (void elements aside): overlapping highlights
// must have been split into properly nested marks.
QString nestingError(const QString &html)
{
    static const QRegularExpression tag(u"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>"_s);
    static const QStringList voids = {u"meta"_s, u"br"_s};
    QStringList open;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(2).toLower();
        if (voids.contains(name))
            continue;
        if (match.captured(1).isEmpty()) {
            open.append(name);
        } else if (open.isEmpty() || open.takeLast() != name) {
            return u"unexpected </"_s + name + u"> at "_s + QString::number(match.capturedStart());
        }
    }
    return open.isEmpty() ? QString() : u"unclosed <"_s + open.join(u"> <"_s) + u'>';
}

ExportItem oneParagraph(const QString &paragraph, const Ranges &ranges)
{
    ExportItem item;
    item.document.uuid = QUuid::createUuid();
    item.document.title = u"عنوان"_s;
    item.document.language = u"ar"_s;
    item.document.text = u"عنوان\n"_s + paragraph;
    for (int i = 0; i < ranges.size(); ++i) {
        Annotation annotation = AnnotationStore::makeAnnotation(1, item.document.text, 6 + ranges.at(i).first,
                                                                6 + ranges.at(i).second, i % 2 ? 7 : 3);
        annotation.note = u"ملاحظة "_s + QString::number(i + 1);
        item.annotations.append(annotation);
    }
    return item;
}

QString page(const ExportItem &item)
{
    return QString::fromUtf8(HtmlExporter::write(item, testing::exportStyles(), exportTime));
}

} // namespace

class TestHtmlExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void escape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("script tag stays text")
            << u"<script>alert(1)</script>"_s << u"&lt;script&gt;alert(1)&lt;/script&gt;"_s;
        QTest::newRow("both quotes and ampersand")
            << u"a \"b\" 'c' & d"_s << u"a &quot;b&quot; &#39;c&#39; &amp; d"_s;
        QTest::newRow("entity is not decoded twice") << u"&amp;"_s << u"&amp;amp;"_s;
        QTest::newRow("NUL becomes a replacement character") << (u"a"_s + QChar(0) + u"b"_s) << u"a\uFFFDb"_s;
        QTest::newRow("Arabic with marks unchanged") << u"بِسْمِ اللَّهِ"_s << u"بِسْمِ اللَّهِ"_s;
    }
    void escape()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(HtmlExporter::escape(text), escaped);
    }

    void hostileStringsStayText_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("note with a script") << u"note"_s;
        QTest::newRow("title with markup") << u"title"_s;
        QTest::newRow("tag with markup") << u"tag"_s;
        QTest::newRow("style name closing the style sheet") << u"style"_s;
        QTest::newRow("text of the article") << u"text"_s;
        QTest::newRow("language breaking out of its attribute") << u"language"_s;
    }
    void hostileStringsStayText()
    {
        QFETCH(QString, field);
        const QString payload = u"\"'></style><script>alert(1)</script><img src=x onerror=alert(2)>"_s;
        ExportItem item = testing::exportItem();
        QVector<HighlightStyle> styles = testing::exportStyles();
        if (field == u"note"_s)
            item.annotations[1].note = payload;
        else if (field == u"title"_s)
            item.document.title = payload;
        else if (field == u"tag"_s)
            item.annotations[1].tags = {payload};
        else if (field == u"style"_s)
            styles[0].name = payload;
        else if (field == u"text"_s)
            item.document.text += u'\n' + payload;
        else
            item.document.language = payload;
        const QString html = QString::fromUtf8(HtmlExporter::write(item, styles, exportTime));
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"\"'>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QCOMPARE(nestingError(html), QString());
    }

    void standalonePage()
    {
        const QString html = page(testing::exportItem());
        QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"_s));
        QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY(html.contains(u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                              u"style-src 'unsafe-inline'\">"_s));
        // Nothing is fetched: no scripts, links, images, imports or remote URLs.
        for (const QString &fetch :
             {u"<script"_s, u"<link"_s, u"src="_s, u"url("_s, u"@import"_s, u"http:"_s, u"https:"_s})
            QVERIFY2(!html.contains(fetch, Qt::CaseInsensitive), qPrintable(fetch));
        QVERIFY(html.contains(u"mark.s3, .swatch.s3 { background-color: #ffd54f; }"_s));
        QVERIFY(html.contains(u"Exported: 2025-01-02T03:04:05Z"_s));
        QCOMPARE(nestingError(html), QString());
    }

    void overlappingHighlightsNest_data()
    {
        QTest::addColumn<Ranges>("ranges");
        QTest::addColumn<QString>("main");
        // "قالت الوزيرة إن التعاون قديم": قالت 0-4, الوزيرة 5-12, إن 13-15.
        QTest::newRow("two highlights overlapping")
            << Ranges{{0, 12}, {5, 15}}
            << u"<p dir=\"rtl\"><mark class=\"s3\">قالت </mark><mark class=\"s3\"><mark "
               u"class=\"s7\">الوزيرة</mark>"
               u"</mark><sup class=\"ref\"><a href=\"#note-1\" id=\"ref-1\">1</a></sup><mark class=\"s7\"> "
               u"إن</mark>"
               u"<sup class=\"ref\"><a href=\"#note-2\" id=\"ref-2\">2</a></sup> التعاون قديم</p>"_s;
        QTest::newRow("one inside another")
            << Ranges{{0, 15}, {5, 12}}
            << u"<p dir=\"rtl\"><mark class=\"s3\">قالت </mark><mark class=\"s3\"><mark "
               u"class=\"s7\">الوزيرة</mark>"
               u"</mark><sup class=\"ref\"><a href=\"#note-2\" id=\"ref-2\">2</a></sup><mark class=\"s3\"> "
               u"إن</mark>"
               u"<sup class=\"ref\"><a href=\"#note-1\" id=\"ref-1\">1</a></sup> التعاون قديم</p>"_s;
        QTest::newRow("touching highlights stay apart")
            << Ranges{{0, 4}, {4, 12}}
            << u"<p dir=\"rtl\"><mark class=\"s3\">قالت</mark><sup class=\"ref\"><a href=\"#note-1\" "
               u"id=\"ref-1\">1"
               u"</a></sup><mark class=\"s7\"> الوزيرة</mark><sup class=\"ref\"><a href=\"#note-2\" "
               u"id=\"ref-2\">2</a></sup> إن التعاون قديم</p>"_s;
    }
    void overlappingHighlightsNest()
    {
        QFETCH(Ranges, ranges);
        QFETCH(QString, main);
        const QString html = page(oneParagraph(u"قالت الوزيرة إن التعاون قديم"_s, ranges));
        QVERIFY2(html.contains(main), qPrintable(html));
        QCOMPARE(nestingError(html), QString());
    }

    void highlightsNeverSplitAGrapheme_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("marked");
        QTest::newRow("letter without its fatha takes the fatha") << 0 << 1 << u"بَ"_s;
        QTest::newRow("end between a letter and its kasra takes the kasra") << 7 << 10 << u"كَبِ"_s;
        QTest::newRow("start on a mark moves back to its letter") << 1 << 3 << u"بَيْ"_s;
    }
    void highlightsNeverSplitAGrapheme()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, marked);
        const QString html = page(oneParagraph(u"بَيْتٌ كَبِيرٌ"_s, {{start, end}}));
        const QRegularExpression mark(u"<mark class=\"s3\">([^<]*)</mark>"_s);
        const QRegularExpressionMatch match = mark.match(html);
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(1), marked);
    }

    void notesAndOrphans()
    {
        ExportItem item = testing::exportItem();
        item.annotations[0].state = AnchorState::Orphaned; // "Sputnik"
        item.annotations[0].start = item.annotations[0].end = 0;
        item.annotations[0].note = u"اختفى\nمن النص"_s;
        item.annotations[1].note = u"سطر أول\nسطر ثان\n\nفقرة <b>ثانية</b>"_s;
        const QString html = page(item);
        QVERIFY(html.contains(u"<li id=\"note-1\"><blockquote dir=\"auto\">*التعاون* #قديم</blockquote>"_s));
        QVERIFY(html.contains(u"<p>سطر أول<br>\nسطر ثان</p><p>فقرة &lt;b&gt;ثانية&lt;/b&gt;</p>"_s));
        QVERIFY(html.contains(u"<span class=\"swatch s3\"></span>claim</span> <span class=\"tag\">needs "
                              u"source</span> <span class=\"tag\">مؤكد</span>"_s));
        const qsizetype orphans = html.indexOf(u"<h2 dir=\"auto\">Not anchored</h2>"_s);
        QVERIFY(orphans > 0);
        QVERIFY(html.indexOf(u"Sputnik</blockquote>"_s) > orphans);
        QVERIFY(html.contains(u"<p>اختفى<br>\nمن النص</p>"_s));
        QCOMPARE(html.count(u"<mark"_s), 1); // the orphan is not drawn
        QCOMPARE(nestingError(html), QString());
    }

    void corpusHtmlArticleKeepsItsBlocks()
    {
        QTemporaryDir dir;
        QString error;
        auto library = Library::open(dir.filePath(u"library.sqlite"_s), &error);
        QVERIFY2(library, qPrintable(error));
        const LoadResult loaded =
            ArticleLoader::loadFile(QStringLiteral(HASHIYA_CORPUS) + u"/wikipedia-mars.ar.html"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        DocumentRecord record;
        record.title = loaded.article.title;
        record.text = loaded.article.text;
        record.structure = DocumentImporter::structureJson(loaded.article);
        record.mediaType = loaded.article.mediaType;
        record.language = u"ar"_s;
        QVERIFY(DocumentStore(*library).insert(record));
        // A heading and a list item: find each block's first words.
        const Article &article = loaded.article;
        QString headingText;
        QString listText;
        for (const ArticleBlock &block : article.blocks) {
            const QString text = article.text.mid(block.start, block.length);
            if (block.kind == ArticleBlock::Kind::Heading && block.level == 2 && headingText.isEmpty())
                headingText = text;
            if (block.kind == ArticleBlock::Kind::ListItem && listText.isEmpty() && text.size() > 10)
                listText = text;
        }
        QVERIFY(!headingText.isEmpty());
        QVERIFY(!listText.isEmpty());
        test::annotatePhrase(*library, record, headingText, 4, u"<script>x</script>"_s);
        test::annotatePhrase(*library, record, listText.left(10), 2, {}, {u"مصدر"_s});
        ExportItem item{record, {}};
        QVERIFY(AnnotationRepository(*library).load(record.id, &item.annotations));

        const QString html =
            QString::fromUtf8(HtmlExporter::write(item, StyleStore(*library).all(), exportTime));
        QVERIFY(html.contains(u"<h2 dir=\"rtl\"><mark class=\"s4\">"_s + HtmlExporter::escape(headingText)
                              + u"</mark>"_s));
        QVERIFY(html.contains(u"<ul class=\"list\">"_s));
        QVERIFY(
            html.contains(u"<mark class=\"s2\">"_s + HtmlExporter::escape(listText.left(10)) + u"</mark>"_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(html.contains(u"mark.s4, .swatch.s4 { background-color: #90caf9; }"_s));
        QCOMPARE(nestingError(html), QString());
    }
};

QTEST_GUILESS_MAIN(TestHtmlExporter)
#include "tst_htmlexporter.moc"
