#include "interop/w3cjsonexporter.h"

#include "helpers/exportfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

QJsonObject exported(const QVector<ExportItem> &items)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(W3cJsonExporter::write(items, testing::exportStyles()), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("export is not valid JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QJsonArray bodiesWithPurpose(const QJsonObject &annotation, const QString &purpose)
{
    QJsonArray matching;
    for (const QJsonValue body : annotation[u"body"_s].toArray()) {
        if (body[u"purpose"_s].toString() == purpose)
            matching.append(body);
    }
    return matching;
}

QJsonObject selector(const QJsonObject &annotation, const QString &type)
{
    for (const QJsonValue value : annotation[u"target"_s][u"selector"_s].toArray()) {
        if (value[u"type"_s].toString() == type)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestW3cJsonExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void collection()
    {
        const QJsonObject root = exported({testing::exportItem()});
        const QJsonArray context = root[u"@context"_s].toArray();
        QCOMPARE(context.first().toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(context.at(1)[u"hashiya"_s].toString(), u"https://hashiya.app/ns#"_s);
        QCOMPARE(root[u"type"_s].toString(), u"AnnotationCollection"_s);
        QVERIFY(root[u"id"_s].toString().startsWith(u"urn:uuid:"_s));
        QCOMPARE(root[u"label"_s].toString(), u"بوركينا فاسو # تلجأ"_s);
        QCOMPARE(root[u"total"_s].toInt(), 2);
        const QJsonObject page = root[u"first"_s].toObject();
        QCOMPARE(page[u"type"_s].toString(), u"AnnotationPage"_s);
        const QJsonArray items = page[u"items"_s].toArray();
        QCOMPARE(items.size(), 2);
        // Reading order, whatever order they came in.
        QCOMPARE(items[0][u"id"_s].toString(), u"urn:uuid:aaaaaaaa-0000-4000-8000-000000000001"_s);
        QCOMPARE(items[1][u"id"_s].toString(), u"urn:uuid:aaaaaaaa-0000-4000-8000-000000000002"_s);
    }

    void annotationWithNoteTagsAndStyle()
    {
        const QJsonObject annotation =
            exported({testing::exportItem()})[u"first"_s][u"items"_s][0].toObject();
        QCOMPARE(annotation[u"type"_s].toString(), u"Annotation"_s);
        QCOMPARE(annotation[u"motivation"_s].toString(), u"commenting"_s);
        QCOMPARE(annotation[u"created"_s].toString(), u"2024-05-01T10:00:00Z"_s);
        QCOMPARE(annotation[u"modified"_s].toString(), u"2024-05-01T11:15:30Z"_s);

        const QJsonArray notes = bodiesWithPurpose(annotation, u"commenting"_s);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0][u"type"_s].toString(), u"TextualBody"_s);
        QCOMPARE(notes[0][u"value"_s].toString(), u"تحقق من **المصدر** قبل النشر."_s);
        QCOMPARE(notes[0][u"format"_s].toString(), u"text/markdown"_s);
        QCOMPARE(notes[0][u"language"_s].toString(), u"ar"_s);
        QCOMPARE(notes[0][u"textDirection"_s].toString(), u"rtl"_s);

        const QJsonArray tags = bodiesWithPurpose(annotation, u"tagging"_s);
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags[0][u"value"_s].toString(), u"needs source"_s);
        QCOMPARE(tags[1][u"value"_s].toString(), u"مؤكد"_s);

        const QJsonArray styles = bodiesWithPurpose(annotation, u"classifying"_s);
        QCOMPARE(styles.size(), 1);
        QCOMPARE(styles[0][u"value"_s].toString(), u"claim"_s);
        QCOMPARE(styles[0][u"hashiya:style"_s][u"color"_s].toString(), u"#ffd54f"_s);
        QCOMPARE(styles[0][u"hashiya:style"_s][u"name"_s].toString(), u"claim"_s);

        const QJsonObject target = annotation[u"target"_s].toObject();
        QCOMPARE(target[u"source"_s].toString(), u"urn:uuid:6f1c2d3e-4b5a-4c6d-8e7f-901234567890"_s);
        QCOMPARE(target[u"hashiya:sourcePath"_s].toString(), u"/home/reader/burkina.txt"_s);
        QCOMPARE(target[u"styleClass"_s].toString(), u"hashiya-style-3"_s);
        QCOMPARE(annotation[u"stylesheet"_s][u"type"_s].toString(), u"CssStylesheet"_s);
        QVERIFY(annotation[u"stylesheet"_s][u"value"_s].toString().contains(u".hashiya-style-3"_s));
        QVERIFY(annotation[u"stylesheet"_s][u"value"_s].toString().contains(u"#ffd54f"_s));
    }

    void selectorsCountCodePoints_data()
    {
        QTest::addColumn<int>("item");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        // UTF-16 17..32 and 34..41 are one less in code points: the emoji before them is a surrogate pair.
        QTest::newRow("quote after an emoji") << 0 << u"*التعاون* #قديم"_s << 16 << 31;
        QTest::newRow("English quote on the next line") << 1 << u"Sputnik"_s << 33 << 40;
    }
    void selectorsCountCodePoints()
    {
        QFETCH(int, item);
        QFETCH(QString, exact);
        QFETCH(int, start);
        QFETCH(int, end);
        const ExportItem fixture = testing::exportItem();
        const QJsonObject annotation = exported({fixture})[u"first"_s][u"items"_s][item].toObject();
        const QJsonObject quote = selector(annotation, u"TextQuoteSelector"_s);
        QCOMPARE(quote[u"exact"_s].toString(), exact);
        QVERIFY(quote.contains(u"prefix"_s));
        QVERIFY(quote.contains(u"suffix"_s));
        const QJsonObject position = selector(annotation, u"TextPositionSelector"_s);
        QCOMPARE(position[u"start"_s].toInt(), start);
        QCOMPARE(position[u"end"_s].toInt(), end);
        // The code point range of the text is the quote.
        const QList<uint> codePoints = fixture.document.text.toUcs4();
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start,
                                   end - start),
                 exact);
    }

    void bareHighlightHasNoNoteAndUnknownStyleIsLeftOut()
    {
        const QJsonObject annotation =
            exported({testing::exportItem()})[u"first"_s][u"items"_s][1].toObject();
        QCOMPARE(annotation[u"motivation"_s].toString(), u"highlighting"_s);
        QVERIFY(!annotation.contains(u"body"_s));
        QVERIFY(!annotation.contains(u"stylesheet"_s));
        QVERIFY(!annotation[u"target"_s].toObject().contains(u"styleClass"_s));
    }

    void withoutTextNoPositionSelector()
    {
        ExportItem item = testing::exportItem();
        item.document.text.clear();
        const QJsonObject annotation = exported({item})[u"first"_s][u"items"_s][0].toObject();
        QVERIFY(selector(annotation, u"TextPositionSelector"_s).isEmpty());
        QVERIFY(!selector(annotation, u"TextQuoteSelector"_s).isEmpty());
    }

    void severalDocumentsAndEmptyExport()
    {
        ExportItem other = testing::exportItem();
        other.document.uuid = QUuid::createUuid();
        const QJsonObject both = exported({testing::exportItem(), other});
        QCOMPARE(both[u"total"_s].toInt(), 4);
        QCOMPARE(both[u"label"_s].toString(), u"Hashiya annotations"_s);
        const QJsonObject none = exported({});
        QCOMPARE(none[u"total"_s].toInt(), 0);
        QCOMPARE(none[u"first"_s][u"items"_s].toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestW3cJsonExporter)
#include "tst_w3cjsonexporter.moc"
