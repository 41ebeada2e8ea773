#include "helpers/libraryfixture.h"

#include "annotation/addtagcommand.h"
#include "annotation/annotationstore.h"
#include "annotation/createannotationcommand.h"
#include "annotation/deleteannotationcommand.h"
#include "annotation/removetagcommand.h"
#include "annotation/setannotationnotecommand.h"
#include "annotation/setannotationstylecommand.h"
#include "library/documentstore.h"
#include "library/tagstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace hashiya;
using namespace Qt::StringLiterals;

namespace {

enum class Edit { Create, Delete, Style, Note, AddTag, RemoveTag };

} // namespace

Q_DECLARE_METATYPE(Edit)

namespace {

QVector<Annotation> reload(Library &library, qint64 documentId)
{
    return AnnotationStore(library, documentId).annotations();
}

// A span of the article found by its text, so the tests read like what a user would select.
Annotation annotationOn(const test::LibraryFixture &fixture, const QString &words, qint64 style)
{
    const int start = int(fixture.m_text.indexOf(words));
    Q_ASSERT(start >= 0);
    return AnnotationStore::makeAnnotation(fixture.m_documentId, fixture.m_text, start,
                                           start + int(words.size()), style);
}

QUndoCommand *commandFor(Edit edit, AnnotationStore *store, const Annotation &existing,
                         const Annotation &fresh)
{
    switch (edit) {
    case Edit::Create:
        return new CreateAnnotationCommand(store, fresh);
    case Edit::Delete:
        return new DeleteAnnotationCommand(store, existing.id);
    case Edit::Style:
        return new SetAnnotationStyleCommand(store, existing.id, 4);
    case Edit::Note:
        return new SetAnnotationNoteCommand(store, existing.id, u"يحتاج إلى **مصدر** ثانٍ"_s);
    case Edit::AddTag:
        return new AddTagCommand(store, existing.id, u"needs source"_s);
    case Edit::RemoveTag:
        return new RemoveTagCommand(store, existing.id, u"verified"_s); // folds to the stored "Verified"
    }
    return nullptr;
}

} // namespace

class TestAnnotationCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void undoRedoRoundTrips_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("text");
        QTest::newRow("create highlight, undo removes it") << Edit::Create << u"Highlight “سبوتنيك”"_s;
        QTest::newRow("delete restores note, tags and uuid") << Edit::Delete << u"Delete highlight"_s;
        QTest::newRow("style change and back") << Edit::Style << u"Change highlight style"_s;
        QTest::newRow("note edit and back") << Edit::Note << u"Edit note"_s;
        QTest::newRow("add tag and back") << Edit::AddTag << u"Add tag “needs source”"_s;
        QTest::newRow("remove tag puts it back in place") << Edit::RemoveTag << u"Remove tag “verified”"_s;
    }

    void undoRedoRoundTrips()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, text);
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        Library &library = *fixture.m_library;
        AnnotationStore store(library, fixture.m_documentId);
        QVERIFY(store.isLoaded());
        QSignalSpy errors(&store, &AnnotationStore::errorOccurred);

        Annotation existing = annotationOn(fixture, u"أوليفيا روامبا"_s, 1);
        existing.note = u"وزيرة الخارجية"_s;
        existing.tags = {u"Verified"_s, u"مُؤَكَّد"_s, u"person"_s};
        QVERIFY2(store.add(existing), qPrintable(store.lastError()));
        QVERIFY(store.add(annotationOn(fixture, u"توماس سانكارا"_s, 3)));
        const Annotation fresh = annotationOn(fixture, u"سبوتنيك"_s, 2);

        const QVector<Annotation> before = store.annotations();
        QCOMPARE(reload(library, fixture.m_documentId), before);

        QUndoStack stack;
        stack.push(commandFor(edit, &store, existing, fresh));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), text);
        QCOMPARE(errors.count(), 0);
        const QVector<Annotation> after = store.annotations();
        QVERIFY(after != before);
        QCOMPARE(reload(library, fixture.m_documentId), after);

        // What the edit did, as the user sees it.
        const Annotation *edited = store.find(edit == Edit::Create ? fresh.id : existing.id);
        switch (edit) {
        case Edit::Create:
            QVERIFY(edited);
            QCOMPARE(after.size(), before.size() + 1);
            break;
        case Edit::Delete:
            QVERIFY(!edited);
            QCOMPARE(after.size(), before.size() - 1);
            break;
        case Edit::Style:
            QCOMPARE(edited->styleId, 4);
            break;
        case Edit::Note:
            QCOMPARE(edited->note, u"يحتاج إلى **مصدر** ثانٍ"_s);
            break;
        case Edit::AddTag:
            QCOMPARE(edited->tags, (QStringList{u"Verified"_s, u"مُؤَكَّد"_s, u"person"_s, u"needs source"_s}));
            break;
        case Edit::RemoveTag:
            QCOMPARE(edited->tags, (QStringList{u"مُؤَكَّد"_s, u"person"_s}));
            break;
        }

        stack.undo();
        QCOMPARE(store.annotations(), before);
        QCOMPARE(reload(library, fixture.m_documentId), before);
        if (edit == Edit::Delete) {
            const Annotation *restored = store.find(existing.id);
            QVERIFY(restored);
            QCOMPARE(restored->note, existing.note);
            QCOMPARE(restored->tags, existing.tags);
            QCOMPARE(restored->created, existing.created);
        }

        stack.redo();
        QCOMPARE(store.annotations(), after);
        QCOMPARE(reload(library, fixture.m_documentId), after);
        stack.undo();
        QCOMPARE(reload(library, fixture.m_documentId), before);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(errors.count(), 0);
    }

    void failingEditLeavesNothingOnTheStack_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("failure");
        const QList<std::pair<Edit, const char *>> edits = {
            {Edit::Create, "create"}, {Edit::Delete, "delete"},  {Edit::Style, "style"},
            {Edit::Note, "note"},     {Edit::AddTag, "add tag"}, {Edit::RemoveTag, "remove tag"}};
        for (const auto &[edit, name] : edits) {
            QTest::addRow("%s refused by a read-only library", name) << edit << u"read-only"_s;
            QTest::addRow("%s refused after the document was deleted", name) << edit << u"deleted"_s;
        }
        QTest::newRow("style refused when the style does not exist") << Edit::Style << u"no style"_s;
    }

    void failingEditLeavesNothingOnTheStack()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, failure);
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        Library &library = *fixture.m_library;
        AnnotationStore store(library, fixture.m_documentId);
        Annotation existing = annotationOn(fixture, u"سانكارا"_s, 1);
        existing.tags = {u"Verified"_s};
        QVERIFY(store.add(existing));
        const QVector<Annotation> before = store.annotations();

        if (failure == u"read-only") {
            QSqlQuery q(library.database());
            QVERIFY(q.exec(u"PRAGMA query_only = ON"_s));
        } else if (failure == u"deleted") {
            DocumentStore documents(library);
            QVERIFY(documents.remove(fixture.m_documentId));
        }

        QSignalSpy errors(&store, &AnnotationStore::errorOccurred);
        QUndoStack stack;
        QUndoCommand *command =
            failure == u"no style" ? new SetAnnotationStyleCommand(&store, existing.id, 77)
                                   : commandFor(edit, &store, existing, annotationOn(fixture, u"روسيا"_s, 2));
        stack.push(command);
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());
        QCOMPARE(errors.count(), 1);
        QVERIFY(!store.lastError().isEmpty());
        QCOMPARE(errors.first().first().toString(), store.lastError());
        QCOMPARE(store.annotations(), before);
        if (failure != u"deleted")
            QCOMPARE(reload(library, fixture.m_documentId), before);
    }

    void notesAreNotMerged()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        AnnotationStore store(*fixture.m_library, fixture.m_documentId);
        const Annotation a = annotationOn(fixture, u"بوركينا فاسو"_s, 1);
        QUndoStack stack;
        stack.push(new CreateAnnotationCommand(&store, a));
        stack.push(new SetAnnotationNoteCommand(&store, a.id, u"أول"_s));
        stack.push(new SetAnnotationNoteCommand(&store, a.id, u"أول وثانٍ"_s));
        QCOMPARE(stack.count(), 3);
        stack.undo();
        QCOMPARE(store.find(a.id)->note, u"أول"_s);
        QCOMPARE(reload(*fixture.m_library, fixture.m_documentId).first().note, u"أول"_s);
        stack.undo();
        QCOMPARE(store.find(a.id)->note, QString());
        stack.undo();
        QVERIFY(store.annotations().isEmpty());
        QVERIFY(reload(*fixture.m_library, fixture.m_documentId).isEmpty());
    }

    void tagsCompareFolded_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("Latin case folded") << u"Verified"_s << u"verified"_s;
        QTest::newRow("Arabic with and without harakat") << u"مُتَنازَع"_s << u"متنازع"_s;
        QTest::newRow("extra white space") << u"needs source"_s << u" needs  source"_s;
    }

    void tagsCompareFolded()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        Library &library = *fixture.m_library;
        AnnotationStore store(library, fixture.m_documentId);
        const Annotation a = annotationOn(fixture, u"سبوتنيك"_s, 1);
        const Annotation b = annotationOn(fixture, u"الاتحاد الأفريقي"_s, 1);
        QVERIFY(store.add(a));
        QVERIFY(store.add(b));

        QUndoStack stack;
        stack.push(new AddTagCommand(&store, a.id, first));
        QCOMPARE(stack.count(), 1);
        // The same tag again, spelled otherwise: nothing changes and no empty undo step appears.
        QSignalSpy changed(&store, &AnnotationStore::annotationChanged);
        stack.push(new AddTagCommand(&store, a.id, second));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(changed.count(), 0);
        QVERIFY(store.addTag(a.id, second));
        QCOMPARE(store.find(a.id)->tags.size(), 1);

        // On another annotation the existing tag is reused, under its first spelling.
        stack.push(new AddTagCommand(&store, b.id, second));
        QCOMPARE(store.find(b.id)->tags, QStringList{first.simplified()});
        QCOMPARE(TagStore(library).names(), QStringList{first.simplified()});
        QCOMPARE(reload(library, fixture.m_documentId), store.annotations());

        // And it is removed by either spelling.
        stack.push(new RemoveTagCommand(&store, a.id, second));
        QVERIFY(store.find(a.id)->tags.isEmpty());
        stack.undo();
        QCOMPARE(store.find(a.id)->tags, QStringList{first.simplified()});
    }

    void quoteKeepsContextWithoutSplittingSurrogates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("suffix");
        const QString a32 = QString(32, u'ا');
        const QString b32 = QString(32, u'ب');
        QTest::newRow("32 units either side")
            << (u"xx"_s + a32 + u"كلمة"_s + b32 + u"yy"_s) << 34 << 38 << a32 << u"كلمة"_s << b32;
        QTest::newRow("at the start of the text")
            << u"كلمة ثم"_s << 0 << 4 << QString() << u"كلمة"_s << u" ثم"_s;
        const QString emoji = u"\U0001F600"_s;
        const QString before = emoji + QString(31, u'ا'); // 33 units: the 32nd back is a low surrogate
        QTest::newRow("prefix does not start inside a surrogate pair")
            << (before + u"ن"_s) << 33 << 34 << QString(31, u'ا') << u"ن"_s << QString();
        const QString after = QString(31, u'ب') + emoji; // the 32nd unit forward is a high surrogate
        QTest::newRow("suffix does not end inside a surrogate pair")
            << (u"ن"_s + after) << 0 << 1 << QString() << u"ن"_s << QString(31, u'ب');
    }

    void quoteKeepsContextWithoutSplittingSurrogates()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        const TextQuote quote = AnnotationStore::quoteFor(text, start, end);
        QTEST(quote.prefix, "prefix");
        QTEST(quote.exact, "exact");
        QTEST(quote.suffix, "suffix");
    }

    void storeKeepsReadingOrderAndSignals()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        AnnotationStore store(*fixture.m_library, fixture.m_documentId);
        QSignalSpy aboutToAdd(&store, &AnnotationStore::annotationAboutToBeAdded);
        QSignalSpy added(&store, &AnnotationStore::annotationAdded);
        QSignalSpy removed(&store, &AnnotationStore::annotationRemoved);
        const Annotation late = annotationOn(fixture, u"توماس سانكارا"_s, 1);
        const Annotation early = annotationOn(fixture, u"بوركينا فاسو"_s, 2);
        QVERIFY(store.add(late));
        QVERIFY(store.add(early));
        QCOMPARE(aboutToAdd.at(1).first().toInt(), 0); // inserted before the later passage
        QCOMPARE(added.count(), 2);
        QCOMPARE(store.indexOf(early.id), 0);
        QCOMPARE(store.indexOf(late.id), 1);
        QVERIFY(!store.add(early)); // the same uuid twice is refused
        QVERIFY(store.remove(late.id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().value<Annotation>().id, late.id);
        QCOMPARE(store.indexOf(late.id), -1);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationCommands)
#include "tst_annotationcommands.moc"
