#pragma once

#include "cli/commands.h"
#include "library/documentrecord.h"

#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace hashiya {
class Library;
}

/** What every headless command shares: messages on standard output and error, the library, documents by id.
 */
namespace hashiya::cli {

/// Translates in the commands' context.
QString tr(const char *text);
void printOut(const QString &text);
/// "hashiya: TEXT" and a line break on standard error.
void printError(const QString &text);
/// A document's id as the command line prints and takes it.
QString documentId(const QUuid &uuid);
/// One field of tab-separated output: tabs and line breaks become spaces.
QString oneLine(QString text);
/// The library of the options, or null after printing why it cannot be opened.
std::unique_ptr<Library> openLibrary(const CommandOptions &options);
/// The document whose id starts with `id`, or nothing after printing that none matches.
std::optional<DocumentRecord> findDocument(Library &library, const QString &id);

} // namespace hashiya::cli
