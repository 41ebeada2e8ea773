#pragma once

#include "interop/exportbundle.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace hashiya {

class Library;

enum class ExportFormat { W3cJson, Markdown, Csv, Html, Qdpx };

/**
 * The one way the window and the command line export: reads what to export from the library (collect), turns
 * it into files in any format (write) and saves them without ever writing outside the chosen place (save).
 * collect and write may run off the GUI thread; progress reports let the caller show and cancel them.
 */
class Exporter final
{
    Q_DECLARE_TR_FUNCTIONS(hashiya::Exporter)

public:
    using Progress = std::function<bool(int done, int total)>; // false = cancel

    static QVector<ExportFormat> formats();
    /// "json", "markdown", "csv", "html", "qdpx": the command line's --format.
    static QString id(ExportFormat format);
    static std::optional<ExportFormat> fromId(const QString &id);
    /// Translated, e.g. "W3C Web Annotation (JSON-LD)".
    static QString displayName(ExportFormat format);
    /// "json", "md", "csv", "html", "qdpx" (no dot).
    static QString suffix(ExportFormat format);
    /// Whether the format writes one file per document (html: one page each).
    static bool onePerDocument(ExportFormat format);

    /// Reads the documents (all latest documents when `documentIds` is empty), their annotations, every style
    /// and tag.
    static bool collect(Library &library, const QVector<qint64> &documentIds, ExportBundle *bundle,
                        QString *error, const Progress &progress = {});
    /// One file, or one per document for onePerDocument formats (unique safe names from titles).
    static QVector<ExportFile> write(ExportFormat format, const ExportBundle &bundle, QString *error,
                                     const Progress &progress = {});
    /// Saves with QSaveFile: `target` is a file path for one file, else an existing folder; never writes
    /// outside it.
    static bool save(const QVector<ExportFile> &files, const QString &target, QString *error);

    /// The ids of the latest version of every document (those no newer version points to), in import order.
    static QVector<qint64> latestDocumentIds(Library &library, QString *error);
};

} // namespace hashiya
