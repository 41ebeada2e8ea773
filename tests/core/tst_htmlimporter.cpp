#include "article/articleloader.h"
#include "article/htmlimporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

Article wikipedia()
{
    static const Article article = [] {
        QFile file(QStringLiteral(HASHIYA_CORPUS "/wikipedia-mars.ar.html"));
        if (!file.open(QIODevice::ReadOnly))
            return Article();
        return ArticleLoader::loadBytes(file.readAll(), file.fileName()).article;
    }();
    return article;
}

QString blockText(const Article &article, const ArticleBlock &block)
{
    return article.text.mid(block.start, block.length);
}

QStringList blockTexts(const Article &article, ArticleBlock::Kind kind)
{
    QStringList texts;
    for (const ArticleBlock &block : article.blocks) {
        if (block.kind == kind)
            texts.append(blockText(article, block));
    }
    return texts;
}

const ArticleBlock *blockContaining(const Article &article, const QString &needle)
{
    for (const ArticleBlock &block : article.blocks) {
        if (blockText(article, block).contains(needle))
            return &block;
    }
    return nullptr;
}

QString page(const QString &body, const QString &htmlAttributes = u"lang=\"ar\" dir=\"rtl\""_s)
{
    return u"<!DOCTYPE html><html "_s + htmlAttributes
           + u"><head><meta charset=\"utf-8\"><title>صفحة - موقع</title>"
           + u"<style>p { color: red }</style><script>var chrome = 'script text';</script></head><body>"_s
           + body + u"</body></html>"_s;
}

} // namespace

class TestHtmlImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wikipediaTitleDirectionLanguage()
    {
        const Article article = wikipedia();
        QCOMPARE(article.title, u"المريخ"_s);
        QCOMPARE(article.mediaType, u"text/html"_s);
        QCOMPARE(article.language, u"ar"_s);
        QCOMPARE(article.baseDirection, Qt::RightToLeft);
        QVERIFY(!article.blocks.isEmpty());
        QCOMPARE(article.blocks.first().kind, ArticleBlock::Kind::Heading);
        QCOMPARE(blockText(article, article.blocks.first()), u"المريخ"_s);
        for (const ArticleBlock &block : article.blocks)
            QVERIFY(!blockText(article, block).contains(u'\n'));
    }

    void wikipediaHeadingsInOrder()
    {
        const QStringList headings = blockTexts(wikipedia(), ArticleBlock::Kind::Heading);
        const QStringList expected = {u"المريخ"_s, u"خصائص الكوكب"_s, u"التركيب الداخلي"_s, u"التضاريس"_s,
                                      u"التربة"_s, u"المياه"_s,       u"الغطاء القطبي"_s};
        QCOMPARE(headings.mid(0, expected.size()), expected);
        QVERIFY(headings.indexOf(u"الغلاف الجوي"_s) < headings.indexOf(u"المناخ"_s));
        QVERIFY(headings.indexOf(u"المناخ"_s) < headings.indexOf(u"قمرا المريخ"_s));
        QCOMPARE(headings.constLast(), u"مصادر رسم الخرائط"_s);
    }

    void wikipediaChromeLeftBehind_data()
    {
        QTest::addColumn<QString>("chrome");
        QTest::newRow("skip link to the navigation") << u"اذهب إلى التنقل"_s;
        QTest::newRow("site tagline above the content") << u"من ويكيبيديا، الموسوعة الحرة"_s;
        QTest::newRow("sidebar menu: current events") << u"الأحداث الجارية"_s;
        QTest::newRow("sidebar menu: random article") << u"مقالة عشوائية"_s;
        QTest::newRow("personal tools menu") << u"أدوات شخصية"_s;
        QTest::newRow("footer: last edited") << u"آخر تعديل لهذه الصفحة"_s;
        QTest::newRow("footer: privacy policy") << u"سياسة الخصوصية"_s;
        QTest::newRow("section edit link") << u"[عدل]"_s;
        QTest::newRow("section edit link word") << u"عدل"_s;
        QTest::newRow("media player button") << u"تشغيل الوسائط"_s;
        QTest::newRow("portal banner") << u"بوابة الفضاء"_s;
        QTest::newRow("script in the head") << u"RLCONF"_s;
        QTest::newRow("reference markers") << u"[1]"_s;
    }

    void wikipediaChromeLeftBehind()
    {
        QFETCH(QString, chrome);
        const Article article = wikipedia();
        // Whole words only: "عدل" must not match inside "معدل".
        const QRegularExpression word(u"(^|[\\s\\[\\]])"_s + QRegularExpression::escape(chrome)
                                      + u"($|[\\s\\[\\]])"_s);
        QVERIFY2(chrome.startsWith(u'[') ? !article.text.contains(chrome) : !article.text.contains(word),
                 qPrintable(chrome));
    }

    void wikipediaArticleSentencesKept_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::newRow("lead sentence") << u"المِرِّيخ أو الكوكب الأحمر هو الكوكب الرابع من حيث البعد عن الشمس"_s;
        QTest::newRow("temperatures") << u"تبلغ درجة حرارة السطح العليا 27 درجة مئوية"_s;
        QTest::newRow("visible to the eye") << u"يمكن بسهولة رؤية المريخ من الأرض بالعين المجردة"_s;
        QTest::newRow("figure caption with English")
            << u"إحدى صور المريخ الأولى بواسطة كاميرا هايرايز (HiRISE)."_s;
        QTest::newRow("rocky planet") << u"يعتبر المريخ كوكب صخري ومعظم سطحه أحمر"_s;
        QTest::newRow("infobox row, cells joined by a tab") << u"الكتلة\t641.71 يوتاغرام"_s;
    }

    void wikipediaArticleSentencesKept()
    {
        QFETCH(QString, sentence);
        QVERIFY2(wikipedia().text.contains(sentence), qPrintable(sentence));
    }

    void wikipediaStructure()
    {
        const Article article = wikipedia();
        QVERIFY(blockTexts(article, ArticleBlock::Kind::Paragraph).size() > 100);
        QVERIFY(blockTexts(article, ArticleBlock::Kind::ListItem).size() > 50);
        const QStringList rows = blockTexts(article, ArticleBlock::Kind::TableRow);
        QVERIFY(rows.size() > 20);
        QVERIFY(rows.contains(u"الخصائص\tالمريخ\tالأرض\tالفرق"_s));
        const ArticleBlock *header = blockContaining(article, u"الخصائص\tالمريخ\tالأرض\tالفرق"_s);
        QVERIFY(header);
        QCOMPARE(header->level, 1); // all <th>
        int links = 0;
        for (const InlineSpan &span : article.spans) {
            if (span.kind != InlineSpan::Kind::Link)
                continue;
            ++links;
            QVERIFY2(span.href.startsWith(u"https://"_s) || span.href.startsWith(u"http://"_s)
                         || span.href.startsWith(u"mailto:"_s),
                     qPrintable(span.href));
        }
        QVERIFY(links > 200);
        // Site-relative links resolve against the page's canonical address, not the disk.
        bool sun = false;
        for (const InlineSpan &span : article.spans)
            sun = sun
                  || (span.href == u"https://ar.wikipedia.org/wiki/الشمس"_s
                      && article.text.mid(span.start, span.length) == u"الشمس"_s);
        QVERIFY(sun);
    }

    void blocksAndInlineText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("level");

        QTest::newRow("entities decoded")
            << page(u"<p>&laquo;قال&raquo; &amp; &#1605;&#1585;&#1581;&#1576;&#1575; &quot;Hi&quot;</p>"_s)
            << u"«قال» & مرحبا \"Hi\""_s << int(ArticleBlock::Kind::Paragraph) << 0;
        QTest::newRow("white space collapsed as HTML does")
            << page(u"<p>\n   كلمة \t\t  أخرى\n\nثالثة   </p>"_s) << u"كلمة أخرى ثالثة"_s
            << int(ArticleBlock::Kind::Paragraph) << 0;
        QTest::newRow("br is a line separator inside the block")
            << page(u"<p>سطر أول<br>سطر ثان<br/></p>"_s) << u"سطر أول\u2028سطر ثان"_s
            << int(ArticleBlock::Kind::Paragraph) << 0;
        QTest::newRow("pre keeps its spaces and lines")
            << page(u"<pre>\nint  x = 1;\n  return x;\n</pre>"_s) << u"int  x = 1;\u2028  return x;"_s
            << int(ArticleBlock::Kind::Preformatted) << 0;
        QTest::newRow("block quote") << page(u"<blockquote><p>قال الفلكي: إنه أحمر.</p></blockquote>"_s)
                                     << u"قال الفلكي: إنه أحمر."_s << int(ArticleBlock::Kind::Quote) << 1;
        QTest::newRow("nested block quote")
            << page(u"<blockquote><blockquote>اقتباس داخل اقتباس</blockquote></blockquote>"_s)
            << u"اقتباس داخل اقتباس"_s << int(ArticleBlock::Kind::Quote) << 2;
        QTest::newRow("heading level")
            << page(u"<h3>عنوان فرعي</h3>"_s) << u"عنوان فرعي"_s << int(ArticleBlock::Kind::Heading) << 3;
        QTest::newRow("nested list item is one level deeper")
            << page(u"<ul><li>بند<ul><li>بند متداخل</li></ul></li></ul>"_s) << u"بند متداخل"_s
            << int(ArticleBlock::Kind::ListItem) << 2;
        QTest::newRow("table row cells joined by tab, empty cell kept")
            << page(u"<table><tr><td>أ</td><td></td><td>ج <p>د</p></td></tr></table>"_s) << u"أ\t\tج د"_s
            << int(ArticleBlock::Kind::TableRow) << 0;
        QTest::newRow("malformed: unclosed tags recover")
            << page(u"<p>فقرة <b>غامقة <i>ومائلة<p>فقرة ثانية"_s) << u"فقرة ثانية"_s
            << int(ArticleBlock::Kind::Paragraph) << 0;
        QTest::newRow("script and style never in the text")
            << page(u"<p>نص<script>alert('x')</script><style>.a{}</style><noscript>فعّل</noscript> ظاهر</p>"_s)
            << u"نص ظاهر"_s << int(ArticleBlock::Kind::Paragraph) << 0;
        QTest::newRow("remote image yields nothing, not even its alt")
            << page(u"<p>قبل <img src=\"http://example.invalid/tracker.png\" alt=\"صورة بعيدة\"> بعد</p>"_s)
            << u"قبل بعد"_s << int(ArticleBlock::Kind::Paragraph) << 0;
    }

    void blocksAndInlineText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(int, level);
        const Article article = HtmlImporter::import(html);
        const ArticleBlock *block = blockContaining(article, text);
        QVERIFY2(block, qPrintable(article.text));
        QCOMPARE(blockText(article, *block), text);
        QCOMPARE(int(block->kind), kind);
        QCOMPARE(block->level, level);
        QVERIFY(!article.text.contains(u"script text"_s));
        QVERIFY(!article.text.contains(u"color: red"_s));
        QVERIFY(!article.text.contains(u"alert"_s));
        QVERIFY(!article.text.contains(u"صورة بعيدة"_s));
    }

    void directionAndLanguage_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<QString>("language");
        const QString body = u"<p>فقرة عربية.</p><p dir=\"ltr\" lang=\"en\">An English paragraph.</p>"
                             "<div lang=\"en\"><p>Inherited rtl from the page.</p></div>"
                             "<section dir=\"ltr\"><p>نص عربي في قسم ltr</p></section>"
                             "<p dir=\"auto\">First strong wins here.</p>"_s;
        QTest::newRow("Arabic paragraph takes the page's rtl")
            << page(body) << u"فقرة عربية."_s << Qt::RightToLeft << QString();
        QTest::newRow("dir=ltr and lang=en on the element")
            << page(body) << u"An English paragraph."_s << Qt::LeftToRight << u"en"_s;
        QTest::newRow("no dir: the ancestor's rtl, lang from the div")
            << page(body) << u"Inherited rtl from the page."_s << Qt::RightToLeft << u"en"_s;
        QTest::newRow("dir from an ancestor section")
            << page(body) << u"نص عربي في قسم ltr"_s << Qt::LeftToRight << QString();
        QTest::newRow("dir=auto is the first strong character")
            << page(body) << u"First strong wins here."_s << Qt::LeftToRight << QString();
        QTest::newRow("no dir anywhere: first strong character")
            << page(u"<p>فقرة.</p><p>English text.</p>"_s, u"lang=\"ar\""_s) << u"English text."_s
            << Qt::LeftToRight << QString();
    }

    void directionAndLanguage()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(QString, language);
        const Article article = HtmlImporter::import(html);
        QCOMPARE(article.language, u"ar"_s);
        const ArticleBlock *block = blockContaining(article, text);
        QVERIFY2(block, qPrintable(article.text));
        QCOMPARE(block->direction, direction);
        QCOMPARE(block->language, language);
    }

    void spansAtTheirWords_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("href");
        const QString body =
            u"<p>المريخ هو <em>الكوكب الرابع</em> من <strong>الشمس</strong>، انظر "
            "<a href=\"/wiki/Sun\">صفحة الشمس</a> أو <a href=\"mailto:a@example.org\">راسلنا</a> "
            "والأمر <code>ls -l</code> و<b>كلمة <i>متداخلة</i></b>.</p>"
            "<p><a href=\"#top\">أعلى الصفحة</a> <a href=\"javascript:void(0)\">زر</a></p>"_s;
        const QString html = page(u"<article>"_s + body + u"</article>"_s)
                                 .replace(u"<head>"_s, u"<head><base href=\"https://example.org/a/\">"_s);
        QTest::newRow("em is emphasis")
            << html << int(InlineSpan::Kind::Emphasis) << u"الكوكب الرابع"_s << QString();
        QTest::newRow("strong") << html << int(InlineSpan::Kind::Strong) << u"الشمس"_s << QString();
        QTest::newRow("b around nested i")
            << html << int(InlineSpan::Kind::Strong) << u"كلمة متداخلة"_s << QString();
        QTest::newRow("i inside b") << html << int(InlineSpan::Kind::Emphasis) << u"متداخلة"_s << QString();
        QTest::newRow("code") << html << int(InlineSpan::Kind::Code) << u"ls -l"_s << QString();
        QTest::newRow("relative link resolved against <base>")
            << html << int(InlineSpan::Kind::Link) << u"صفحة الشمس"_s << u"https://example.org/wiki/Sun"_s;
        QTest::newRow("mailto link") << html << int(InlineSpan::Kind::Link) << u"راسلنا"_s
                                     << u"mailto:a@example.org"_s;
    }

    void spansAtTheirWords()
    {
        QFETCH(QString, html);
        QFETCH(int, kind);
        QFETCH(QString, words);
        QFETCH(QString, href);
        const Article article = HtmlImporter::import(html);
        bool found = false;
        for (const InlineSpan &span : article.spans) {
            if (int(span.kind) == kind && article.text.mid(span.start, span.length) == words) {
                QCOMPARE(span.href, href);
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(article.text));
        // Jumps inside the page and scripts are not links of the article.
        for (const InlineSpan &span : article.spans)
            QVERIFY(!(span.kind == InlineSpan::Kind::Link
                      && (span.href.contains(u"#top"_s) || span.href.startsWith(u"javascript"_s))));
        QVERIFY(std::is_sorted(article.spans.cbegin(), article.spans.cend(),
                               [](const InlineSpan &a, const InlineSpan &b) { return a.start < b.start; }));
    }

    void scoringFindsContentAmongChrome()
    {
        QString body =
            u"<div class=\"top-menu\"><a href=\"/\">الرئيسية</a> <a href=\"/news\">أخبار</a></div>"
            "<div id=\"sidebar\"><p>إعلان جانبي طويل بما يكفي ليبدو فقرة، لكنه في الشريط الجانبي.</p></div>"
            "<div class=\"links\"><p><a href=\"/1\">رابط أول طويل جدا جدا في قائمة روابط</a> "
            "<a href=\"/2\">رابط ثان طويل جدا جدا في قائمة روابط</a></p></div><div class=\"story\">"_s;
        for (int i = 0; i < 6; ++i)
            body +=
                u"<p>هذه الفقرة رقم "_s + QString::number(i)
                + u" من نص المقال، وهي طويلة بما يكفي، وفيها فواصل، وجمل كثيرة تشرح الموضوع للقارئ بتفصيل.</p>"_s;
        body +=
            u"</div><div class=\"copyright\"><p>جميع الحقوق محفوظة للموقع، 2024، وكل شيء آخر أيضا.</p></div>"_s;
        const Article article = HtmlImporter::import(page(body));
        QVERIFY(article.text.contains(u"هذه الفقرة رقم 0"_s));
        QVERIFY(article.text.contains(u"هذه الفقرة رقم 5"_s));
        for (const QString &chrome : {u"الرئيسية"_s, u"إعلان جانبي"_s, u"رابط أول"_s, u"جميع الحقوق"_s})
            QVERIFY2(!article.text.contains(chrome), qPrintable(chrome));
        QCOMPARE(article.title, u"صفحة"_s); // <title> without its site's name, no <h1> anywhere
    }

    void pageChromeElementsDropped()
    {
        const Article article = HtmlImporter::import(
            page(u"<header><nav><a href=\"/\">قائمة الموقع</a></nav></header><main><h1>عنوان المقال</h1>"
                 "<p>نص المقال.</p><aside>مواضيع ذات صلة</aside><form><button>اشترك</button></form>"
                 "<div hidden>مخفي</div><div aria-hidden=\"true\">مخفي أيضا</div><div "
                 "class=\"share-buttons\">شارك</div>"
                 "<div style=\"display: none\">غير ظاهر</div></main><footer>تذييل الموقع</footer>"_s));
        QCOMPARE(article.title, u"عنوان المقال"_s);
        QCOMPARE(article.blocks.size(), 2);
        QCOMPARE(article.text, u"عنوان المقال\nنص المقال."_s);
    }

    void deepNestingReturnsInBoundedTime()
    {
        QString html = u"<html><body>"_s;
        for (int i = 0; i < 100000; ++i)
            html += u"<div><b>"_s;
        html += u"نص عميق"_s;
        QElapsedTimer timer;
        timer.start();
        const Article article = HtmlImporter::import(html);
        QVERIFY(timer.elapsed() < 20000);
        QVERIFY(article.text.size() < 100); // libxml2 stops nesting at 256 levels; nothing crashed
    }

    void metaCharsetDoesNotReDecode()
    {
        // The loader decodes by <meta charset>; the parser must read the decoded text as it is.
        const QByteArray bytes = "<html><head><meta charset=\"windows-1256\"></head><body><p>"
                                 + u"المريخ كوكب"_s.toUtf8() + "</p></body></html>";
        const LoadResult result = ArticleLoader::loadBytes(bytes, u"/tmp/page.html"_s, u"UTF-8"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.article.text.contains(u"المريخ كوكب"_s));
    }

    void stripSiteSuffix_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Wikipedia's suffix") << u"المريخ - ويكيبيديا"_s << u"المريخ"_s;
        QTest::newRow("pipe separator") << u"Mars | NASA"_s << u"Mars"_s;
        QTest::newRow("no separator") << u"  المريخ  "_s << u"المريخ"_s;
        QTest::newRow("long tail is part of the title")
            << u"Review - a long look at the red planet and its moons"_s
            << u"Review - a long look at the red planet and its moons"_s;
    }

    void stripSiteSuffix()
    {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        QCOMPARE(HtmlImporter::stripSiteSuffix(title), expected);
    }
};

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
