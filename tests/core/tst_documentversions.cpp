#include "annotation/annotationstore.h"
#include "annotation/reattachannotationcommand.h"
#include "article/articleloader.h"
#include "library/annotationrepository.h"
#include "library/documentimporter.h"
#include "library/documentstore.h"
#include "library/documentversioner.h"
#include "library/library.h"
#include "library/searchindex.h"
#include "library/transaction.h"
#include "text/textboundaries.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

QString corpus(const QString &name)
{
    QFile file(QStringLiteral(HASHIYA_CORPUS) % u'/' % name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) > 0;
}

const QString attache = u"ملحق دفاعي روسي مقيم في أكرا"_s;
const QString attacks = u"هجماتٍ مُتزايدة لجماعاتٍ مسلّحة"_s;
const QString benefit = u"بالاستفادة من الخبر العسكرية الروسية"_s;
const QString note = u"من هو هذا الملحق؟ يحتاج مصدراً ثانياً"_s;

/** A library in a temporary folder with the news article imported from a file and three annotations. */
struct Scenario {
    QTemporaryDir dir;
    std::unique_ptr<Library> library;
    QString path;
    QString raw; // the file's text
    QString v1;  // the text as stored
    qint64 v1Id = 0;
    QUuid attacheId, attacksId, benefitId;

    bool setUp()
    {
        QString error;
        library = Library::open(dir.filePath(u"library.sqlite"_s), &error);
        path = dir.filePath(u"article.txt"_s);
        raw = corpus(u"burkina-faso-russia.ar.txt"_s);
        if (!library || raw.isEmpty() || !writeFile(path, raw))
            return false;
        const LoadResult loaded = ArticleLoader::loadFile(path);
        const auto imported = DocumentImporter::import(*library, loaded.article);
        if (!imported.error.isEmpty() || !imported.created || imported.revision)
            return false;
        v1Id = imported.record.id;
        v1 = imported.record.text;
        AnnotationStore store(*library, v1Id);
        const auto annotate = [&](const QString &quote) {
            const int at = int(v1.indexOf(quote));
            const Annotation a = AnnotationStore::makeAnnotation(v1Id, v1, at, at + int(quote.size()), 2);
            return at >= 0 && store.add(a) ? a.id : QUuid();
        };
        attacheId = annotate(attache);
        attacksId = annotate(attacks);
        benefitId = annotate(benefit);
        return !attacheId.isNull() && !attacksId.isNull() && !benefitId.isNull()
               && store.setNote(attacheId, note) && store.addTag(attacheId, u"needs source"_s)
               && store.addTag(benefitId, u"verified"_s);
    }

    DocumentImporter::Result reimport(const QString &text)
    {
        if (!writeFile(path, text))
            return {};
        return DocumentImporter::import(*library, ArticleLoader::loadFile(path).article);
    }
};

QString changed(QString text, const QString &before, const QString &after)
{
    if (!text.contains(before))
        qFatal("test data: the text to change is not there");
    return text.replace(before, after);
}

} // namespace

class TestDocumentVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void changedFileBecomesNewVersion_data();
    void changedFileBecomesNewVersion();
    void sameTextStaysSameDocument();
    void explicitNewVersionContinuesTheChain();
    void revertedFileFollowsTheAnnotations();
    void orphanReattachedAndUndone();
    void bookRevisionTiming();
};

void TestDocumentVersions::changedFileBecomesNewVersion_data()
{
    const QString v1 = corpus(u"burkina-faso-russia.ar.txt"_s);
    QTest::addColumn<QString>("v2");
    QTest::addColumn<int>("kept");
    QTest::addColumn<int>("moved");
    QTest::addColumn<int>("orphaned");
    QTest::addColumn<QString>("attacheExact");

    QTest::newRow("sentence inserted at the top: all kept")
        << QString(u"تحديث: أضيفت هذه الجملة بعد النشر.\n"_s + v1) << 3 << 0 << 0 << attache;
    QTest::newRow("a word changed in one quote: that one moved")
        << changed(v1, u"مقيم في أكرا"_s, u"دائم في أكرا"_s) << 2 << 1 << 0
        << u"ملحق دفاعي روسي دائم في أكرا"_s;
    const QString firstSentence =
        v1.mid(v1.indexOf(u"أكدت وزيرة"_s), v1.indexOf(u"وأعلنت روامبا"_s) - v1.indexOf(u"أكدت وزيرة"_s));
    QTest::newRow("the sentence of one quote deleted: that one orphaned")
        << changed(v1, firstSentence, QString()) << 2 << 0 << 1 << attache;
}

void TestDocumentVersions::changedFileBecomesNewVersion()
{
    QFETCH(QString, v2);
    QFETCH(int, kept);
    QFETCH(int, moved);
    QFETCH(int, orphaned);
    QFETCH(QString, attacheExact);

    Scenario s;
    QVERIFY(s.setUp());
    const auto imported = s.reimport(v2);
    QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    QVERIFY(imported.created);
    QVERIFY(imported.revision.has_value());
    const ReanchorReport &report = *imported.revision;
    QVERIFY(report.ok());
    QCOMPARE(report.previousDocumentId, s.v1Id);
    QCOMPARE(report.newDocumentId, imported.record.id);
    QCOMPARE(imported.record.previousVersionId, s.v1Id);
    QCOMPARE(report.kept, kept);
    QCOMPARE(report.moved, moved);
    QCOMPARE(report.orphaned, orphaned);
    QCOMPARE(report.orphans.size(), orphaned);

    // The annotations moved under their own ids, notes and tags with them.
    AnnotationStore oldStore(*s.library, s.v1Id);
    QVERIFY(oldStore.annotations().isEmpty());
    AnnotationStore store(*s.library, report.newDocumentId);
    QCOMPARE(store.annotations().size(), 3);
    const Annotation *a = store.find(s.attacheId);
    QVERIFY(a);
    QCOMPARE(a->note, note);
    QCOMPARE(a->tags, QStringList{u"needs source"_s});
    QCOMPARE(a->quote.exact, attacheExact);
    QCOMPARE(imported.record.text.mid(a->start, a->length()), attacheExact);
    QCOMPARE(store.find(s.benefitId)->tags, QStringList{u"verified"_s});
    for (const QUuid &id : report.orphans) {
        const Annotation *orphan = store.find(id);
        QVERIFY(orphan);
        QCOMPARE(orphan->state, AnchorState::Orphaned);
        QCOMPARE(orphan->start, 0);
        QCOMPARE(orphan->end, 0);
        QCOMPARE(orphan->quote.exact, benefit); // its old quote, the trace of what it marked
    }

    // Search finds the note under the document that holds it now.
    SearchIndex index(*s.library);
    const auto hits = index.search(u"مصدرا"_s);
    const auto noteHit = std::find_if(hits.cbegin(), hits.cend(),
                                      [](const SearchHit &h) { return h.kind == SearchHit::Kind::Note; });
    QVERIFY(noteHit != hits.cend());
    QCOMPARE(noteHit->documentId, report.newDocumentId);
    QCOMPARE(noteHit->annotationId, s.attacheId);

    // The earlier version stays readable; the list shows the latest only; the chain is newest first.
    DocumentStore documents(*s.library);
    QCOMPARE(documents.find(s.v1Id)->text, s.v1);
    const auto list = documents.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().id, report.newDocumentId);
    QCOMPARE(list.first().annotationCount, 3);
    const auto chain = DocumentVersioner::versions(*s.library, s.v1Id);
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain.at(0).id, report.newDocumentId);
    QCOMPARE(chain.at(1).id, s.v1Id);
    QCOMPARE(DocumentVersioner::latestVersionWithPath(*s.library, s.path), report.newDocumentId);
}

void TestDocumentVersions::sameTextStaysSameDocument()
{
    Scenario s;
    QVERIFY(s.setUp());
    const auto imported = s.reimport(s.raw);
    QVERIFY(imported.error.isEmpty());
    QVERIFY(!imported.created);
    QVERIFY(!imported.revision.has_value());
    QCOMPARE(imported.record.id, s.v1Id);
    QCOMPARE(DocumentVersioner::versions(*s.library, s.v1Id).size(), 1);
}

void TestDocumentVersions::explicitNewVersionContinuesTheChain()
{
    Scenario s;
    QVERIFY(s.setUp());
    // A revision from another path, made explicitly ("Import as new version of…").
    const QString otherPath = s.dir.filePath(u"revised.txt"_s);
    QVERIFY(writeFile(otherPath, changed(s.raw, u"مقيم في أكرا"_s, u"دائم في أكرا"_s)));
    DocumentRecord v2;
    const ReanchorReport first = DocumentVersioner::importNewVersion(
        *s.library, s.v1Id, ArticleLoader::loadFile(otherPath).article, &v2);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(v2.previousVersionId, s.v1Id);
    QCOMPARE(first.kept + first.moved + first.orphaned, 3);

    // Naming the first version again continues from the latest, where the annotations are.
    QVERIFY(writeFile(otherPath, u"مقدمة جديدة.\n"_s + changed(s.raw, u"مقيم في أكرا"_s, u"دائم في أكرا"_s)));
    DocumentRecord v3;
    const ReanchorReport second = DocumentVersioner::importNewVersion(
        *s.library, s.v1Id, ArticleLoader::loadFile(otherPath).article, &v3);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.previousDocumentId, v2.id);
    QCOMPARE(v3.previousVersionId, v2.id);
    QCOMPARE(second.kept, 3);
    const auto chain = DocumentVersioner::versions(*s.library, v2.id);
    QCOMPARE(chain.size(), 3);
    QCOMPARE(chain.at(0).id, v3.id);
    QVERIFY(chain.at(0).text.isEmpty()); // texts are read on demand
}

void TestDocumentVersions::revertedFileFollowsTheAnnotations()
{
    Scenario s;
    QVERIFY(s.setUp());
    const auto revised = s.reimport(changed(s.raw, u"مقيم في أكرا"_s, u"دائم في أكرا"_s));
    QVERIFY(revised.revision.has_value());
    // Back to the first text: it becomes the chain's third version instead of reopening the first without
    // its annotations.
    const auto reverted = s.reimport(s.raw);
    QVERIFY2(reverted.error.isEmpty(), qPrintable(reverted.error));
    QVERIFY(reverted.revision.has_value());
    QCOMPARE(reverted.revision->previousDocumentId, revised.record.id);
    QCOMPARE(reverted.revision->kept + reverted.revision->moved, 3);
    AnnotationStore store(*s.library, reverted.record.id);
    QCOMPARE(store.find(s.attacheId)->quote.exact, attache);
}

void TestDocumentVersions::orphanReattachedAndUndone()
{
    Scenario s;
    QVERIFY(s.setUp());
    const QString firstSentence = s.raw.mid(
        s.raw.indexOf(u"أكدت وزيرة"_s), s.raw.indexOf(u"وأعلنت روامبا"_s) - s.raw.indexOf(u"أكدت وزيرة"_s));
    const QString v2 = changed(s.raw, firstSentence, u"أشارت الوزيرة إلى الاستفادة من الخبرة العسكرية. "_s);
    const auto imported = s.reimport(v2);
    QVERIFY(imported.revision.has_value());
    QCOMPARE(imported.revision->orphans, QVector<QUuid>{s.benefitId});

    AnnotationStore store(*s.library, imported.record.id);
    QUndoStack stack;
    const QString target = u"الاستفادة من الخبرة العسكرية"_s;
    const int start = int(imported.record.text.indexOf(target));
    stack.push(new ReattachAnnotationCommand(&store, s.benefitId, start, start + int(target.size())));
    QCOMPARE(stack.count(), 1);
    const Annotation *a = store.find(s.benefitId);
    QCOMPARE(a->state, AnchorState::Anchored);
    QCOMPARE(a->start, start);
    QCOMPARE(a->quote.exact, target);
    QCOMPARE(a->tags, QStringList{u"verified"_s});
    {
        AnnotationStore reloaded(*s.library, imported.record.id); // committed, not just in memory
        QCOMPARE(reloaded.find(s.benefitId)->quote.exact, target);
        QCOMPARE(reloaded.find(s.benefitId)->state, AnchorState::Anchored);
    }

    stack.undo();
    a = store.find(s.benefitId);
    QCOMPARE(a->state, AnchorState::Orphaned);
    QCOMPARE(a->start, 0);
    QCOMPARE(a->end, 0);
    QCOMPARE(a->quote.exact, benefit);
    AnnotationStore reloaded(*s.library, imported.record.id);
    QCOMPARE(reloaded.find(s.benefitId)->state, AnchorState::Orphaned);

    stack.redo();
    QCOMPARE(store.find(s.benefitId)->quote.exact, target);
}

void TestDocumentVersions::bookRevisionTiming()
{
    // Not an assertion on time (DESIGN.md: figures come from benchmarks): prints what a revision of the
    // book with 10,000 annotations costs, and checks they all survived a small edit.
    QTemporaryDir dir;
    QString error;
    auto library = Library::open(dir.filePath(u"library.sqlite"_s), &error);
    QVERIFY2(library, qPrintable(error));
    const QString news = corpus(u"burkina-faso-russia.ar.txt"_s);
    QString book;
    for (int copy = 0; book.size() < 2'300'000; ++copy)
        book += QString::number(copy) % u' ' % news % u'\n';
    DocumentRecord record;
    record.title = u"book"_s;
    record.text = book;
    DocumentStore documents(*library);
    QElapsedTimer insertTimer;
    insertTimer.start();
    QVERIFY(documents.insert(record));
    qInfo("importing the book's first version (store and index its text): %lld ms", insertTimer.elapsed());
    {
        Transaction transaction(*library);
        AnnotationRepository repository(*library);
        QRandomGenerator random(7);
        for (int i = 0; i < 10'000; ++i) {
            const int start =
                TextBoundaries::snapToGrapheme(book, int(random.bounded(book.size() - 100)), false);
            const int end = TextBoundaries::snapToGrapheme(book, start + 40, true);
            Annotation a = AnnotationStore::makeAnnotation(record.id, book, start, end, 1);
            QVERIFY(repository.insert(a));
        }
        QVERIFY(transaction.commit());
    }
    Article revised;
    revised.text = u"مقدمة الطبعة الثانية.\n"_s + book;
    revised.title = record.title;
    revised.mediaType = u"text/plain"_s;
    QElapsedTimer timer;
    timer.start();
    const ReanchorReport report = DocumentVersioner::importNewVersion(*library, record.id, revised, nullptr);
    qInfo("new version of a %lld-unit book with 10,000 annotations: %lld ms (%d kept, %d moved, %d orphaned)",
          qint64(book.size()), timer.elapsed(), report.kept, report.moved, report.orphaned);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.kept, 10'000);
}

QTEST_GUILESS_MAIN(TestDocumentVersions)
#include "tst_documentversions.moc"
