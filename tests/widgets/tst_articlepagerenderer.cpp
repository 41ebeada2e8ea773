// The page renderer behind Print and Export as PDF: pagination with whole lines, highlights and note numbers
// where the words are, right-to-left alignment, the notes after the article, and a real PDF.
#include "print/articlepagerenderer.h"
#include "print/notemarkers.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

const QColor Yellow(255, 221, 87);
const QColor Green(140, 220, 140);

QString corpus(const QString &name)
{
    QFile file(QStringLiteral(HASHIYA_CORPUS) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing corpus file");
    return QString::fromUtf8(file.readAll());
}

/// The corpus text `times` over, one block per non-empty line, each with the direction it reads in.
QString repeated(const QString &text, int times, QVector<ViewBlock> *blocks)
{
    QString result;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (int i = 0; i < times; ++i) {
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            if (!result.isEmpty())
                result += u'\n';
            ViewBlock block;
            block.start = int(result.size());
            block.length = int(line.size());
            block.kind = blocks->isEmpty() ? ViewBlock::Kind::Heading : ViewBlock::Kind::Paragraph;
            block.level = 1;
            block.direction = line.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
            blocks->append(block);
            result += line;
        }
    }
    return result;
}

QFont naskh()
{
    QFont font(u"Noto Naskh Arabic"_s);
    font.setPointSizeF(12);
    return font;
}

/// An A4 page's printable area at `dpi` with 2 cm margins, as QPdfWriter gives it.
QRect a4(int dpi)
{
    const int margin = qRound(20 / 25.4 * dpi);
    return QRect(0, 0, qRound(210 / 25.4 * dpi) - 2 * margin, qRound(297 / 25.4 * dpi) - 2 * margin);
}

QImage render(ArticlePageRenderer &renderer, int page)
{
    QImage image(renderer.pageRect().size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.paintPage(&painter, page);
    return image;
}

int pixelsOf(const QImage &image, const QRect &rect, const QColor &color)
{
    int count = 0;
    const QRect bounded = rect.intersected(image.rect());
    for (int y = bounded.top(); y <= bounded.bottom(); ++y) {
        for (int x = bounded.left(); x <= bounded.right(); ++x)
            count += image.pixel(x, y) == color.rgb();
    }
    return count;
}

int darkPixels(const QImage &image, const QRect &rect)
{
    int count = 0;
    const QRect bounded = rect.intersected(image.rect());
    for (int y = bounded.top(); y <= bounded.bottom(); ++y) {
        for (int x = bounded.left(); x <= bounded.right(); ++x)
            count += qGray(image.pixel(x, y)) < 110;
    }
    return count;
}

} // namespace

class TestArticlePageRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paginatesInWholeLines_data();
    void paginatesInWholeLines();
    void highlightsArePaintedOverTheirWords_data();
    void highlightsArePaintedOverTheirWords();
    void noteNumberFollowsTheWord_data();
    void noteNumberFollowsTheWord();
    void markerMapKeepsRangesOffTheNumbers();
    void blocksAlignToTheirDirection_data();
    void blocksAlignToTheirDirection();
    void notesAreListedAfterTheArticle();
    void pdfWriterGetsEveryPage();
};

void TestArticlePageRenderer::paginatesInWholeLines_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("minimumPages");
    QTest::newRow("Arabic article eight times fills several pages")
        << u"burkina-faso-russia.ar.txt"_s << 8 << 3;
    QTest::newRow("Hebrew lorem ipsum of 66 KB runs to many pages") << u"lipsum.he.txt"_s << 1 << 15;
}

void TestArticlePageRenderer::paginatesInWholeLines()
{
    QFETCH(QString, file);
    QFETCH(int, times);
    QFETCH(int, minimumPages);
    QVector<ViewBlock> blocks;
    const QString text = repeated(corpus(file), times, &blocks);
    ArticlePageRenderer renderer;
    renderer.setFont(naskh());
    renderer.setContent(text, blocks, {}, {}, u"عنوان"_s);
    const int pages = renderer.paginate(a4(300), 300);
    QVERIFY2(pages >= minimumPages, qPrintable(QString::number(pages)));
    QCOMPARE(renderer.pageCount(), pages);

    const QRectF content = renderer.contentRect();
    int expectedBlock = 0;
    int expectedLine = 0;
    for (int page = 0; page < pages; ++page) {
        const auto lines = renderer.lines(page);
        QVERIFY2(!lines.isEmpty(), qPrintable(u"page %1 is empty"_s.arg(page)));
        for (const auto &line : lines) {
            // Every line lies whole inside the page's text area…
            QVERIFY(line.rect.top() >= content.top() - 0.5);
            QVERIFY2(line.rect.bottom() <= content.bottom() + 0.5,
                     qPrintable(u"page %1 line bottom %2 > %3"_s.arg(page)
                                    .arg(line.rect.bottom())
                                    .arg(content.bottom())));
            // …and each comes exactly once, in reading order.
            if (expectedLine == renderer.lineCountOfBlock(expectedBlock)) {
                ++expectedBlock;
                expectedLine = 0;
            }
            QCOMPARE(line.block, expectedBlock);
            QCOMPARE(line.line, expectedLine);
            ++expectedLine;
        }
    }
    QCOMPARE(expectedBlock, blocks.size() - 1);
    QCOMPARE(expectedLine, renderer.lineCountOfBlock(expectedBlock));
}

void TestArticlePageRenderer::highlightsArePaintedOverTheirWords_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("occurrence");
    QTest::newRow("words in the first paragraph, first page") << u"وزيرة الشؤون الخارجية"_s << 0;
    QTest::newRow("a name in the sixth copy, a later page") << u"توماس سانكارا"_s << 5;
    QTest::newRow("quoted words with their quotation marks") << u"“سبوتنيك”"_s << 3;
}

void TestArticlePageRenderer::highlightsArePaintedOverTheirWords()
{
    QFETCH(QString, words);
    QFETCH(int, occurrence);
    QVector<ViewBlock> blocks;
    const QString text = repeated(corpus(u"burkina-faso-russia.ar.txt"_s), 8, &blocks);
    int start = -1;
    for (int i = 0; i <= occurrence; ++i)
        start = int(text.indexOf(words, start + 1));
    QVERIFY(start >= 0);
    const int end = start + int(words.size());

    ArticlePageRenderer renderer;
    renderer.setFont(naskh());
    renderer.setContent(text, blocks, {{start, end, Yellow, 0}}, {}, u"بوركينا فاسو"_s);
    renderer.paginate(a4(150), 150);
    const QVector<PageRect> rects = renderer.rangeRects(start, end);
    QVERIFY(!rects.isEmpty());
    const int page = rects.first().page;
    if (occurrence > 0)
        QVERIFY(page > 0);
    const QImage image = render(renderer, page);
    int inside = 0;
    for (const PageRect &rect : rects) {
        QCOMPARE(rect.page, page);
        QVERIFY(renderer.contentRect().contains(rect.rect.center()));
        inside += pixelsOf(image, rect.rect.toAlignedRect(), Yellow);
    }
    const int everywhere = pixelsOf(image, image.rect(), Yellow);
    QVERIFY2(inside > 200, qPrintable(QString::number(inside)));
    // The fill is where the words are, not elsewhere on the page.
    QVERIFY2(everywhere - inside < inside / 10, qPrintable(u"%1 of %2"_s.arg(inside).arg(everywhere)));
    // And nowhere on the other pages.
    const int other = page == 0 ? 1 : 0;
    QCOMPARE(pixelsOf(render(renderer, other), QRect(QPoint(), renderer.pageRect().size()), Yellow), 0);
}

void TestArticlePageRenderer::noteNumberFollowsTheWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("highlighted");
    QTest::addColumn<QString>("word");
    QTest::newRow("highlight ending at a word end")
        << u"قال الوزير إن التعاون قديم"_s << u"الوزير"_s << u"الوزير"_s;
    QTest::newRow("highlight ending inside a word moves to its end")
        << u"قال الوزير إن التعاون قديم"_s << u"التعا"_s << u"التعاون"_s;
    QTest::newRow("vocalised word keeps its last vowel mark")
        << u"كَتَبَ الطَّالِبُ الدَّرْسَ"_s << u"الطَّالِ"_s << u"الطَّالِبُ"_s;
}

void TestArticlePageRenderer::noteNumberFollowsTheWord()
{
    QFETCH(QString, text);
    QFETCH(QString, highlighted);
    QFETCH(QString, word);
    const int start = int(text.indexOf(highlighted));
    const int end = start + int(highlighted.size());
    const QVector<ViewBlock> blocks{{0, int(text.size()), ViewBlock::Kind::Paragraph, 0, Qt::RightToLeft}};
    const QVector<PrintHighlight> highlights{{start, end, Green, 7}};

    NoteMarkers markers;
    markers.build(text, blocks, highlights);
    const auto [from, to] = markers.markerRange(7);
    QCOMPARE(markers.text().mid(from, to - from), NoteMarkers::superscript(7));
    // The number comes right after the whole word, never inside it.
    QCOMPARE(markers.text().left(from), text.left(text.indexOf(word) + word.size()));

    ArticlePageRenderer renderer;
    renderer.setFont(naskh());
    renderer.setContent(text, blocks, highlights, {{7, highlighted, u"ملاحظة"_s, QString(), true}}, u"t"_s);
    renderer.paginate(a4(150), 150);
    const QVector<PageRect> marker = renderer.noteMarkerRects(7);
    const QVector<PageRect> highlight = renderer.rangeRects(start, end);
    QCOMPARE(marker.size(), 1);
    QVERIFY(!highlight.isEmpty());
    QCOMPARE(marker.first().page, highlight.first().page);
    // Right to left: the number follows to the left of the highlighted word, on the same line.
    QVERIFY(marker.first().rect.right() <= highlight.first().rect.left() + 1);
    // On the same line, raised: inside the line's band, above its middle.
    const QRectF line = highlight.first().rect;
    QVERIFY(marker.first().rect.top() >= line.top() - 1 && marker.first().rect.bottom() <= line.bottom() + 1);
    QVERIFY(marker.first().rect.center().y() < line.center().y());
    const QImage image = render(renderer, marker.first().page);
    QVERIFY(darkPixels(image, marker.first().rect.toAlignedRect()) > 5);
}

void TestArticlePageRenderer::markerMapKeepsRangesOffTheNumbers()
{
    const QString text = u"أ ب ج د"_s;
    NoteMarkers markers;
    markers.build(text, {{0, int(text.size()), ViewBlock::Kind::Paragraph, 0, Qt::RightToLeft}},
                  {{0, 1, Yellow, 12}, {2, 3, Yellow, 3}, {2, 3, Yellow, 4}});
    QCOMPARE(markers.text(), u"أ¹² ب³˒⁴ ج د"_s);
    QCOMPARE(markers.map(0), 0);
    QCOMPARE(markers.map(1, true), 1); // a range's end stops before its number
    QCOMPARE(markers.map(1), 3);       // a start at the same place comes after it
    QCOMPARE(markers.map(3, true), 5);
    QCOMPARE(markers.map(4), 9);
    QCOMPARE(markers.map(int(text.size())), int(markers.text().size()));
}

void TestArticlePageRenderer::blocksAlignToTheirDirection_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("Arabic paragraph is right-aligned") << u"التعاون العسكري بين البلدين ليس جديداً"_s << true;
    QTest::newRow("Hebrew paragraph is right-aligned") << u"דת שכל שתפו מושגי, רוסית בלשנות"_s << true;
    QTest::newRow("English paragraph with an Arabic name is left-aligned")
        << u"The minister Olivia Rouamba (أوليفيا روامبا) spoke"_s << false;
}

void TestArticlePageRenderer::blocksAlignToTheirDirection()
{
    QFETCH(QString, paragraph);
    QFETCH(bool, rightToLeft);
    const QVector<ViewBlock> blocks{{0, int(paragraph.size()), ViewBlock::Kind::Paragraph, 0,
                                     rightToLeft ? Qt::RightToLeft : Qt::LeftToRight}};
    ArticlePageRenderer renderer;
    renderer.setFont(naskh());
    renderer.setContent(paragraph, blocks, {}, {}, QString());
    renderer.paginate(a4(150), 150);
    const QImage image = render(renderer, 0);
    const QRect line = renderer.lines(0).first().rect.toAlignedRect();
    const QRectF content = renderer.contentRect();
    const int quarter = int(content.width() / 4);
    const QRect rightQuarter(int(content.right()) - quarter, line.top(), quarter, line.height());
    const QRect leftQuarter(int(content.left()), line.top(), quarter, line.height());
    const int right = darkPixels(image, rightQuarter);
    const int left = darkPixels(image, leftQuarter);
    if (rightToLeft) {
        QVERIFY2(right > 50 && left == 0, qPrintable(u"%1 / %2"_s.arg(left).arg(right)));
        QVERIFY(qAbs(line.right() - content.right()) < 3);
    } else {
        QVERIFY2(left > 50 && right == 0, qPrintable(u"%1 / %2"_s.arg(left).arg(right)));
        QVERIFY(qAbs(line.left() - content.left()) < 3);
    }
}

void TestArticlePageRenderer::notesAreListedAfterTheArticle()
{
    QVector<ViewBlock> blocks;
    const QString text = repeated(corpus(u"burkina-faso-russia.ar.txt"_s), 3, &blocks);
    const int start = int(text.indexOf(u"روامبا"_s));
    ArticlePageRenderer renderer;
    renderer.setFont(naskh());
    renderer.setContent(text, blocks, {{start, start + 6, Yellow, 1}},
                        {{1, u"روامبا"_s, u"من هي؟ تحقق من الاسم"_s, u"verified, needs source"_s, true},
                         {2, u"نص لم يعد في المقال"_s, u"ضاع موضعه"_s, QString(), false}},
                        u"بوركينا فاسو"_s);
    const int pages = renderer.paginate(a4(150), 150);
    const int notesPage = renderer.notesFirstPage();
    QVERIFY(notesPage > 0);
    QCOMPARE(notesPage, pages - 1);
    // The notes start a page: their heading is its first line; every article line came before it.
    const auto lines = renderer.lines(notesPage);
    QCOMPARE(lines.first().block, blocks.size());
    // Heading, then per note: its quote, its tags (the first only), its text.
    QCOMPARE(lines.last().block, blocks.size() + 1 + 3 + 2 - 1);
    // The orphaned note has no number in the text; the anchored one has.
    QCOMPARE(renderer.noteMarkerRects(2).size(), 0);
    QCOMPARE(renderer.noteMarkerRects(1).size(), 1);
    QVERIFY(darkPixels(render(renderer, notesPage), renderer.contentRect().toAlignedRect()) > 500);
}

void TestArticlePageRenderer::pdfWriterGetsEveryPage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"article.pdf"_s);
    QVector<ViewBlock> blocks;
    const QString text = repeated(corpus(u"burkina-faso-russia.ar.txt"_s), 6, &blocks);
    ArticlePageRenderer renderer;
    renderer.setFont(naskh());
    const int start = int(text.indexOf(u"سانكارا"_s));
    renderer.setContent(text, blocks, {{start, start + 7, Yellow, 1}},
                        {{1, u"سانكارا"_s, u"رئيس"_s, {}, true}}, u"بوركينا فاسو"_s);
    int pages = 0;
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(u"بوركينا فاسو"_s);
        QPainter painter(&writer);
        pages = renderer.paginate(
            writer.pageLayout()
                .paintRectPixels(writer.resolution())
                .translated(-writer.pageLayout().paintRectPixels(writer.resolution()).topLeft()),
            writer.resolution());
        QVERIFY(pages > 1);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            renderer.paintPage(&painter, page);
        }
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    const QString pdf = QString::fromLatin1(bytes);
    QCOMPARE(int(pdf.count(QRegularExpression(u"/Type\\s*/Page(?![s\\w])"_s))), pages);
}

QTEST_MAIN(TestArticlePageRenderer)
#include "tst_articlepagerenderer.moc"
