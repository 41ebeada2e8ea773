#include "annotation/annotationstore.h"
#include "annotation/approximatematcher.h"
#include "annotation/reanchorer.h"
#include "text/textboundaries.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

Q_DECLARE_METATYPE(hashiya::AnchorState)

namespace {

QString corpus(const QString &name)
{
    QFile file(QStringLiteral(HASHIYA_CORPUS) % u'/' % name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The Wikipedia page's paragraphs as plain text: tags dropped, entities of the page decoded.
QString wikipediaText()
{
    const QString html = corpus(u"wikipedia-mars.ar.html"_s);
    static const QRegularExpression paragraph(u"<p[^>]*>(.*?)</p>"_s,
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(u"<[^>]+>"_s);
    QStringList paragraphs;
    for (auto it = paragraph.globalMatch(html); it.hasNext();) {
        QString text = it.next().captured(1);
        text.remove(tag);
        text.replace(u"&nbsp;"_s, u" "_s).replace(u"&amp;"_s, u"&"_s);
        text = text.simplified();
        if (text.size() > 80)
            paragraphs.append(text);
    }
    return paragraphs.join(u'\n');
}

int nthIndexOf(const QString &text, const QString &quote, int occurrence)
{
    int at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = int(text.indexOf(quote, at + 1));
        if (at < 0)
            return -1;
    }
    return at;
}

QString replaced(QString text, const QString &before, const QString &after)
{
    if (!text.contains(before))
        qFatal("test data: the text to replace is not there");
    return text.replace(before, after);
}

QString inserted(QString text, const QString &before, const QString &insertion)
{
    const qsizetype at = text.indexOf(before);
    if (at < 0)
        qFatal("test data: the insertion point is not there");
    return text.insert(at, insertion);
}

/// Best semi-global edit distance of `pattern` in `text` by the textbook DP, to check the bit-parallel one.
int dpBestDistance(const QString &pattern, const QString &text)
{
    std::vector<int> column(size_t(pattern.size()) + 1);
    for (size_t i = 0; i < column.size(); ++i)
        column[i] = int(i);
    int best = column.back();
    for (const QChar c : text) {
        int diagonal = 0; // D[0][j-1]; the top row is free
        column[0] = 0;
        for (qsizetype i = 1; i <= pattern.size(); ++i) {
            const int left = column[size_t(i)];
            column[size_t(i)] =
                std::min({left + 1, column[size_t(i) - 1] + 1, diagonal + (pattern[i - 1] == c ? 0 : 1)});
            diagonal = left;
        }
        best = std::min(best, column.back());
    }
    return best;
}

} // namespace

class TestReanchorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anchor_data();
    void anchor();
    void quoteWithoutContext_data();
    void quoteWithoutContext();
    void approximateMatcherAgreesWithDynamicProgramming_data();
    void approximateMatcherAgreesWithDynamicProgramming();
    void bookAfterSmallEdit();

private:
    QString m_news;
};

void TestReanchorer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_news = corpus(u"burkina-faso-russia.ar.txt"_s);
    QVERIFY(!m_news.isEmpty());
}

void TestReanchorer::anchor_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<AnchorState>("state");
    QTest::addColumn<QString>("newExact");
    QTest::addColumn<int>("newStart"); // -1: the first occurrence of newExact

    const QString &t = m_news;
    const QString attache = u"ملحق دفاعي روسي مقيم في أكرا"_s;
    const QString vocalised = u"مُلْحَقٌ دِفَاعِيٌّ رُوسِيٌّ مُقِيمٌ فِي أَكْرَا"_s;
    const QString firstSentence =
        u"أكدت وزيرة الشؤون الخارجية لبوركينا فاسو، أوليفيا روامبا، الاهتمام الخاص لبلادها بالاستفادة من "
        u"الخبر العسكرية الروسية، مشيرةً إلى أنّ التعاون العسكري بين البلدين ليس جديداً، ويتم بطريقة رسمية "
        u"وشفافة. \u00a0"_s;
    const QString insertion = u"وقد نشرت الصحيفة هذا الخبر صباح اليوم على صفحتها الأولى. "_s;
    const int attacheAt = int(t.indexOf(attache));

    QTest::newRow("sentence inserted before the quote keeps it, shifted")
        << t << attache << 0 << inserted(t, u"وأعلنت روامبا"_s, insertion) << AnchorState::Anchored << attache
        << attacheAt + int(insertion.size());
    QTest::newRow("sentence deleted before the quote keeps it, shifted")
        << t << attache << 0 << replaced(t, firstSentence, QString()) << AnchorState::Anchored << attache
        << attacheAt - int(firstSentence.size());
    QTest::newRow("words changed inside the quote move it to the new wording")
        << t << attache << 0 << replaced(t, u"مقيم في أكرا"_s, u"دائم في العاصمة أكرا"_s)
        << AnchorState::Relocated << u"ملحق دفاعي روسي دائم في العاصمة أكرا"_s << -1;
    QTest::newRow("vowel marks added to the quote move it, marks included")
        << t << attache << 0 << replaced(t, attache, vocalised) << AnchorState::Relocated << vocalised << -1;
    QTest::newRow("vowel marks added to the quote and its context")
        << t << attache << 0
        << replaced(replaced(t, u"هناك "_s % attache % u" يزور"_s, u"هُنَاكَ "_s % vocalised % u" يَزُورُ"_s),
                    u"وكالة"_s, u"وَكَالَةِ"_s)
        << AnchorState::Relocated << vocalised << -1;

    const QString deletedSentence =
        u"وأعلنت روامبا في مقابلة لها مع وكالة “سبوتنيك” الروسية، على هامش قمة للاتحاد الأفريقي أنّه “هناك "
        u"ملحق دفاعي روسي مقيم في أكرا يزور أحياناً بوركينا فاسو، ويلتقي بنظرائه، وإنني أشير لهذا الأمر "
        u"للتوضيح أن العلاقة العسكرية بين البلدين موجودة بالفعل، وهي علاقة رسمية تتم بكل شفافية”. "_s;
    QTest::newRow("quoted passage deleted orphans it")
        << t << u"هناك ملحق دفاعي روسي مقيم في أكرا يزور أحياناً بوركينا فاسو، ويلتقي بنظرائه"_s << 0
        << replaced(t, deletedSentence, QString()) << AnchorState::Orphaned << QString() << 0;
    const QString sankaraSentence =
        u"كما لفتت الوزيرة إلى أنّ التعاون العسكري بين البلدين يعود لعصر ثورة بوركينا "
        u"فاسو التي قادها الرئيس الشيوعي توماس سانكارا. "_s;
    QTest::newRow("one-word quote whose sentence was deleted orphans it")
        << t << u"سانكارا"_s << 0 << replaced(t, sankaraSentence, QString()) << AnchorState::Orphaned
        << QString() << 0;
    QTest::newRow("quote of 200 units with two words changed moves it (multi-word blocks)")
        << t << deletedSentence.trimmed() << 0
        << replaced(replaced(t, u"مقابلة لها"_s, u"حديث لها"_s), u"للتوضيح"_s, u"لأوضح"_s)
        << AnchorState::Relocated
        << replaced(replaced(deletedSentence.trimmed(), u"مقابلة لها"_s, u"حديث لها"_s), u"للتوضيح"_s,
                    u"لأوضح"_s)
        << -1;

    const QStringList paragraphs = t.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(paragraphs.size() >= 4);
    const QString reordered =
        QStringList{paragraphs[0], paragraphs[3], paragraphs[2], paragraphs[1]}.join(u'\n');
    QTest::newRow("paragraphs reordered keep the quote at its new place")
        << t << attache << 0 << reordered << AnchorState::Anchored << attache
        << int(reordered.indexOf(attache));

    const QString burkina = u"بوركينا فاسو"_s;
    const int third = nthIndexOf(t, burkina, 3);
    QTest::newRow("quote occurring many times: the shifted occurrence with its context")
        << t << burkina << 3 << inserted(t, u"وأعلنت روامبا"_s, insertion) << AnchorState::Anchored << burkina
        << third + int(insertion.size());
    // The words before the fourth occurrence change: its suffix still agrees, no other occurrence's does.
    const QString changedBefore =
        replaced(t, u"يعود لعصر ثورة "_s % burkina, u"بدأ في زمن انتفاضة "_s % burkina);
    QTest::newRow("quote occurring many times: the context picks the occurrence")
        << t << burkina << 4 << inserted(changedBefore, u"وأعلنت روامبا"_s, insertion)
        << AnchorState::Anchored << burkina
        << nthIndexOf(inserted(changedBefore, u"وأعلنت روامبا"_s, insertion), burkina, 4);
    // Each occurrence has the same 32 units of context either side: only the position tells them apart.
    const QString sentence = u"تتكرر هذه العبارة الطويلة في النص نعم ثم تعود العبارة الطويلة من جديد هنا. "_s;
    const QString thrice = sentence + sentence + sentence;
    const QString shiftedThrice = u"جديد: "_s + thrice;
    QTest::newRow("same quote three times, same context: the one nearer the old position")
        << thrice << u"نعم"_s << 1 << shiftedThrice << AnchorState::Anchored << u"نعم"_s
        << nthIndexOf(shiftedThrice, u"نعم"_s, 1);
    QTest::newRow("quote at the start of the text")
        << t << u"بوركينا فاسو تلجأ"_s << 0 << QString(t + u"\nخاتمة أضافها المحرر."_s)
        << AnchorState::Anchored << u"بوركينا فاسو تلجأ"_s << 0;
    const QString last = u"من أراضيها في كانون الثاني/يناير الماضي."_s;
    const QString prefaced = u"مقدمة أضافها المحرر.\n"_s + t;
    QTest::newRow("quote at the end of the text")
        << t << last << 0 << prefaced << AnchorState::Anchored << last << int(prefaced.lastIndexOf(last));
    QTest::newRow("one-letter quote follows its shifted context")
        << t << u"ي"_s << 40 << inserted(t, u"وأعلنت روامبا"_s, insertion) << AnchorState::Anchored << u"ي"_s
        << nthIndexOf(t, u"ي"_s, 40) + int(insertion.size());
    QTest::newRow("vocalised quote kept with its marks")
        << t << u"مشيرةً"_s << 0 << inserted(t, u"أكدت وزيرة"_s, insertion) << AnchorState::Anchored
        << u"مشيرةً"_s << int(t.indexOf(u"مشيرةً"_s) + insertion.size());
    QTest::newRow("vowel mark added after the last letter joins the quote")
        << u"كتب الطالب درسه في المساء"_s << u"كتب"_s << 0 << u"كتبَ الطالب درسه في المساء"_s
        << AnchorState::Relocated << u"كتبَ"_s << 0;
    QTest::newRow("emoji gaining a skin tone stays whole")
        << u"أعجبني المقال 👍 كثيرا"_s << u"👍"_s << 0 << u"أعجبني المقال 👍🏽 كثيرا"_s
        << AnchorState::Relocated << u"👍🏽"_s << -1;
    QTest::newRow("empty new text orphans")
        << t << attache << 0 << QString() << AnchorState::Orphaned << QString() << 0;

    const QString hebrew = corpus(u"lipsum.he.txt"_s).left(3000);
    const QString hebrewQuote = hebrew.mid(1000, 60);
    QTest::newRow("Hebrew text with a word of the quote removed")
        << hebrew << hebrewQuote << 0
        << replaced(hebrew, hebrewQuote, hebrewQuote.mid(0, 20) + hebrewQuote.mid(26))
        << AnchorState::Relocated << QString(hebrewQuote.mid(0, 20) + hebrewQuote.mid(26)) << -1;

    const QString mars = wikipediaText();
    QVERIFY(mars.size() > 5000);
    const QString marsQuote = mars.mid(3000, 80);
    const QString marsRevised = replaced(mars.left(2500) + mars.mid(2700), marsQuote.mid(30, 10), u"**"_s);
    QTest::newRow("Wikipedia text: paragraph cut before, words changed inside")
        << mars << marsQuote << 0 << marsRevised << AnchorState::Relocated
        << QString(marsQuote.left(30) + u"**"_s + marsQuote.mid(40)) << -1;
}

void TestReanchorer::anchor()
{
    QFETCH(QString, oldText);
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    QFETCH(QString, newText);
    QFETCH(AnchorState, state);
    QFETCH(QString, newExact);
    QFETCH(int, newStart);

    const int start = nthIndexOf(oldText, quote, occurrence);
    QVERIFY2(start >= 0, "the quote is in the old text");
    const Annotation old = AnnotationStore::makeAnnotation(1, oldText, start, start + int(quote.size()), 1);
    QCOMPARE(old.quote.exact, quote);

    const Reanchorer reanchorer(newText);
    const AnchorResult result = reanchorer.anchor(old);
    QCOMPARE(result.state, state);
    if (state == AnchorState::Orphaned) {
        QCOMPARE(result.start, 0);
        QCOMPARE(result.end, 0);
        QVERIFY(result.score < Reanchorer::minimumScore);
        return;
    }
    QVERIFY(result.score >= Reanchorer::minimumScore);
    QCOMPARE(newText.mid(result.start, result.end - result.start), newExact);
    QCOMPARE(result.start, newStart >= 0 ? newStart : int(newText.indexOf(newExact)));
    QVERIFY(TextBoundaries::isGraphemeBoundary(newText, result.start));
    QVERIFY(TextBoundaries::isGraphemeBoundary(newText, result.end));
}

void TestReanchorer::quoteWithoutContext_data()
{
    // Selectors imported from other tools (W3C quote selectors) may carry the exact quote alone.
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<AnchorState>("state");
    QTest::addColumn<QString>("newExact");

    const QString &t = m_news;
    const QString sankaraSentence =
        u"كما لفتت الوزيرة إلى أنّ التعاون العسكري بين البلدين يعود لعصر ثورة بوركينا "
        u"فاسو التي قادها الرئيس الشيوعي توماس سانكارا. "_s;
    QTest::newRow("exact quote found after an insertion: kept")
        << u"سانكارا"_s << inserted(t, u"وأعلنت روامبا"_s, u"جملة جديدة. "_s) << AnchorState::Anchored
        << u"سانكارا"_s;
    QTest::newRow("one word whose sentence was deleted: orphaned")
        << u"سانكارا"_s << replaced(t, sankaraSentence, QString()) << AnchorState::Orphaned << QString();
    QTest::newRow("a word changed in a longer quote: moved")
        << u"ملحق دفاعي روسي مقيم في أكرا"_s << replaced(t, u"مقيم في أكرا"_s, u"دائم في أكرا"_s)
        << AnchorState::Relocated << u"ملحق دفاعي روسي دائم في أكرا"_s;
}

void TestReanchorer::quoteWithoutContext()
{
    QFETCH(QString, quote);
    QFETCH(QString, newText);
    QFETCH(AnchorState, state);
    QFETCH(QString, newExact);
    Annotation old;
    old.start = int(m_news.indexOf(quote));
    old.end = old.start + int(quote.size());
    old.quote.exact = quote;
    const AnchorResult result = Reanchorer(newText).anchor(old);
    QCOMPARE(result.state, state);
    QCOMPARE(newText.mid(result.start, result.end - result.start), newExact);
}

void TestReanchorer::approximateMatcherAgreesWithDynamicProgramming_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("edits");
    QTest::newRow("short quote, one block") << 20 << 3;
    QTest::newRow("exactly one block") << 64 << 10;
    QTest::newRow("one unit over a block") << 65 << 12;
    QTest::newRow("three blocks") << 150 << 30;
    QTest::newRow("long quote, many edits") << 300 << 100;
}

void TestReanchorer::approximateMatcherAgreesWithDynamicProgramming()
{
    QFETCH(int, length);
    QFETCH(int, edits);
    const QString text = m_news.left(2500);
    QRandomGenerator random(length * 7919 + edits);
    QString pattern = text.mid(900, length);
    for (int i = 0; i < edits; ++i) {
        const int at = int(random.bounded(pattern.size()));
        switch (random.bounded(3)) {
        case 0:
            pattern[at] = QChar(u'ء' + random.bounded(30));
            break;
        case 1:
            pattern.remove(at, 1);
            break;
        default:
            pattern.insert(at, QChar(u'ء' + random.bounded(30)));
        }
    }
    const int expected = dpBestDistance(pattern, text);
    const ApproximateMatcher matcher(pattern);
    const auto matches = matcher.search(text, int(pattern.size()), 5, 900 + length);
    QVERIFY(!matches.isEmpty());
    QCOMPARE(matches.first().distance, expected);
    const ApproximateMatch &best = matches.first();
    QCOMPARE(
        ApproximateMatcher::editDistance(pattern, QStringView(text).mid(best.start, best.end - best.start)),
        expected);
}

void TestReanchorer::bookAfterSmallEdit()
{
    // The book of DESIGN.md's performance targets: 2.3 million units of the Wikipedia text, numbered so its
    // paragraphs differ, and 10,000 annotations on it; then a sentence inserted near the start and a word
    // changed in the middle.
    const QString page = wikipediaText();
    QString book;
    book.reserve(2'400'000);
    for (int copy = 0; book.size() < 2'300'000; ++copy)
        book += QString::number(copy) % u' ' % page % u'\n';
    QRandomGenerator random(2026);
    QVector<Annotation> annotations;
    for (int i = 0; i < 10'000; ++i) {
        int start = int(random.bounded(book.size() - 100));
        start = TextBoundaries::snapToGrapheme(book, start, false);
        const int end = TextBoundaries::snapToGrapheme(book, start + 5 + int(random.bounded(60)), true);
        annotations.append(AnnotationStore::makeAnnotation(1, book, start, end, 1));
    }
    const QString sentence = u"جملة أضافها المحرر في المراجعة الثانية. "_s;
    QString revised = book;
    revised.insert(1000, sentence);
    const int middle = int(revised.indexOf(u' ', revised.size() / 2)) + 1;
    const int middleInBook = middle - int(sentence.size());
    // A few annotations over the changed word, which have to move.
    for (int i = 0; i < 3; ++i)
        annotations.append(
            AnnotationStore::makeAnnotation(1, book, middleInBook - 10 * i, middleInBook + 20, 1));
    revised.replace(middle, 4, u"تعديل"_s);

    QElapsedTimer timer;
    timer.start();
    const Reanchorer reanchorer(revised);
    int kept = 0;
    int moved = 0;
    int orphaned = 0;
    int whereExpected = 0;
    for (const Annotation &a : std::as_const(annotations)) {
        const AnchorResult result = reanchorer.anchor(a);
        kept += result.state == AnchorState::Anchored;
        moved += result.state == AnchorState::Relocated;
        orphaned += result.state == AnchorState::Orphaned;
        const int shift =
            (a.start >= 1000 ? int(sentence.size()) : 0) + (a.start >= middleInBook + 4 ? 1 : 0);
        whereExpected += result.state != AnchorState::Orphaned && result.start == a.start + shift;
    }
    const qint64 elapsed = timer.elapsed();
    qInfo("re-anchored %d annotations in a %lld-unit text in %lld ms: %d kept, %d moved, %d orphaned",
          int(annotations.size()), qint64(revised.size()), elapsed, kept, moved, orphaned);
    QVERIFY(kept >= 9'990);
    QVERIFY(moved >= 3);
    QCOMPARE(orphaned, 0);
    QVERIFY(whereExpected >= 9'990);
}

QTEST_GUILESS_MAIN(TestReanchorer)
#include "tst_reanchorer.moc"
