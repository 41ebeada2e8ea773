#include "cli/commandsupport.h"

#include "library/documentstore.h"
#include "library/library.h"

#include <QCoreApplication>

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
    auto library = Library::open(options.libraryPath, &error);
    if (!library)
        printError(error);
    return library;
}

std::optional<DocumentRecord> findDocument(Library &library, const QString &id)
{
    DocumentStore store(library);
    auto record = store.findByIdPrefix(id);
    if (!record)
        printError(tr("no document matches “%1” (see `hashiya list`)").arg(id));
    return record;
}

} // namespace hashiya::cli
