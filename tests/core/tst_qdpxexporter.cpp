#include "interop/qdpxexporter.h"

#include "interop/exporter.h"
#include "interop/qdeprojectwriter.h"

#include "helpers/annotatedlibrary.h"
#include "helpers/exportfixture.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <zip.h>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

/** The entries of a zip held in memory, read with libzip. */
QHash<QString, QByteArray> unzip(const QByteArray &bytes)
{
    QHash<QString, QByteArray> entries;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
    zip_error_fini(&error);
    if (!archive) {
        if (source)
            zip_source_free(source);
        return entries;
    }
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) < 0)
            continue;
        QByteArray content(qsizetype(stat.size), Qt::Uninitialized);
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file)
            continue;
        if (zip_fread(file, content.data(), stat.size) == zip_int64_t(stat.size))
            entries.insert(QString::fromUtf8(stat.name), content);
        zip_fclose(file);
    }
    zip_close(archive);
    return entries;
}

/** xmllint's verdict on the project file against the published QDA-XML 1.0 schema. */
QString schemaErrors(const QByteArray &projectXml)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"project.qde"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(projectXml) != projectXml.size())
        return u"cannot write the project file"_s;
    file.close();
    QProcess xmllint;
    xmllint.start(u"xmllint"_s,
                  {u"--noout"_s, u"--schema"_s,
                   QStringLiteral(HASHIYA_SOURCE_DIR) + u"/../shared/schemas/QDA-XML-Project-1.0.xsd"_s,
                   file.fileName()});
    if (!xmllint.waitForFinished(60000))
        return u"xmllint did not run: "_s + xmllint.errorString();
    if (xmllint.exitStatus() != QProcess::NormalExit || xmllint.exitCode() != 0)
        return QString::fromUtf8(xmllint.readAllStandardError());
    return {};
}

struct Selection {
    QString source;
    int start = 0;
    int end = 0;
    QStringList codeRefs;
    QStringList noteRefs;
};

/** What the tests check of a project file: selections, codes (with their parent) and notes. */
struct Project {
    QHash<QString, Selection> selections; // by guid
    QHash<QString, QString> codeParent;   // code guid → parent code guid (empty at top level)
    QHash<QString, QString> codeName;
    QHash<QString, QString> codeColor;
    QHash<QString, QString> notes; // guid → PlainTextContent
    QHash<QString, QString> sourcePath;
    QStringList sourceNoteRefs;
};

Project parse(const QByteArray &xml)
{
    Project project;
    QXmlStreamReader reader(xml);
    QStringList codes;
    QString source;
    QString selection;
    QString note;
    while (!reader.atEnd()) {
        reader.readNext();
        const QString name = reader.name().toString();
        const QXmlStreamAttributes a = reader.attributes();
        if (reader.isStartElement()) {
            if (name == u"Code"_s) {
                const QString guid = a.value(u"guid"_s).toString();
                project.codeParent.insert(guid, codes.isEmpty() ? QString() : codes.constLast());
                project.codeName.insert(guid, a.value(u"name"_s).toString());
                project.codeColor.insert(guid, a.value(u"color"_s).toString());
                codes.append(guid);
            } else if (name == u"TextSource"_s) {
                source = a.value(u"guid"_s).toString();
                project.sourcePath.insert(source, a.value(u"plainTextPath"_s).toString());
            } else if (name == u"PlainTextSelection"_s) {
                selection = a.value(u"guid"_s).toString();
                project.selections.insert(
                    selection,
                    {source, a.value(u"startPosition"_s).toInt(), a.value(u"endPosition"_s).toInt(), {}, {}});
            } else if (name == u"CodeRef"_s) {
                project.selections[selection].codeRefs.append(a.value(u"targetGUID"_s).toString());
            } else if (name == u"NoteRef"_s) {
                if (!selection.isEmpty())
                    project.selections[selection].noteRefs.append(a.value(u"targetGUID"_s).toString());
                else if (!source.isEmpty())
                    project.sourceNoteRefs.append(a.value(u"targetGUID"_s).toString());
            } else if (name == u"Note"_s) {
                note = a.value(u"guid"_s).toString();
            } else if (name == u"PlainTextContent"_s && !note.isEmpty()) {
                project.notes.insert(note, reader.readElementText());
            }
        } else if (reader.isEndElement()) {
            if (name == u"Code"_s)
                codes.removeLast();
            else if (name == u"PlainTextSelection"_s)
                selection.clear();
            else if (name == u"TextSource"_s)
                source.clear();
        }
    }
    return project;
}

QString codePointSlice(const QByteArray &utf8, int start, int end)
{
    const QList<uint> codePoints = QString::fromUtf8(utf8).toUcs4();
    if (start < 0 || end > codePoints.size() || start > end)
        return u"(out of range)"_s;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start);
}

/** A real library: the corpus article with highlights, nested tags, notes, an orphan, and a Hebrew text. */
ExportBundle corpusBundle(test::LibraryFixture &fixture)
{
    QString error;
    if (!fixture.setUp(&error))
        qFatal("%s", qPrintable(error));
    Library &library = *fixture.m_library;
    const DocumentRecord burkina = *DocumentStore(library).find(fixture.m_documentId);
    test::annotatePhrase(library, burkina, u"أوليفيا روامبا"_s, 1, u"وزيرة الخارجية <b>&</b> \"المصدر\""_s,
                         {u"شخص"_s, u"needs source"_s});
    test::annotatePhrase(library, burkina, u"التعاون العسكري"_s, 3, {}, {u"مفهوم"_s});
    Annotation gone = test::annotatePhrase(library, burkina, u"مليوني نازحٍ"_s, 2, u"رقم كبير"_s);
    test::orphan(library, &gone);
    test::nestTag(library, u"شخص"_s, u"needs source"_s, u"#aabbcc"_s);
    const QString hebrew = test::corpusText(u"lipsum.he.txt"_s);
    const DocumentRecord second = test::addDocument(library, u"עברית"_s, hebrew, u"he"_s);
    test::annotatePhrase(library, second, hebrew.mid(hebrew.indexOf(u' ') + 1, 9), 4, u"note"_s, {u"מקור"_s});
    ExportBundle bundle;
    if (!Exporter::collect(library, {}, &bundle, &error))
        qFatal("%s", qPrintable(error));
    return bundle;
}

} // namespace

class TestQdpxExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void validatesAgainstTheSchema_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("emoji before the quotes, a deleted style") << u"fixture"_s;
        QTest::newRow("real library: nested tags, notes, an orphan, two documents") << u"library"_s;
        QTest::newRow("control characters and markup in every string") << u"hostile"_s;
        QTest::newRow("no styles, no tags, no annotations") << u"bare"_s;
    }
    void validatesAgainstTheSchema()
    {
        QFETCH(QString, kind);
        test::LibraryFixture fixture;
        ExportBundle bundle;
        if (kind == u"library"_s) {
            bundle = corpusBundle(fixture);
        } else {
            bundle.items = {testing::exportItem()};
            bundle.styles = testing::exportStyles();
            bundle.tags = {{1, u"needs source"_s, QColor(0x11, 0x22, 0x33), 0}, {2, u"مؤكد"_s, QColor(), 1}};
        }
        if (kind == u"hostile"_s) {
            const QString hostile = u"<&>\"' \u0001\u0008\u000b\u001f"_s;
            bundle.items[0].document.title = hostile;
            bundle.items[0].annotations[1].note = hostile;
            bundle.items[0].annotations[1].tags.append(hostile);
            bundle.styles[0].name = hostile;
            bundle.tags[0].name = hostile;
        }
        if (kind == u"bare"_s) {
            bundle.styles.clear();
            bundle.tags.clear();
            bundle.items[0].annotations.clear();
        }
        QString error;
        const QByteArray package = QdpxExporter::write(bundle, u"مشروع: \"اختبار\""_s, &error);
        QVERIFY2(!package.isEmpty(), qPrintable(error));
        const QHash<QString, QByteArray> entries = unzip(package);
        QVERIFY(entries.contains(u"project.qde"_s));
        QCOMPARE(entries.size(), 1 + bundle.items.size());
        const QString errors = schemaErrors(entries.value(u"project.qde"_s));
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void positionsMapBackToTheQuotes()
    {
        test::LibraryFixture fixture;
        const ExportBundle bundle = corpusBundle(fixture);
        QString error;
        const QHash<QString, QByteArray> entries = unzip(QdpxExporter::write(bundle, u"p"_s, &error));
        const Project project = parse(entries.value(u"project.qde"_s));
        int checked = 0;
        for (const ExportItem &item : bundle.items) {
            const QString source = item.document.uuid.toString(QUuid::WithoutBraces);
            QCOMPARE(project.sourcePath.value(source), u"internal://"_s + source + u".txt"_s);
            const QByteArray text = entries.value(u"Sources/"_s + source + u".txt"_s);
            QCOMPARE(QString::fromUtf8(text), item.document.text);
            for (const Annotation &annotation : item.annotations) {
                const QString guid = annotation.id.toString(QUuid::WithoutBraces);
                if (annotation.state == AnchorState::Orphaned) {
                    QVERIFY(!project.selections.contains(guid));
                    continue;
                }
                const Selection selection = project.selections.value(guid);
                QCOMPARE(selection.source, source);
                QCOMPARE(codePointSlice(text, selection.start, selection.end), annotation.quote.exact);
                ++checked;
            }
        }
        QCOMPARE(checked, 3);
    }

    void emojiCountsAsOneCharacter()
    {
        ExportBundle bundle;
        bundle.items = {testing::exportItem()};
        QString error;
        const QHash<QString, QByteArray> entries = unzip(QdpxExporter::write(bundle, u"p"_s, &error));
        const Project project = parse(entries.value(u"project.qde"_s));
        const Selection first = project.selections.value(u"aaaaaaaa-0000-4000-8000-000000000001"_s);
        QCOMPARE(first.start, 16); // UTF-16 offset 17, after a two-unit emoji
        QCOMPARE(first.end, 31);
    }

    void tagsBecomeNestedCodesAndNotesBecomeNotes()
    {
        test::LibraryFixture fixture;
        const ExportBundle bundle = corpusBundle(fixture);
        QString error;
        const Project project =
            parse(unzip(QdpxExporter::write(bundle, u"p"_s, &error)).value(u"project.qde"_s));
        const QString person = project.codeName.key(u"شخص"_s);
        const QString needsSource = project.codeName.key(u"needs source"_s);
        QVERIFY(!person.isEmpty() && !needsSource.isEmpty());
        QCOMPARE(project.codeParent.value(person), needsSource);
        QCOMPARE(project.codeColor.value(person), u"#aabbcc"_s);
        const QString styles = project.codeName.key(u"Highlight styles"_s);
        const QString important = project.codeName.key(u"Important"_s);
        QCOMPARE(project.codeParent.value(important), styles);
        QCOMPARE(project.codeColor.value(important), u"#ff8a80"_s);

        // Every reference points to something that exists.
        for (const Selection &selection : project.selections) {
            for (const QString &code : selection.codeRefs)
                QVERIFY2(project.codeName.contains(code), qPrintable(code));
            for (const QString &note : selection.noteRefs)
                QVERIFY(project.notes.contains(note));
        }
        bool found = false;
        for (const Selection &selection : project.selections) {
            if (selection.codeRefs.contains(person)) {
                found = true;
                QVERIFY(selection.codeRefs.contains(needsSource));
                QVERIFY(selection.codeRefs.contains(project.codeName.key(u"Highlight"_s)));
                QCOMPARE(project.notes.value(selection.noteRefs.value(0)),
                         u"وزيرة الخارجية <b>&</b> \"المصدر\""_s);
            }
        }
        QVERIFY(found);
        // The orphan's quote and note survive as a note of its source.
        QCOMPARE(project.sourceNoteRefs.size(), 1);
        const QString orphanNote = project.notes.value(project.sourceNoteRefs.constFirst());
        QVERIFY(orphanNote.contains(u"مليوني نازحٍ"_s));
        QVERIFY(orphanNote.contains(u"رقم كبير"_s));
    }

    void guidsAreStableAcrossExports()
    {
        test::LibraryFixture fixture;
        const ExportBundle bundle = corpusBundle(fixture);
        const QByteArray first = QdeProjectWriter::write(bundle, u"p"_s, exportTime()).projectXml;
        const QByteArray second = QdeProjectWriter::write(bundle, u"p"_s, exportTime()).projectXml;
        QCOMPARE(first, second);
    }

private:
    static QDateTime exportTime() { return QDateTime(QDate(2025, 1, 2), QTime(3, 4), QTimeZone::utc()); }
};

QTEST_GUILESS_MAIN(TestQdpxExporter)
#include "tst_qdpxexporter.moc"
