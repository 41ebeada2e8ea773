// End to end for Arabic-aware text: find in the article (Ctrl+F), search the library (Ctrl+Shift+F), word and
// sentence counts, and a legacy encoding that is said, not guessed silently — in the real window, offscreen.
#include "apptesthelpers.h"
#include "windowfixture.h"

#include "annotation/annotationstore.h"
#include "articleview/articleview.h"
#include "findbar/findbar.h"
#include "ui/annotationpanel.h"
#include "ui/articlepane.h"
#include "ui/countsindicator.h"
#include "ui/documentcontroller.h"
#include "ui/encodingdialog.h"
#include "ui/findcontroller.h"
#include "ui/librarysearchdialog.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

class TestFindAndSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void findABareWordInVocalisedText();
    void findOptionsNarrowTheMatches();
    void searchTheLibraryAndOpenAtThePassage();
    void countsForArticleAndSelection();
    void legacyEncodingIsSaidAndCanBeChanged();
    void encodingDialogOffersLikelyEncodingsWithPreviews();
    void librarySearchTreatsTheWordBeingTypedAsAPrefix();

private:
    WindowFixture m_fixture;
};

const QString vocalised = u"قَالَ الْمُتَحَدِّثُ إِنَّ الْمَسْؤُولِيَّةَ مُشْتَرَكَةٌ، وَإِنَّ مسئولية الحكومة كبيرة.\n\n"
                          "The ministry's responsibility (مسؤولية) was discussed.\n"_s;

void TestFindAndSearch::initTestCase()
{
    m_fixture.isolate();
}

void TestFindAndSearch::init()
{
    QVERIFY2(m_fixture.start(), m_fixture.failure());
}

void TestFindAndSearch::cleanup()
{
    m_fixture.cleanup();
}

void TestFindAndSearch::findABareWordInVocalisedText()
{
    QVERIFY2(m_fixture.openArticle(m_fixture.writeFile(u"vocalised.txt"_s, vocalised.toUtf8())),
             m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    FindBar *bar = window->articlePane()->findBar();
    FindController *find = window->articlePane()->find();

    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    typeText(QApplication::focusWidget(), u"مسؤولية"_s);
    // The bare query finds the vocalised word (marks and all), the ئ spelling, and the one in the English
    // line.
    QTRY_COMPARE(find->matches().size(), 3);
    const TextMatch first = find->matches().at(0);
    QCOMPARE(view->text().mid(first.start, first.end - first.start), u"مَسْؤُولِيَّةَ"_s);
    QCOMPARE(view->findMatchCount(), 3);
    QCOMPARE(find->currentMatch(), 0);

    // Enter and F3 move forward, Shift+Enter and Shift+F3 back, wrapping around.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(find->currentMatch(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3);
    QCOMPARE(find->currentMatch(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3);
    QCOMPARE(find->currentMatch(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(find->currentMatch(), 2);

    // Escape closes the bar and clears the painted matches.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QCOMPARE(view->findMatchCount(), 0);
}

void TestFindAndSearch::findOptionsNarrowTheMatches()
{
    QVERIFY2(m_fixture.openArticle(m_fixture.writeFile(u"vocalised.txt"_s, vocalised.toUtf8())),
             m_fixture.failure());
    MainWindow *window = m_fixture.window();
    FindBar *bar = window->articlePane()->findBar();
    FindController *find = window->articlePane()->find();
    find->open();
    typeText(QApplication::focusWidget(), u"مسؤولية"_s);
    QTRY_COMPARE(find->matches().size(), 3);
    // "Match vowel marks and hamza exactly": the ئ spelling and the vocalised one no longer match.
    auto *exact = bar->findChild<QAbstractButton *>(u"findExactMarks"_s);
    QVERIFY(exact);
    exact->click();
    QTRY_COMPARE(find->matches().size(), 1);
    exact->click();
    QTRY_COMPARE(find->matches().size(), 3);
}

void TestFindAndSearch::searchTheLibraryAndOpenAtThePassage()
{
    QVERIFY2(m_fixture.openArticle(corpusFile(u"burkina-faso-russia.ar.txt"_s)), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    ArticleView *view = window->articleView();
    // A note on a highlight, then a second article open in the window.
    const QString quote = u"توماس سانكارا"_s;
    const int start = int(view->text().indexOf(quote));
    view->setSelection(start, start + int(quote.size()));
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    typeText(QApplication::focusWidget(), u"الزعيم الثوري"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    const qint64 burkina = window->controller()->document().id;
    const QUuid annotation = window->annotationPanel()->currentAnnotation();
    QVERIFY(window->openFile(m_fixture.writeFile(u"vocalised.txt"_s, vocalised.toUtf8())));

    QTest::keyClick(window->articleView(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    LibrarySearchDialog *search = window->librarySearch();
    QVERIFY(search && search->isVisible());

    // A word of the first article's text, typed bare, finds its passage; choosing it opens the article there.
    search->setQuery(u"وزيرة"_s);
    QTRY_VERIFY(search->results()->topLevelItemCount() > 0);
    QTreeWidgetItem *hit = nullptr;
    for (int i = 0; i < search->results()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = search->results()->topLevelItem(i);
        if (item->data(0, LibrarySearchDialog::DocumentRole).toLongLong() == burkina
            && item->data(0, LibrarySearchDialog::StartRole).toInt() >= 0) {
            hit = item;
            break;
        }
    }
    QVERIFY(hit);
    Q_EMIT search->results()->itemActivated(hit, 0);
    QCOMPARE(window->controller()->document().id, burkina);
    const int hitStart = hit->data(0, LibrarySearchDialog::StartRole).toInt();
    QCOMPARE(window->articleView()->selectionStart(), hitStart);
    const QVector<QRect> rects = window->articleView()->rangeRects(hitStart, hitStart + 1);
    QVERIFY(!rects.isEmpty() && window->articleView()->viewport()->rect().intersects(rects.constFirst()));

    // The note is found by a word of it, and choosing it selects the annotation.
    search->setQuery(u"الثوري"_s);
    QTRY_VERIFY(search->results()->topLevelItemCount() > 0);
    QCOMPARE(search->results()->topLevelItem(0)->data(0, LibrarySearchDialog::AnnotationRole).toUuid(),
             annotation);
    Q_EMIT search->results()->itemActivated(search->results()->topLevelItem(0), 0);
    QCOMPARE(window->annotationPanel()->currentAnnotation(), annotation);
}

void TestFindAndSearch::countsForArticleAndSelection()
{
    QVERIFY2(m_fixture.openArticle(corpusFile(u"burkina-faso-russia.ar.txt"_s)), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    CountsIndicator *counts = window->counts();
    QTRY_VERIFY(counts->articleCounts().words > 0);
    QCOMPARE(counts->articleCounts().words, 363);
    QCOMPARE(counts->articleCounts().sentences, 13);
    QVERIFY(counts->text().contains(u"363"_s));
    const QString phrase = u"أوليفيا روامبا"_s;
    const int start = int(window->articleView()->text().indexOf(phrase));
    window->articleView()->setSelection(start, start + int(phrase.size()));
    QTRY_COMPARE(counts->selectionCounts().words, 2);
    QTRY_VERIFY(counts->text().contains(u"2"_s) && counts->text().contains(u"363"_s));
}

void TestFindAndSearch::legacyEncodingIsSaidAndCanBeChanged()
{
    // A short windows-1256 file: the encoding is named in the notice, with a way to choose another.
    const QString path = m_fixture.filePath(u"legacy.txt"_s);
    QVERIFY(QFile::copy(corpusFile(u"legacy/news.windows-1256.ar.html"_s), path));
    QVERIFY2(m_fixture.openArticle(path), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    QVERIFY(window->articleView()->text().contains(u"كتائب"_s));
    QCOMPARE(window->controller()->document().encoding, u"windows-1256"_s);
    // Reopening with a named encoding gives that decoding (here ISO-8859-6: different letters).
    QVERIFY(window->openFile(path, u"ISO-8859-6"_s));
    QCOMPARE(window->controller()->document().encoding, u"ISO-8859-6"_s);
    QVERIFY(!window->articleView()->text().contains(u"كتائب"_s));
}

void TestFindAndSearch::encodingDialogOffersLikelyEncodingsWithPreviews()
{
    QFile file(corpusFile(u"legacy/news.windows-1256.ar.html"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    EncodingDialog dialog(file.readAll(), u"ISO-8859-6"_s);
    QListWidget *list = dialog.candidates();
    QVERIFY(list->count() >= 2);
    // The best reading comes first, with a line of the text it gives.
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), u"windows-1256"_s);
    QVERIFY2(list->item(0)->text().contains(u"كتائب"_s) || list->item(0)->text().contains(u"القسام"_s),
             qPrintable(list->item(0)->text()));
    QCOMPARE(dialog.selectedEncoding(), u"windows-1256"_s);
    list->setCurrentRow(1);
    QCOMPARE(dialog.selectedEncoding(), list->item(1)->data(Qt::UserRole).toString());
    auto *other = dialog.findChild<QComboBox *>();
    QVERIFY(other);
    other->setCurrentIndex(other->findData(u"windows-1255"_s));
    QCOMPARE(dialog.selectedEncoding(), u"windows-1255"_s);
}

void TestFindAndSearch::librarySearchTreatsTheWordBeingTypedAsAPrefix()
{
    QVERIFY2(m_fixture.openArticle(corpusFile(u"burkina-faso-russia.ar.txt"_s)), m_fixture.failure());
    MainWindow *window = m_fixture.window();
    window->showLibrarySearch();
    LibrarySearchDialog *search = window->librarySearch();
    typeText(search->queryField(), u"سانكا"_s);
    QTRY_VERIFY(search->results()->topLevelItemCount() > 0);
    // A space closes the word: then only whole words match.
    typeText(search->queryField(), u" "_s);
    QTRY_COMPARE(search->results()->topLevelItemCount(), 0);
}

QTEST_MAIN(TestFindAndSearch)
#include "tst_findandsearch.moc"
