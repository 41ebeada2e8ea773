#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hashiya {

class Library;

/** What an annotation import did. Nothing is written when `error` is set. */
struct AnnotationImportReport {
    int imported = 0;
    int alreadyPresent = 0; // same annotation id already in the library: skipped, never duplicated
    /// One line per annotation that was not imported: "ID<TAB>reason<TAB>start of its quote".
    QStringList problems;
    int unanchored = 0; // annotations not imported: malformed, or no document / passage found for them
    QString error;      // fatal: unreadable input or a library error; nothing was written

    bool ok() const { return error.isEmpty(); }
    /// "imported N, already present N, not anchored N".
    QString summary() const;
};

/**
 * Reads W3C Web Annotation JSON-LD (Hashiya's own `export --format json`, or another W3C-model tool's) into
 * the library: anchors each annotation to a stored document (by target source, source path, else by its
 * quote), recreates notes, tags and styles, and writes everything in one transaction: all or nothing. Safe to
 * call off the GUI thread with that thread's own connection of `library`.
 */
class W3cJsonImporter final
{
public:
    static AnnotationImportReport import(Library &library, const QByteArray &json);
};

} // namespace hashiya
