// The W3C importer's own JSON parser against QJsonDocument: whatever the scanner accepts, Qt reads to the
// very same tree; whatever it is unsure of, it refuses, and the importer then asks Qt.
#include "interop/w3cjsonimporterscanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

/// The tree QJsonDocument reads, or Undefined when it refuses the input.
QJsonValue qtTree(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

const QByteArray annotation =
    "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"AnnotationCollection\",\n"
    "  "
    "\"total\":1,\"first\":{\"type\":\"AnnotationPage\",\"items\":[{\"id\":\"urn:uuid:5d9c6f0e-2a8b-4e51-"
    "9c7d-3f1e0b6a4d21\",\n"
    "  "
    "\"type\":\"Annotation\",\"motivation\":\"commenting\",\"created\":\"2026-11-25T10:00:00Z\",\"body\":[{"
    "\"type\":\"TextualBody\",\n"
    "  \"purpose\":\"commenting\",\"value\":\"ملاحظة على "
    "\\\"المقطع\\\"\\n😀\"},{\"type\":\"TextualBody\",\"purpose\":\"tagging\",\n"
    "  "
    "\"value\":\"مؤكد\"}],\"target\":{\"source\":\"urn:uuid:00000000-0000-4000-8000-000000000001\","
    "\"selector\":[\n"
    "  {\"type\":\"TextQuoteSelector\",\"exact\":\"بُورْكِينَا فَاسُو\",\"prefix\":\"\",\"suffix\":\" و\"},\n"
    "  {\"type\":\"TextPositionSelector\",\"start\":12,\"end\":31}]}}]}}";

} // namespace

class TestW3cJsonImporterScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithQt_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("accepted");

        QTest::newRow("exported annotation collection read") << annotation << true;
        QTest::newRow("empty array read") << QByteArray("[]") << true;
        QTest::newRow("white space around the top value read") << QByteArray(" \r\n\t{}\n") << true;
        QTest::newRow("every escape read")
            << QByteArray("[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041 \\u00e9 \\u0627\"]") << true;
        QTest::newRow("escaped surrogate pair read") << QByteArray("[\"\\ud83d\\ude00\"]") << true;
        QTest::newRow("escaped NUL read") << QByteArray("[\"a\\u0000b\"]") << true;
        QTest::newRow("four-byte UTF-8 read") << QByteArray("[\"\xf0\x9f\x98\x80\"]") << true;
        QTest::newRow("numbers of every form read")
            << QByteArray("[0, -0, 12, -7, 1.5, -0.25, 1e3, 2E-2, 3.5e+2, 9223372036854775807]") << true;
        QTest::newRow("integer beyond 64 bits read as a double")
            << QByteArray("[92233720368547758070]") << true;
        QTest::newRow("literals read") << QByteArray("{\"a\":true,\"b\":false,\"c\":null}") << true;
        QTest::newRow("long ASCII strings past the cache read")
            << QByteArray("[\"2026-11-25T10:00:00Z\",\"2026-11-25T10:00:01Z\",\"urn:uuid:x\"]") << true;

        QTest::newRow("scalar at the top left to Qt") << QByteArray("3") << false;
        QTest::newRow("lone high surrogate left to Qt") << QByteArray("[\"\\ud83d\"]") << false;
        QTest::newRow("lone low surrogate left to Qt") << QByteArray("[\"\\ude00x\"]") << false;
        QTest::newRow("unknown escape left to Qt") << QByteArray("[\"\\q\"]") << false;
        QTest::newRow("duplicate key left to Qt") << QByteArray("{\"a\":1,\"a\":2}") << false;
        QTest::newRow("invalid UTF-8 left to Qt") << QByteArray("[\"\xc3\x28\"]") << false;
        QTest::newRow("overlong UTF-8 left to Qt") << QByteArray("[\"\xc0\xaf\"]") << false;
        QTest::newRow("UTF-8 surrogate left to Qt") << QByteArray("[\"\xed\xa0\x80\"]") << false;
        QTest::newRow("noncharacter left to Qt") << QByteArray("[\"\xef\xbf\xbe\"]") << false;
        QTest::newRow("raw control character left to Qt") << QByteArray("[\"a\tb\"]") << false;
        QTest::newRow("leading zero left to Qt") << QByteArray("[01]") << false;
        QTest::newRow("bare fraction point left to Qt") << QByteArray("[1.]") << false;
        QTest::newRow("infinite number left to Qt") << QByteArray("[1e999]") << false;
        QTest::newRow("trailing comma left to Qt") << QByteArray("[1,]") << false;
        QTest::newRow("garbage after the value left to Qt") << QByteArray("{} x") << false;
        QTest::newRow("byte order mark left to Qt") << QByteArray("\xef\xbb\xbf{}") << false;
        QTest::newRow("unterminated string left to Qt") << QByteArray("[\"abc") << false;
        QTest::newRow("nesting deeper than 512 left to Qt")
            << QByteArray(600, '[') + QByteArray(600, ']') << false;
        QTest::newRow("nesting of 500 read") << QByteArray(500, '[') + QByteArray(500, ']') << true;
    }

    void agreesWithQt()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, accepted);
        W3cJsonImporterValue value;
        QCOMPARE(W3cJsonImporterScanner::parse(json, &value), accepted);
        if (accepted)
            QCOMPARE(value.toQJsonValue(), qtTree(json));
        else
            QVERIFY(value.isUndefined());
    }

    void qtTreeConvertsBothWays()
    {
        const QJsonValue qt = qtTree(annotation);
        QVERIFY(qt.isObject());
        QCOMPARE(W3cJsonImporterValue::fromQJsonValue(qt).toQJsonValue(), qt);
    }

    void lookupsAnswerAsQJsonValueDoes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("whole numbers, fractions and out-of-range numbers")
            << QByteArray("{\"n\":[3, 3.0, 2.5, -4, 3000000000, 1e300, \"7\", null]}");
    }

    void lookupsAnswerAsQJsonValueDoes()
    {
        QFETCH(QByteArray, json);
        W3cJsonImporterValue value;
        QVERIFY(W3cJsonImporterScanner::parse(json, &value));
        const QJsonArray qt = qtTree(json).toObject().value(u"n"_s).toArray();
        const QVector<W3cJsonImporterValue> &ours = value.value(u"n").elements();
        QCOMPARE(ours.size(), qt.size());
        for (qsizetype i = 0; i < ours.size(); ++i) {
            QCOMPARE(ours.at(i).toInt(-1), qt.at(i).toInt(-1));
            QCOMPARE(ours.at(i).toDouble(), qt.at(i).toDouble());
            QCOMPARE(ours.at(i).toString(), qt.at(i).toString());
            QCOMPARE(ours.at(i).isDouble(), qt.at(i).isDouble());
        }
        QVERIFY(value.value(u"missing").isUndefined());
        QVERIFY(value.value(u"n").value(u"n").isUndefined());
    }

    // Mutations of a real annotation (bytes flipped, cut, doubled): the scanner and Qt never disagree.
    void mutatedInputsNeverDisagree()
    {
        QRandomGenerator random(20261125);
        const QByteArray alphabet =
            QByteArray("{}[]\",:\\u0123456789.eE+-tfnl \t\n") + "\xd8\xa7\xed\xa0\xc0\xff";
        int accepted = 0;
        for (int round = 0; round < 4000; ++round) {
            QByteArray json = annotation;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(int(json.size())));
                switch (random.bounded(4)) {
                case 0:
                    json[at] = alphabet.at(int(random.bounded(int(alphabet.size()))));
                    break;
                case 1:
                    json.remove(at, 1 + int(random.bounded(8)));
                    break;
                case 2:
                    json.insert(at, alphabet.at(int(random.bounded(int(alphabet.size())))));
                    break;
                default:
                    json.insert(at, json.mid(at, int(random.bounded(16))));
                    break;
                }
            }
            W3cJsonImporterValue value;
            if (!W3cJsonImporterScanner::parse(json, &value))
                continue;
            ++accepted;
            const QJsonValue qt = qtTree(json);
            QVERIFY2(!qt.isUndefined(), json.constData());
            QVERIFY2(value.toQJsonValue() == qt, json.constData());
        }
        QVERIFY(accepted > 100); // the mutations kept enough valid inputs to prove something
    }
};

QTEST_GUILESS_MAIN(TestW3cJsonImporterScanner)
#include "tst_w3cjsonimporterscanner.moc"
