#include "cli/commandsupport.h"

#include "library/documentstore.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace hashiya::cli {

using namespace Qt::StringLiterals;

QString tr(const char *text)
{
    return QCoreApplication::translate("hashiya::Commands", text);
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void printError(const QString &text)
{
    const QByteArray bytes = (u"hashiya: "_s + text + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

QString documentId(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// Titles are one field of tab-separated output: no tabs or line breaks inside.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r' || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return text;
}

std::unique_ptr<Library> openLibrary(const CommandOptions &options)
{
    QString error;
    Library::Problem problem = Library::Problem::None;
    auto library = Library::open(options.libraryPath, &error, &problem);
    if (!library) {
        // The message says what is wrong and where; on the command line "another library" means an option.
        QString hint = QCoreApplication::translate(
            "hashiya::Commands", "To use another library, pass --library FILE or set HASHIYA_LIBRARY.");
        if (problem == Library::Problem::Damaged)
            hint += u' '
                    + QCoreApplication::translate(
                        "hashiya::Commands",
                        "To recover what is readable into a new library, open this one in the window (run "
                        "hashiya --library FILE without a command) and choose Try to Recover.");
        printError(error + u'\n' + hint);
        return library;
    }
    if (library->isReadOnly())
        printError(
            QCoreApplication::translate("hashiya::Commands",
                                        "the library “%1” is read-only: commands that change it will fail.")
                .arg(QDir::toNativeSeparators(library->path())));
    return library;
}

std::optional<DocumentRecord> findDocument(Library &library, const QString &id)
{
    DocumentStore store(library);
    auto record = store.findByIdPrefix(id);
    if (!record)
        printError(
            QCoreApplication::translate("hashiya::Commands", "no document matches “%1” (see `hashiya list`)")
                .arg(id));
    return record;
}

} // namespace hashiya::cli
