// StyleRepository: the highlight styles as the preferences dialog edits them, on a real library file.
#include "helpers/annotatedlibrary.h"
#include "helpers/libraryfixture.h"

#include "library/stylerepository.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace hashiya;
using namespace Qt::StringLiterals;

namespace {

QStringList names(const QVector<HighlightStyle> &styles)
{
    QStringList result;
    for (const HighlightStyle &style : styles)
        result.append(style.name);
    return result;
}

QVector<int> shortcuts(const QVector<HighlightStyle> &styles)
{
    QVector<int> result;
    for (const HighlightStyle &style : styles)
        result.append(style.shortcut);
    return result;
}

QVector<qint64> ids(const QVector<HighlightStyle> &styles)
{
    QVector<qint64> result;
    for (const HighlightStyle &style : styles)
        result.append(style.id);
    return result;
}

qint64 styleOfAnnotation(Library &library, const QUuid &id)
{
    QSqlQuery q(library.database());
    q.prepare(u"SELECT style FROM annotation WHERE uuid = ?"_s);
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

int annotationTotal(Library &library)
{
    QSqlQuery q(library.database());
    return q.exec(u"SELECT count(*) FROM annotation"_s) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestStyleRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void renameAndRecolourAreKept()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        StyleRepository repository(*fixture.m_library);
        QVERIFY2(repository.rename(3, u"  مصطلح  "_s), qPrintable(repository.lastError()));
        QVERIFY2(repository.setColor(3, QColor(0x12, 0x34, 0x56)), qPrintable(repository.lastError()));
        const QVector<HighlightStyle> styles = repository.list();
        QCOMPARE(styles.at(2).id, 3);
        QCOMPARE(styles.at(2).name, u"مصطلح"_s); // trimmed
        QCOMPARE(styles.at(2).color, QColor(0x12, 0x34, 0x56));
        QCOMPARE(styles.at(2).shortcut, 3);
    }

    void badEditsAreRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty name refused") << u"   "_s << u"needs a name"_s;
        QTest::newRow("name of another style refused, case folded")
            << u"important"_s << u"Two highlight styles"_s;
    }

    void badEditsAreRefusedWithAMessage()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        StyleRepository repository(*fixture.m_library);
        const QVector<HighlightStyle> before = repository.list();
        QVERIFY(!repository.rename(1, name));
        QVERIFY2(repository.lastError().contains(expected), qPrintable(repository.lastError()));
        QCOMPARE(repository.list(), before);
    }

    void reorderMakesShortcutsFollow()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        StyleRepository repository(*fixture.m_library);
        QVERIFY2(repository.reorder({2, 1, 5, 3, 4}), qPrintable(repository.lastError()));
        const QVector<HighlightStyle> styles = repository.list();
        QCOMPARE(ids(styles), (QVector<qint64>{2, 1, 5, 3, 4}));
        QCOMPARE(shortcuts(styles), (QVector<int>{1, 2, 3, 4, 5}));
        QCOMPARE(styles.constFirst().name, u"Important"_s); // Ctrl+1 now applies the style that was second

        QVERIFY(!repository.reorder({2, 1, 5}));
        QVERIFY(repository.lastError().contains(u"every highlight style"_s));
        QVERIFY(!repository.reorder({2, 2, 1, 5, 3, 4}));
        QCOMPARE(ids(repository.list()), (QVector<qint64>{2, 1, 5, 3, 4}));
    }

    void addedStylesComeLastAndOnlyNineHaveShortcuts()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        StyleRepository repository(*fixture.m_library);
        for (int i = 6; i <= 10; ++i) {
            const HighlightStyle added =
                repository.add(u"Style %1"_s.arg(i), QColor::fromHsl(i * 30, 200, 190));
            QVERIFY2(added.id != 0, qPrintable(repository.lastError()));
            QCOMPARE(added.name, u"Style %1"_s.arg(i));
            QCOMPARE(added.shortcut, i <= 9 ? i : 0);
        }
        QCOMPARE(shortcuts(repository.list()), (QVector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 0}));
    }

    void removingMovesAnnotationsNeverDeletesThem_data()
    {
        QTest::addColumn<qint64>("removed");
        QTest::addColumn<qint64>("replacement");
        QTest::newRow("annotations of a middle style move to the chosen one") << qint64(3) << qint64(1);
        QTest::newRow("annotations of the first style move to the chosen one") << qint64(1) << qint64(4);
    }

    void removingMovesAnnotationsNeverDeletesThem()
    {
        QFETCH(qint64, removed);
        QFETCH(qint64, replacement);
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        Library &library = *fixture.m_library;
        const DocumentRecord document = *DocumentStore(library).find(fixture.m_documentId);
        const Annotation a = test::annotatePhrase(library, document, u"سانكارا"_s, removed);
        const Annotation b = test::annotatePhrase(library, document, u"روسيا"_s, removed);
        const Annotation c = test::annotatePhrase(library, document, u"بوركينا"_s, 2);
        StyleRepository repository(library);
        QCOMPARE(repository.annotationCounts().value(removed), 2);

        QVERIFY2(repository.remove(removed, replacement), qPrintable(repository.lastError()));
        QCOMPARE(annotationTotal(library), 3);
        QCOMPARE(styleOfAnnotation(library, a.id), replacement);
        QCOMPARE(styleOfAnnotation(library, b.id), replacement);
        QCOMPARE(styleOfAnnotation(library, c.id), 2);
        const QVector<HighlightStyle> styles = repository.list();
        QCOMPARE(styles.size(), 4);
        QVERIFY(!ids(styles).contains(removed));
        QCOMPARE(shortcuts(styles), (QVector<int>{1, 2, 3, 4}));
        QVERIFY(!repository.remove(replacement, replacement));
    }

    void savingAnEditedListMovesRemovedStylesAnnotationsToTheFirst()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        Library &library = *fixture.m_library;
        const DocumentRecord document = *DocumentStore(library).find(fixture.m_documentId);
        const Annotation a = test::annotatePhrase(library, document, u"سانكارا"_s, 5);
        StyleRepository repository(library);
        QVector<HighlightStyle> styles = repository.list();
        styles.removeLast();             // "Disputed" goes
        std::swap(styles[0], styles[3]); // "Question" first
        HighlightStyle added;
        added.name = u"ادعاء"_s;
        added.color = QColor(0xff, 0xcc, 0x80);
        styles.insert(1, added);
        QVERIFY2(repository.save(styles), qPrintable(repository.lastError()));
        const QVector<HighlightStyle> saved = repository.list();
        QCOMPARE(names(saved),
                 (QStringList{u"Question"_s, u"ادعاء"_s, u"Important"_s, u"Term"_s, u"Highlight"_s}));
        QCOMPARE(shortcuts(saved), (QVector<int>{1, 2, 3, 4, 5}));
        QCOMPARE(styleOfAnnotation(library, a.id), 4); // to the first style, "Question"
    }

    void aFailedSaveChangesNothing()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        StyleRepository repository(*fixture.m_library);
        const QVector<HighlightStyle> before = repository.list();
        QVector<HighlightStyle> styles = before;
        styles[0].name = u"Renamed"_s;
        HighlightStyle added;
        added.name = u"New"_s;
        added.color = Qt::cyan;
        styles.insert(1, added);
        HighlightStyle ghost = styles.constLast();
        ghost.id = 999; // deleted by someone else meanwhile: the last write fails
        ghost.name = u"Ghost"_s;
        styles.append(ghost);
        QVERIFY(!repository.save(styles));
        QVERIFY2(repository.lastError().contains(u"no longer exists"_s), qPrintable(repository.lastError()));
        QCOMPARE(repository.list(), before); // neither the rename nor the insert stayed
    }

    void readOnlyLibraryRefusesWithAMessage()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        StyleRepository repository(*fixture.m_library);
        const QVector<HighlightStyle> before = repository.list();
        QSqlQuery q(fixture.m_library->database());
        QVERIFY(q.exec(u"PRAGMA query_only = ON"_s)); // as a file we may not write behaves
        QVERIFY(!repository.rename(1, u"Claim"_s));
        QVERIFY2(repository.lastError().contains(u"read-only"_s), qPrintable(repository.lastError()));
        QVERIFY(q.exec(u"PRAGMA query_only = OFF"_s));
        QCOMPARE(repository.list(), before);
    }
};

QTEST_GUILESS_MAIN(TestStyleRepository)
#include "tst_stylerepository.moc"
