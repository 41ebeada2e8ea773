// hashiya_crashdriver: the child process tst_crashsafety kills. Each mode writes to a library file and
// reports on stdout, one flushed line at a time, what has been committed ("ACK …"); a failure prints
// "FAIL<TAB>why" and exits 1.
//
//   hashiya_crashdriver edits LIBRARY SEED ARTICLE   random annotation edits until killed (imports ARTICLE
//                                                     first when the library has no document)
//   hashiya_crashdriver import LIBRARY JSONFILE      one W3C Web Annotation import, all or nothing
//   hashiya_crashdriver migrate LIBRARY              opens (so migrates) a library of an older schema

#include "editstream.h"

#include "annotation/annotationstore.h"
#include "article/articleloader.h"
#include "interop/w3cjsonimporter.h"
#include "library/documentimporter.h"
#include "library/documentstore.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace hashiya;

namespace {

void say(const QString &line)
{
    std::fputs(line.toUtf8().append('\n').constData(), stdout);
    std::fflush(stdout);
}

int failWith(const QString &message)
{
    say(u"FAIL\t"_s % QString(message).replace(u'\n', u' '));
    return 1;
}

int runEdits(const QString &path, quint32 seed, const QString &articlePath)
{
    QString error;
    const auto library = Library::open(path, &error);
    if (!library)
        return failWith(error);
    DocumentStore documents(*library);
    const QVector<DocumentSummary> existing = documents.list();
    qint64 documentId = existing.isEmpty() ? 0 : existing.constFirst().id;
    if (documentId == 0) {
        const LoadResult loaded = ArticleLoader::loadFile(articlePath);
        if (!loaded.ok())
            return failWith(loaded.error);
        const DocumentImporter::Result imported = DocumentImporter::import(*library, loaded.article);
        if (!imported.error.isEmpty())
            return failWith(imported.error);
        documentId = imported.record.id;
        say(u"ACK\timport-article\t"_s % imported.record.uuid.toString(QUuid::WithoutBraces));
    }
    const auto record = documents.find(documentId);
    if (!record)
        return failWith(documents.lastError());

    AnnotationStore store(*library, documentId);
    if (!store.isLoaded())
        return failWith(store.lastError());
    say(u"READY"_s);
    EditStream stream(store, record->text, seed);
    if (!stream.run(1000000, &error))
        return failWith(error);
    return 0;
}

int runImport(const QString &path, const QString &jsonPath)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(file.errorString());
    const QByteArray json = file.readAll();
    QString error;
    const auto library = Library::open(path, &error);
    if (!library)
        return failWith(error);
    say(u"BEGIN\timport"_s);
    const AnnotationImportReport report = W3cJsonImporter::import(*library, json);
    if (!report.ok())
        return failWith(report.error);
    say(u"ACK\timport\t%1"_s.arg(report.imported));
    return 0;
}

int runMigrate(const QString &path)
{
    say(u"BEGIN\tmigrate"_s);
    QString error;
    const auto library = Library::open(path, &error);
    if (!library)
        return failWith(error);
    say(u"ACK\tmigrated\t%1"_s.arg(library->schemaVersion()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == u"edits" && args.size() == 4)
        return runEdits(args.at(1), args.at(2).toUInt(), args.at(3));
    if (mode == u"import" && args.size() == 3)
        return runImport(args.at(1), args.at(2));
    if (mode == u"migrate" && args.size() == 2)
        return runMigrate(args.at(1));
    std::fputs("usage: hashiya_crashdriver edits LIBRARY SEED ARTICLE | import LIBRARY JSONFILE | "
               "migrate LIBRARY\n",
               stderr);
    return 2;
}
