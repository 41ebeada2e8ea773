// Reading W3C JSON while it is scanned: the scanner hands over the elements of the annotations' array as it
// reads them, the parser turns them into candidates at once, in the order and with the problems of reading
// the whole file first; the feed carries them to the writing thread and lets a reader go when writing stops.
#include "../fuzz/fuzzw3cjson.h"
#include "interop/w3cjsonimporterfeed.h"
#include "interop/w3cjsonimporterparser.h"
#include "interop/w3cjsonimporterscanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <future>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

QJsonObject annotationObject(int n, const QString &quote)
{
    return QJsonObject{
        {u"id"_s, u"urn:uuid:00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'))},
        {u"type"_s, u"Annotation"_s},
        {u"body"_s, QJsonArray{QJsonObject{{u"type"_s, u"TextualBody"_s},
                                           {u"purpose"_s, u"commenting"_s},
                                           {u"value"_s, u"ملاحظة %1"_s.arg(n)}}}},
        {u"target"_s, QJsonObject{{u"source"_s, u"urn:uuid:00000000-0000-4000-8000-000000000001"_s},
                                  {u"selector"_s,
                                   QJsonObject{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, quote}}}}}};
}

QJsonArray annotations(int from, int count)
{
    QJsonArray list;
    for (int n = from; n < from + count; ++n)
        list.append(annotationObject(n, u"مقطع \"رقم\" ] } [ %1"_s.arg(n)));
    return list;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QStringList streamedLabels(const QByteArray &json, W3cJsonImporterParser::Result *result = nullptr)
{
    QStringList labels;
    const W3cJsonImporterParser::Result read =
        W3cJsonImporterParser::parse(json, [&labels](W3cJsonImporterCandidate &&candidate) {
            labels.append(candidate.label);
            return true;
        });
    if (result)
        *result = read;
    return labels;
}

QStringList wholeLabels(const QByteArray &json)
{
    QStringList labels;
    for (const W3cJsonImporterCandidate &candidate : W3cJsonImporterParser::parse(json).candidates)
        labels.append(candidate.label);
    return labels;
}

QString label(int n)
{
    return u"urn:uuid:00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'));
}

} // namespace

class TestW3cJsonImporterStreaming final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scannerHandsOverTheArrayAtThePath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<int>("handedOver");

        const QJsonObject page{{u"type"_s, u"AnnotationPage"_s}, {u"items"_s, annotations(0, 3)}};
        QTest::newRow("top array") << compact(annotations(0, 4)) << QStringList{} << 4;
        QTest::newRow("collection's first page")
            << compact(QJsonObject{{u"type"_s, u"AnnotationCollection"_s}, {u"first"_s, page}})
            << QStringList{u"first"_s, u"items"_s} << 3;
        QTest::newRow("a page's items") << compact(page) << QStringList{u"items"_s} << 3;
        QTest::newRow("same key elsewhere left in the tree") << compact(QJsonObject{
            {u"items"_s, annotations(0, 2)}, {u"other"_s, QJsonObject{{u"items"_s, annotations(2, 5)}}}})
                                                             << QStringList{u"first"_s, u"items"_s} << 0;
        QTest::newRow("path to something not an array")
            << compact(QJsonObject{{u"first"_s, QJsonObject{{u"items"_s, u"none"_s}}}})
            << QStringList{u"first"_s, u"items"_s} << 0;
    }

    void scannerHandsOverTheArrayAtThePath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, path);
        QFETCH(int, handedOver);

        QJsonArray items;
        W3cJsonImporterValue tree;
        QVERIFY(W3cJsonImporterScanner::parse(json, &tree, path, [&items](W3cJsonImporterValue &&item) {
            items.append(item.toQJsonValue());
            return true;
        }));
        QCOMPARE(items.size(), handedOver);
        // Put back where they came from, the items and the rest of the tree are what Qt reads.
        QJsonValue rebuilt = tree.toQJsonValue();
        if (handedOver > 0) {
            if (path.isEmpty()) {
                QVERIFY(rebuilt.toArray().isEmpty());
                rebuilt = items;
            } else {
                QJsonObject top = rebuilt.toObject();
                QJsonObject inner = path.size() == 2 ? top.value(path.first()).toObject() : top;
                QVERIFY(inner.value(path.last()).toArray().isEmpty());
                inner.insert(path.last(), items);
                if (path.size() == 2)
                    top.insert(path.first(), inner);
                else
                    top = inner;
                rebuilt = top;
            }
        }
        const QJsonDocument qt = QJsonDocument::fromJson(json);
        QCOMPARE(rebuilt, qt.isArray() ? QJsonValue(qt.array()) : QJsonValue(qt.object()));
    }

    void scannerStopsWhenTheSinkSaysSo()
    {
        int taken = 0;
        W3cJsonImporterValue tree;
        QVERIFY(!W3cJsonImporterScanner::parse(compact(annotations(0, 10)), &tree, {},
                                               [&taken](W3cJsonImporterValue &&) { return ++taken < 3; }));
        QCOMPARE(taken, 3);
    }

    void scannerRefusesAfterHandingOver()
    {
        // The items before the fault were handed over; the scan as a whole still fails, so they do not count.
        QByteArray json = compact(annotations(0, 5));
        json.chop(1); // no closing bracket
        int taken = 0;
        W3cJsonImporterValue tree;
        QVERIFY(!W3cJsonImporterScanner::parse(json, &tree, {}, [&taken](W3cJsonImporterValue &&) {
            ++taken;
            return true;
        }));
        QCOMPARE(taken, 5);
    }

    void peeksTheTopType_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QJsonValue>("type"); // Undefined: no type found

        const QJsonObject page{{u"type"_s, u"AnnotationPage"_s}, {u"items"_s, annotations(0, 3)}};
        // QJsonDocument writes keys sorted: "first" (megabytes of annotations) comes before "type".
        QTest::newRow("after the whole first page")
            << compact(QJsonObject{{u"first"_s, page}, {u"type"_s, u"AnnotationCollection"_s}})
            << QJsonValue(u"AnnotationCollection"_s);
        QTest::newRow("a list of types")
            << compact(QJsonObject{{u"type"_s, QJsonArray{u"AnnotationPage"_s, u"OrderedCollectionPage"_s}}})
            << QJsonValue(QJsonArray{u"AnnotationPage"_s, u"OrderedCollectionPage"_s});
        QTest::newRow("past numbers, literals and escapes")
            << QByteArray("{\"a\": -1.5e3, \"b\": [true, null, {\"type\": \"inner\"}], "
                          "\"c\": \"\\\\\\\" type\", \"type\": \"AnnotationPage\"}")
            << QJsonValue(u"AnnotationPage"_s);
        QTest::newRow("no type") << compact(QJsonObject{{u"first"_s, page}})
                                 << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("top array") << compact(annotations(0, 2)) << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("cut short") << QByteArray("{\"first\": {\"items\": [")
                                   << QJsonValue(QJsonValue::Undefined);
    }

    void peeksTheTopType()
    {
        QFETCH(QByteArray, json);
        QFETCH(QJsonValue, type);
        W3cJsonImporterValue found;
        QCOMPARE(W3cJsonImporterScanner::peekTopType(json, &found), !type.isUndefined());
        if (!type.isUndefined())
            QCOMPARE(found.toQJsonValue(), type);
    }

    void streamingReadsAsTheWholeFile_data()
    {
        QTest::addColumn<QByteArray>("json");

        const QJsonObject second{{u"type"_s, u"AnnotationPage"_s}, {u"items"_s, annotations(10, 2)}};
        const QJsonObject first{
            {u"type"_s, u"AnnotationPage"_s}, {u"items"_s, annotations(0, 3)}, {u"next"_s, second}};
        QJsonArray mixed = annotations(20, 2);
        mixed.insert(1, first);                                  // a page among annotations
        mixed.append(42);                                        // not an annotation: a problem line
        mixed.append(QJsonObject{{u"type"_s, u"Annotation"_s}}); // no target
        QTest::newRow("collection with a next page")
            << compact(QJsonObject{{u"type"_s, u"AnnotationCollection"_s}, {u"first"_s, first}});
        // "next" before "items": the next page's annotations still come after the first page's.
        QTest::newRow("next page written first")
            << QByteArray("{\"type\":\"AnnotationPage\",\"next\":{\"items\":" + compact(annotations(10, 2))
                          + "},\"items\":" + compact(annotations(0, 3)) + "}");
        QTest::newRow("top array with a page and problems") << compact(mixed);
        QTest::newRow("a page") << compact(first);
        QTest::newRow("one annotation") << compact(annotationObject(7, u"مقطع"_s));
        QTest::newRow("collection without its pages")
            << compact(QJsonObject{{u"type"_s, u"AnnotationCollection"_s}, {u"first"_s, u"https://x/1"_s}});
        QTest::newRow("page without items")
            << compact(QJsonObject{{u"type"_s, u"AnnotationPage"_s}, {u"items"_s, 3}});
        QTest::newRow("collection with items at the top")
            << compact(QJsonObject{{u"type"_s, u"AnnotationCollection"_s}, {u"items"_s, annotations(0, 2)}});
    }

    void streamingReadsAsTheWholeFile()
    {
        QFETCH(QByteArray, json);
        W3cJsonImporterParser::Result streamed;
        const QStringList labels = streamedLabels(json, &streamed);
        const W3cJsonImporterParser::Result whole = W3cJsonImporterParser::parse(json);
        QVERIFY(!streamed.streamAbandoned);
        QCOMPARE(labels, wholeLabels(json));
        QCOMPARE(streamed.problems, whole.problems);
        QCOMPARE(streamed.error, whole.error);
        QVERIFY(streamed.candidates.isEmpty());
        fuzz::detail::checkStreamingAgreesWithWhole(json); // the fuzz target's check, on the same file
    }

    void nextPageOrderIsTheDocumentsPageOrder()
    {
        const QJsonObject second{{u"items"_s, annotations(10, 2)}};
        const QJsonObject first{
            {u"type"_s, u"AnnotationPage"_s}, {u"items"_s, annotations(0, 2)}, {u"next"_s, second}};
        const QStringList labels = streamedLabels(compact(first));
        QCOMPARE(labels, (QStringList{label(0), label(1), label(10), label(11)}));
    }

    void fileTheScannerLeavesToQtIsAbandoned()
    {
        // A duplicate key: valid for Qt (the last wins), left to it by the scanner.
        QByteArray json = compact(annotations(0, 4));
        const qsizetype at = json.indexOf("\"type\":\"Annotation\"", json.size() / 2);
        QVERIFY(at > 0);
        json.insert(at, "\"type\":\"Other\",");
        W3cJsonImporterParser::Result result;
        streamedLabels(json, &result);
        QVERIFY(result.streamAbandoned);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(wholeLabels(json).size(), 4); // what the importer then reads instead
    }

    void receiverStopsTheReading()
    {
        int taken = 0;
        const W3cJsonImporterParser::Result result = W3cJsonImporterParser::parse(
            compact(annotations(0, 50)), [&taken](W3cJsonImporterCandidate &&) { return ++taken < 5; });
        QVERIFY(result.stopped);
        QVERIFY(!result.streamAbandoned);
        QCOMPARE(taken, 5);
    }

    void feedKeepsOrderAcrossThreads()
    {
        W3cJsonImporterFeed feed;
        auto reader = std::async(std::launch::async, [&feed] {
            for (int b = 0; b < 40;
                 ++b) { // far more than the feed holds: the reader must wait for the writer
                W3cJsonImporterFeed::Batch batch;
                for (int i = 0; i < 10; ++i)
                    batch.append({W3cJsonImporterCandidate{u"#%1"_s.arg(b * 10 + i)}, {}, {}});
                if (!feed.push(std::move(batch)))
                    return false;
            }
            feed.finish();
            return true;
        });
        QStringList labels;
        W3cJsonImporterFeed::Batch batch;
        while (feed.pop(&batch)) {
            for (const W3cJsonImporterItem &item : std::as_const(batch))
                labels.append(item.candidate.label);
        }
        QVERIFY(reader.get());
        QCOMPARE(labels.size(), 400);
        for (int i = 0; i < labels.size(); ++i)
            QCOMPARE(labels.at(i), u"#%1"_s.arg(i));
    }

    void closingTheFeedLetsAWaitingReaderGo()
    {
        W3cJsonImporterFeed feed;
        auto reader = std::async(std::launch::async, [&feed] {
            int pushed = 0;
            while (feed.push(W3cJsonImporterFeed::Batch{{W3cJsonImporterCandidate{}, {}, {}}}))
                ++pushed;
            return pushed;
        });
        W3cJsonImporterFeed::Batch batch;
        QVERIFY(feed.pop(&batch)); // the writer takes one, then stops taking
        feed.close();
        QCOMPARE(reader.wait_for(std::chrono::seconds(10)), std::future_status::ready);
        QVERIFY(reader.get() >= 1);
        QVERIFY(!feed.pop(&batch));
    }
};

QTEST_GUILESS_MAIN(TestW3cJsonImporterStreaming)
#include "tst_w3cjsonimporterstreaming.moc"
