#include "helpers/libraryfixture.h"

#include "annotation/annotationfiltermodel.h"
#include "annotation/annotationmodel.h"
#include "annotation/annotationstore.h"
#include "annotation/createannotationcommand.h"
#include "annotation/deleteannotationcommand.h"
#include "library/annotationrepository.h"
#include "library/documentstore.h"
#include "library/stylestore.h"
#include "library/transaction.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace hashiya;
using namespace Qt::StringLiterals;

namespace {

Annotation annotationOn(const test::LibraryFixture &fixture, const QString &words, qint64 style)
{
    const int start = int(fixture.m_text.indexOf(words));
    Q_ASSERT(start >= 0);
    return AnnotationStore::makeAnnotation(fixture.m_documentId, fixture.m_text, start,
                                           start + int(words.size()), style);
}

QStringList quotes(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data().toString());
    return result;
}

} // namespace

class TestAnnotationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelFollowsTheStore()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        AnnotationStore store(*fixture.m_library, fixture.m_documentId);
        AnnotationModel model;
        AnnotationFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStyles(StyleStore(*fixture.m_library).all());
        model.setStore(&store);
        QCOMPARE(model.rowCount(), 0);

        QUndoStack stack;
        const Annotation sankara = annotationOn(fixture, u"توماس سانكارا"_s, 2);
        Annotation sputnik = annotationOn(fixture, u"سبوتنيك"_s, 1);
        sputnik.note = u"Russian state agency"_s;
        sputnik.tags = {u"source"_s};
        stack.push(new CreateAnnotationCommand(&store, sankara));
        stack.push(new CreateAnnotationCommand(&store, sputnik));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(quotes(model), (QStringList{u"سبوتنيك"_s, u"توماس سانكارا"_s})); // reading order

        const QModelIndex first = model.index(0);
        QCOMPARE(model.idAt(first), sputnik.id);
        QCOMPARE(model.indexOf(sankara.id).row(), 1);
        QCOMPARE(first.data(AnnotationModel::QuoteRole).toString(), u"سبوتنيك"_s);
        QCOMPARE(first.data(Qt::ToolTipRole).toString(), u"Russian state agency"_s);
        QCOMPARE(first.data(AnnotationModel::TagsRole).toStringList(), QStringList{u"source"_s});
        QCOMPARE(first.data(AnnotationModel::StyleNameRole).toString(), u"Highlight"_s);
        QCOMPARE(first.data(AnnotationModel::ColorRole).value<QColor>(), QColor(u"#fff176"_s));
        QCOMPARE(first.data(AnnotationModel::QuoteDirectionRole).value<Qt::LayoutDirection>(),
                 Qt::RightToLeft);
        QCOMPARE(first.data(AnnotationModel::StartRole).toInt(), sputnik.start);
        QCOMPARE(first.data(AnnotationModel::EndRole).toInt(), sputnik.end);
        QCOMPARE(first.data(AnnotationModel::AnchorStateRole).toInt(), int(AnchorState::Anchored));
        QVERIFY(first.data(AnnotationModel::CreatedRole).toDateTime().isValid());
        QVERIFY(model.roleNames().values().contains("quote"));

        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(store.setStyle(sputnik.id, 4));
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(dataChanged.first().first().toModelIndex().row(), 0);
        QCOMPARE(first.data(AnnotationModel::StyleNameRole).toString(), u"Question"_s);
        QVERIFY(store.addTag(sputnik.id, u"verified"_s));
        QVERIFY(store.setNote(sputnik.id, u"وكالة روسية"_s));
        QCOMPARE(first.data(Qt::ToolTipRole).toString(), u"وكالة روسية"_s);

        stack.push(new DeleteAnnotationCommand(&store, sankara.id));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(filter.rowCount(), 1);
        stack.undo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(filter.rowCount(), 2);

        // An English quote reads left to right.
        const QString text = fixture.m_text;
        QVERIFY(
            store.add(AnnotationStore::makeAnnotation(fixture.m_documentId, u"Sputnik "_s + text, 0, 7, 1)));
        QCOMPARE(model.index(0).data(AnnotationModel::QuoteDirectionRole).value<Qt::LayoutDirection>(),
                 Qt::LeftToRight);

        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(filter.rowCount(), 0);
    }

    void modelEmptiesWhenTheStoreGoes()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        AnnotationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto store = std::make_unique<AnnotationStore>(*fixture.m_library, fixture.m_documentId);
        QVERIFY(store->add(annotationOn(fixture, u"روسيا"_s, 1)));
        model.setStore(store.get());
        QCOMPARE(model.rowCount(), 1);
        store.reset();
        QCOMPARE(model.rowCount(), 0);
    }

    void filterNarrowsByTextTagAndStyle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<qint64>("style");
        QTest::addColumn<QStringList>("expected");
        const QString minister = u"أوليفيا روامبا"_s;
        const QString sputnik = u"سبوتنيك"_s;
        const QString sankara = u"توماس سانكارا"_s;
        QTest::newRow("no filter shows all in reading order")
            << QString() << QString() << qint64(0) << QStringList{minister, sputnik, sankara};
        QTest::newRow("text in the quote") << u"سبوت"_s << QString() << qint64(0) << QStringList{sputnik};
        QTest::newRow("text in the note, any case")
            << u"MINISTER"_s << QString() << qint64(0) << QStringList{minister};
        QTest::newRow("text in a tag")
            << u"verif"_s << QString() << qint64(0) << QStringList{minister, sputnik};
        QTest::newRow("vocalised query matches bare quote")
            << u"تُومَاس"_s << QString() << qint64(0) << QStringList{sankara};
        QTest::newRow("tag compared folded")
            << QString() << u"VERIFIED"_s << qint64(0) << QStringList{minister, sputnik};
        QTest::newRow("tag does not match by substring")
            << QString() << u"verif"_s << qint64(0) << QStringList{};
        QTest::newRow("style only") << QString() << QString() << qint64(3) << QStringList{sankara};
        QTest::newRow("tag and style together")
            << QString() << u"verified"_s << qint64(1) << QStringList{minister};
        QTest::newRow("text that matches nothing") << u"xyz"_s << QString() << qint64(0) << QStringList{};
    }

    void filterNarrowsByTextTagAndStyle()
    {
        QFETCH(QString, text);
        QFETCH(QString, tag);
        QFETCH(qint64, style);
        QFETCH(QStringList, expected);
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        AnnotationStore store(*fixture.m_library, fixture.m_documentId);
        Annotation minister = annotationOn(fixture, u"أوليفيا روامبا"_s, 1);
        minister.note = u"Foreign minister"_s;
        minister.tags = {u"Verified"_s, u"person"_s};
        Annotation sputnik = annotationOn(fixture, u"سبوتنيك"_s, 2);
        sputnik.tags = {u"verified"_s};
        const Annotation sankara = annotationOn(fixture, u"توماس سانكارا"_s, 3);
        QVERIFY(store.add(sankara));
        QVERIFY(store.add(sputnik));
        QVERIFY(store.add(minister));

        AnnotationModel model;
        model.setStore(&store);
        AnnotationFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setTextFilter(text);
        filter.setTagFilter(tag);
        filter.setStyleFilter(style);
        QCOMPARE(quotes(filter), expected);

        // The filter keeps up with edits.
        filter.setTextFilter(QString());
        filter.setStyleFilter(0);
        filter.setTagFilter(u"later"_s);
        QCOMPARE(filter.rowCount(), 0);
        QVERIFY(store.addTag(sankara.id, u"Later"_s));
        QCOMPARE(quotes(filter), QStringList{u"توماس سانكارا"_s});
    }

    void tenThousandAnnotationsLoadInReadingOrder()
    {
        test::LibraryFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        Library &library = *fixture.m_library;
        const QString &text = fixture.m_text;
        QRandomGenerator random(20240229);
        {
            Transaction transaction(library);
            QVERIFY(transaction.isActive());
            AnnotationRepository repository(library);
            for (int i = 0; i < 10000; ++i) {
                const int start = int(random.bounded(text.size() - 40));
                const int end = start + 1 + int(random.bounded(39));
                Annotation a = AnnotationStore::makeAnnotation(fixture.m_documentId, text, start, end,
                                                               1 + random.bounded(5));
                if (i % 3 == 0)
                    a.tags = {u"tag %1"_s.arg(i % 50), u"common"_s};
                if (i % 7 == 0)
                    a.note = u"ملاحظة %1"_s.arg(i);
                QVERIFY2(repository.insert(a), qPrintable(repository.lastError()));
            }
            QVERIFY(transaction.commit());
        }

        QElapsedTimer timer;
        timer.start();
        AnnotationStore store(library, fixture.m_documentId);
        const qint64 elapsed = timer.elapsed();
        qInfo("loaded 10,000 annotations in %lld ms", elapsed);
        QVERIFY(store.isLoaded());
        QCOMPARE(store.annotations().size(), 10000);
        const QVector<Annotation> &all = store.annotations();
        for (int i = 1; i < all.size(); ++i) {
            const Annotation &a = all.at(i - 1);
            const Annotation &b = all.at(i);
            QVERIFY(a.start < b.start || (a.start == b.start && a.end <= b.end));
        }
        int tagged = 0;
        for (const Annotation &a : all) {
            QCOMPARE(a.quote.exact, text.mid(a.start, a.end - a.start));
            if (!a.tags.isEmpty()) {
                ++tagged;
                QCOMPARE(a.tags.size(), 2);
                QCOMPARE(a.tags.last(), u"common"_s);
            }
        }
        QCOMPARE(tagged, 3334);
        // A guard against quadratic loading, loose enough for a busy machine; the benchmark measures
        // precisely.
        QVERIFY2(elapsed < 1000, qPrintable(u"%1 ms"_s.arg(elapsed)));
        QCOMPARE(DocumentStore(library).list().first().annotationCount, 10000);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationModel)
#include "tst_annotationmodel.moc"
