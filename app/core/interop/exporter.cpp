#include "interop/exporter.h"

#include "interop/csvexporter.h"
#include "interop/htmlexporter.h"
#include "interop/markdownexporter.h"
#include "interop/qdpxexporter.h"
#include "interop/safefilename.h"
#include "interop/w3cjsonexporter.h"
#include "library/annotationrepository.h"
#include "library/documentstore.h"
#include "library/library.h"
#include "library/stylestore.h"
#include "library/tagstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

bool report(const Exporter::Progress &progress, int done, int total)
{
    return !progress || progress(done, total);
}

// The name of a single-file export: the document's title when there is one document, else a general name.
QString singleFileName(const ExportBundle &bundle, const QString &suffix)
{
    if (bundle.items.size() == 1 && !bundle.items.constFirst().document.title.trimmed().isEmpty())
        return SafeFileName::fromTitle(bundle.items.constFirst().document.title, suffix);
    return SafeFileName::fromTitle(QCoreApplication::translate("hashiya::Exporter", "Hashiya annotations"),
                                   suffix);
}

} // namespace

QVector<ExportFormat> Exporter::formats()
{
    return {ExportFormat::W3cJson, ExportFormat::Markdown, ExportFormat::Csv, ExportFormat::Html,
            ExportFormat::Qdpx};
}

QString Exporter::id(ExportFormat format)
{
    switch (format) {
    case ExportFormat::W3cJson:
        return u"json"_s;
    case ExportFormat::Markdown:
        return u"markdown"_s;
    case ExportFormat::Csv:
        return u"csv"_s;
    case ExportFormat::Html:
        return u"html"_s;
    case ExportFormat::Qdpx:
        return u"qdpx"_s;
    }
    return {};
}

std::optional<ExportFormat> Exporter::fromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    for (ExportFormat format : formats()) {
        if (Exporter::id(format) == key)
            return format;
    }
    return std::nullopt;
}

QString Exporter::displayName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::W3cJson:
        return tr("W3C Web Annotation (JSON-LD)");
    case ExportFormat::Markdown:
        return tr("Markdown study notes");
    case ExportFormat::Csv:
        return tr("CSV spreadsheet");
    case ExportFormat::Html:
        return tr("HTML page per document");
    case ExportFormat::Qdpx:
        return tr("REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder)");
    }
    return {};
}

QString Exporter::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::W3cJson:
        return u"json"_s;
    case ExportFormat::Markdown:
        return u"md"_s;
    case ExportFormat::Csv:
        return u"csv"_s;
    case ExportFormat::Html:
        return u"html"_s;
    case ExportFormat::Qdpx:
        return u"qdpx"_s;
    }
    return {};
}

bool Exporter::onePerDocument(ExportFormat format)
{
    return format == ExportFormat::Html;
}

QVector<qint64> Exporter::latestDocumentIds(Library &library, QString *error)
{
    QVector<qint64> ids;
    QSqlQuery &q = library.statement(
        u"SELECT d.id FROM document d WHERE NOT EXISTS "
        u"(SELECT 1 FROM document n WHERE n.previous_version = d.id) ORDER BY d.created, d.id"_s);
    if (!q.exec()) {
        *error = q.lastError().text();
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

bool Exporter::collect(Library &library, const QVector<qint64> &documentIds, ExportBundle *bundle,
                       QString *error, const Progress &progress)
{
    *bundle = {};
    QString queryError;
    const QVector<qint64> ids = documentIds.isEmpty() ? latestDocumentIds(library, &queryError) : documentIds;
    if (!queryError.isEmpty()) {
        *error = tr("Cannot list the documents: %1").arg(queryError);
        return false;
    }
    DocumentStore documents(library);
    AnnotationRepository annotations(library);
    const int total = int(ids.size());
    if (!report(progress, 0, total)) {
        *error = tr("Export cancelled.");
        return false;
    }
    for (int i = 0; i < total; ++i) {
        ExportItem item;
        const auto record = documents.find(ids.at(i));
        if (!record) {
            *error = tr("Cannot read document %1: %2").arg(ids.at(i)).arg(documents.lastError());
            return false;
        }
        item.document = *record;
        if (!annotations.load(record->id, &item.annotations)) {
            *error =
                tr("Cannot read the annotations of “%1”: %2").arg(record->title, annotations.lastError());
            return false;
        }
        bundle->items.append(item);
        if (!report(progress, i + 1, total)) {
            *error = tr("Export cancelled.");
            return false;
        }
    }
    StyleStore styles(library);
    bundle->styles = styles.all();
    TagStore tags(library);
    bundle->tags = tags.all();
    if (!styles.lastError().isEmpty() || !tags.lastError().isEmpty()) {
        *error = tr("Cannot read styles and tags: %1").arg(styles.lastError() + tags.lastError());
        return false;
    }
    return true;
}

QVector<ExportFile> Exporter::write(ExportFormat format, const ExportBundle &bundle, QString *error,
                                    const Progress &progress)
{
    const QString extension = suffix(format);
    if (onePerDocument(format)) {
        QVector<ExportFile> files;
        QSet<QString> taken;
        const int total = int(bundle.items.size());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < total; ++i) {
            if (!report(progress, i, total)) {
                *error = tr("Export cancelled.");
                return {};
            }
            const ExportItem &item = bundle.items.at(i);
            files.append(
                {SafeFileName::unique(SafeFileName::fromTitle(item.document.title, extension), &taken),
                 HtmlExporter::write(item, bundle.styles, now)});
        }
        if (!report(progress, total, total)) {
            *error = tr("Export cancelled.");
            return {};
        }
        return files;
    }

    if (!report(progress, 0, 1)) {
        *error = tr("Export cancelled.");
        return {};
    }
    ExportFile file{singleFileName(bundle, extension), {}};
    switch (format) {
    case ExportFormat::W3cJson:
        file.bytes = W3cJsonExporter::write(bundle.items, bundle.styles);
        break;
    case ExportFormat::Markdown:
        file.bytes = MarkdownExporter::write(bundle.items, bundle.styles).toUtf8();
        break;
    case ExportFormat::Csv:
        file.bytes = CsvExporter::write(bundle.items, bundle.styles);
        break;
    case ExportFormat::Qdpx: {
        const QString name = bundle.items.size() == 1 && !bundle.items.constFirst().document.title.isEmpty()
                                 ? bundle.items.constFirst().document.title
                                 : QCoreApplication::translate("hashiya::Exporter", "Hashiya annotations");
        QString zipError;
        file.bytes = QdpxExporter::write(bundle, name, &zipError);
        if (file.bytes.isEmpty()) {
            *error = tr("Cannot build the REFI-QDA package: %1").arg(zipError);
            return {};
        }
        break;
    }
    case ExportFormat::Html:
        break; // one per document, above
    }
    if (!report(progress, 1, 1)) {
        *error = tr("Export cancelled.");
        return {};
    }
    return {file};
}

bool Exporter::save(const QVector<ExportFile> &files, const QString &target, QString *error)
{
    if (files.isEmpty()) {
        *error = tr("There is nothing to export.");
        return false;
    }
    const QFileInfo targetInfo(target);
    const bool toFolder = targetInfo.isDir();
    if (!toFolder && files.size() > 1) {
        *error = tr("%1 is not a folder: an export of %n file(s) needs an existing folder.", nullptr,
                    int(files.size()))
                     .arg(QDir::toNativeSeparators(target));
        return false;
    }
    const QDir folder(toFolder ? targetInfo.absoluteFilePath() : targetInfo.absolutePath());
    for (const ExportFile &file : files) {
        QString path = targetInfo.absoluteFilePath();
        if (toFolder) {
            // Names come from titles: a name that could leave the folder is refused, never "fixed" silently.
            if (!SafeFileName::isSafe(file.fileName)) {
                *error = tr("Refusing the unsafe file name “%1”.").arg(file.fileName);
                return false;
            }
            path = folder.absoluteFilePath(file.fileName);
            if (QFileInfo(path).absolutePath() != folder.absolutePath()) {
                *error = tr("Refusing to write outside %1.").arg(QDir::toNativeSeparators(folder.path()));
                return false;
            }
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size() || !out.commit()) {
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
            return false;
        }
    }
    return true;
}

} // namespace hashiya
