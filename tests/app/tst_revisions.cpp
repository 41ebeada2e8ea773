// End to end: a revised article. The reader annotates a file, the file changes on disk, and reopening it
// makes a new version: the window says what happened to every annotation, lists the ones it could not place,
// lets the reader attach one to a new passage (undoably), and keeps the earlier version readable.
#include "apptesthelpers.h"
#include "windowfixture.h"

#include "annotation/annotationmodel.h"
#include "annotation/annotationstore.h"
#include "articleview/articleview.h"
#include "library/documentstore.h"
#include "ui/annotationpanel.h"
#include "ui/articlepane.h"
#include "ui/documentcontroller.h"
#include "ui/interfacelanguage.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFile>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;
using namespace hashiya::testing;

namespace {

// Three passages of the corpus article: one the revision leaves alone, one it rewords, one it deletes.
const QString KeptQuote = u"أوليفيا روامبا"_s;
const QString ReworkedQuote = u"التعاون العسكري بين البلدين ليس جديداً، ويتم بطريقة رسمية وشفافة"_s;
const QString ReworkedTo = u"التعاون العسكري بين البلدين ليس حديثاً، ويتم بطريقة رسمية وشفافة"_s;
const QString DeletedSentence =
    u"كما لفتت الوزيرة إلى أنّ التعاون العسكري بين البلدين يعود لعصر ثورة بوركينا فاسو التي قادها الرئيس "
    u"الشيوعي توماس سانكارا."_s;
const QString DeletedQuote = u"الرئيس الشيوعي توماس سانكارا"_s;

QString readUtf8(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeUtf8(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) > 0;
}

QAction *windowAction(QWidget *window, const QString &objectName)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

} // namespace

class TestRevisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void changedFileMakesAVersionAndSaysWhatHappened();
    void orphanIsAttachedHereAndUndone();
    void earlierVersionStaysReadable();
    void importAsNewVersionOfTheOpenArticle();

private:
    void annotateThreePassages();
    int highlight(const QString &quote, int styleKey);
    QString reviseArticle() const;

    WindowFixture m_fixture;
    QString m_article;
    QString m_original;
};

void TestRevisions::initTestCase()
{
    m_fixture.isolate();
    // The interface in English as the app installs it, so "%n annotation(s)" reads as English plurals.
    qputenv("HASHIYA_LANGUAGE", "en");
    InterfaceLanguage::install(*QCoreApplication::instance());
}

void TestRevisions::init()
{
    QVERIFY2(m_fixture.start(), m_fixture.failure());
    m_article = m_fixture.filePath(u"بوركينا فاسو.txt"_s);
    m_original = readUtf8(corpusFile(u"burkina-faso-russia.ar.txt"_s));
    QVERIFY(m_original.contains(KeptQuote));
    QVERIFY(m_original.contains(ReworkedQuote));
    QVERIFY(m_original.contains(DeletedSentence));
    QVERIFY(writeUtf8(m_article, m_original));
    QVERIFY2(m_fixture.openArticle(m_article), m_fixture.failure());
}

void TestRevisions::cleanup()
{
    m_fixture.cleanup();
}

int TestRevisions::highlight(const QString &quote, int styleKey)
{
    ArticleView *view = m_fixture.window()->articleView();
    const int start = int(view->text().indexOf(quote));
    if (start < 0)
        return -1;
    view->setFocus();
    view->setSelection(start, start + int(quote.size()));
    QTest::keyClick(view, Qt::Key(Qt::Key_0 + styleKey), Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // from the note editor back to the article
    return start;
}

void TestRevisions::annotateThreePassages()
{
    QVERIFY(highlight(KeptQuote, 1) >= 0);
    QVERIFY(highlight(ReworkedQuote, 2) >= 0);
    QVERIFY(highlight(DeletedQuote, 3) >= 0);
    QCOMPARE(m_fixture.window()->controller()->store()->annotations().size(), 3);
}

// A sentence added at the start (every offset shifts), a word changed inside one quote, a sentence deleted.
QString TestRevisions::reviseArticle() const
{
    QString revised = m_original;
    const int firstBreak = int(revised.indexOf(u'\n'));
    revised.insert(firstBreak + 1, u"\nتحديث: أضيفت هذه الفقرة بعد النشر الأول للمقال.\n"_s);
    revised.replace(ReworkedQuote, ReworkedTo);
    revised.remove(DeletedSentence);
    return revised;
}

void TestRevisions::changedFileMakesAVersionAndSaysWhatHappened()
{
    annotateThreePassages();
    const qint64 firstVersion = m_fixture.window()->controller()->document().id;
    QVERIFY(writeUtf8(m_article, reviseArticle()));

    QVERIFY(m_fixture.window()->openFile(m_article));
    const DocumentRecord &latest = m_fixture.window()->controller()->document();
    QVERIFY(latest.id != firstVersion);
    QCOMPARE(latest.previousVersionId, firstVersion);

    ArticlePane *pane = m_fixture.window()->articlePane();
    QVERIFY(pane->isNoticeVisible());
    QVERIFY2(pane->notice().contains(u"1 annotation kept"_s), qPrintable(pane->notice()));
    QVERIFY2(pane->notice().contains(u"1 moved"_s), qPrintable(pane->notice()));
    QVERIFY2(pane->notice().contains(u"1 orphaned"_s), qPrintable(pane->notice()));

    // The library: every annotation moved to the new version, none lost, each in its state.
    QCOMPARE(m_fixture.scalar(u"SELECT count(*) FROM annotation WHERE document = %1"_s.arg(latest.id)), 3);
    QCOMPARE(m_fixture.scalar(u"SELECT count(*) FROM annotation WHERE document = %1"_s.arg(firstVersion)), 0);
    QCOMPARE(m_fixture.scalar(u"SELECT count(*) FROM annotation WHERE anchor_state = 'orphaned'"_s), 1);
    QCOMPARE(m_fixture.scalar(u"SELECT count(*) FROM annotation WHERE anchor_state = 'relocated'"_s), 1);

    // The view paints the two placed ones where their text now is; the orphan is nowhere.
    ArticleView *view = m_fixture.window()->articleView();
    const int kept = int(view->text().indexOf(KeptQuote));
    QVERIFY(kept > 0);
    QCOMPARE(view->highlightsAt(kept + 2).size(), 1);
    QCOMPARE(view->highlightCount(), 2);

    // "Show Not Anchored" lists the orphan alone, with its quote and a caption saying what to do.
    QPushButton *button = nullptr;
    for (QPushButton *candidate : pane->findChildren<QPushButton *>()) {
        if (candidate->isVisible() && candidate->text().contains(u"Not Anchored"_s))
            button = candidate;
    }
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QAbstractItemModel *list = m_fixture.window()->annotationPanel()->listView()->model();
    QCOMPARE(list->rowCount(), 1);
    const QModelIndex orphan = list->index(0, 0);
    QCOMPARE(orphan.data(AnnotationModel::QuoteRole).toString(), DeletedQuote);
    QVERIFY(orphan.data(AnnotationModel::StatusTextRole).toString().contains(u"Attach Here"_s));
    QCOMPARE(m_fixture.window()->annotationPanel()->currentAnnotation(),
             orphan.data(AnnotationModel::IdRole).toUuid());
}

void TestRevisions::orphanIsAttachedHereAndUndone()
{
    annotateThreePassages();
    QVERIFY(writeUtf8(m_article, reviseArticle()));
    QVERIFY(m_fixture.window()->openFile(m_article));
    m_fixture.window()->annotationPanel()->showNotAnchored();
    const QUuid orphan = m_fixture.window()->annotationPanel()->currentAnnotation();
    QVERIFY(!orphan.isNull());

    // The reader finds where the passage went (here: a nearby sentence) and attaches the orphan to it.
    ArticleView *view = m_fixture.window()->articleView();
    const QString target = u"توماس سانكارا"_s; // no longer in the text: attach to another passage instead
    QVERIFY(!view->text().contains(target));
    const QString passage = u"تعاون رسمي"_s;
    const int start = int(view->text().indexOf(passage));
    QVERIFY(start > 0);
    view->setFocus();
    view->setSelection(start, start + int(passage.size()));
    QAction *attach = windowAction(m_fixture.window(), u"attachHere"_s);
    QVERIFY(attach);
    QVERIFY(attach->isEnabled());
    attach->trigger();

    const Annotation *attached = m_fixture.window()->controller()->store()->find(orphan);
    QVERIFY(attached);
    QCOMPARE(attached->state, AnchorState::Anchored);
    QCOMPARE(attached->start, start);
    QCOMPARE(attached->quote.exact, passage);
    QCOMPARE(view->highlightsAt(start + 1).size(), 1);
    QCOMPARE(m_fixture.scalar(u"SELECT count(*) FROM annotation WHERE anchor_state = 'orphaned'"_s), 0);

    // Undo puts it back among the orphans, in the library too, and takes the highlight away.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_fixture.window()->controller()->store()->find(orphan)->state, AnchorState::Orphaned);
    QCOMPARE(view->highlightsAt(start + 1).size(), 0);
    QCOMPARE(m_fixture.scalar(u"SELECT count(*) FROM annotation WHERE anchor_state = 'orphaned'"_s), 1);
}

void TestRevisions::earlierVersionStaysReadable()
{
    annotateThreePassages();
    const qint64 firstVersion = m_fixture.window()->controller()->document().id;
    QVERIFY(writeUtf8(m_article, reviseArticle()));
    QVERIFY(m_fixture.window()->openFile(m_article));
    const qint64 latest = m_fixture.window()->controller()->document().id;

    // File › Earlier Versions lists the first version; choosing it shows its own text.
    QMenu *versions = m_fixture.window()->versionsMenu();
    QVERIFY(versions);
    QVERIFY(versions->isEnabled());
    QAction *older = nullptr;
    for (QAction *action : versions->actions()) {
        if (action->data().toLongLong() == firstVersion)
            older = action;
    }
    QVERIFY(older);
    older->trigger();
    QCOMPARE(m_fixture.window()->controller()->document().id, firstVersion);
    QCOMPARE(m_fixture.window()->articleView()->text(),
             DocumentStore(m_fixture.library()).find(firstVersion)->text);
    QVERIFY(m_fixture.window()->articleView()->text().contains(DeletedSentence));
    QVERIFY(m_fixture.window()->articlePane()->isNoticeVisible());
    QVERIFY(m_fixture.window()->articlePane()->notice().contains(u"earlier version"_s));

    // The notice leads back to the latest version.
    QPushButton *button = nullptr;
    for (QPushButton *candidate : m_fixture.window()->articlePane()->findChildren<QPushButton *>()) {
        if (candidate->isVisible() && candidate->text().contains(u"Latest"_s))
            button = candidate;
    }
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_fixture.window()->controller()->document().id, latest);
}

void TestRevisions::importAsNewVersionOfTheOpenArticle()
{
    annotateThreePassages();
    const qint64 firstVersion = m_fixture.window()->controller()->document().id;
    // A revised draft that arrived under another name.
    const QString draft = m_fixture.filePath(u"draft-2.txt"_s);
    QVERIFY(writeUtf8(draft, reviseArticle()));

    QVERIFY(m_fixture.window()->importNewVersion(draft));
    const DocumentRecord &latest = m_fixture.window()->controller()->document();
    QCOMPARE(latest.previousVersionId, firstVersion);
    QCOMPARE(latest.sourcePath, QFileInfo(draft).absoluteFilePath());
    QCOMPARE(m_fixture.window()->controller()->store()->annotations().size(), 3);
    QVERIFY(m_fixture.window()->articlePane()->notice().contains(u"1 orphaned"_s));
}

QTEST_MAIN(TestRevisions)
#include "tst_revisions.moc"
