#pragma once

#include "article/article.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hashiya {

/** What loading a file gave: the article, or an error meant for the user, and a warning that loses nothing.
 */
struct LoadResult {
    Article article;
    QString error;                  // empty on success
    QString warning;                // e.g. invalid bytes were replaced
    bool encodingUncertain = false; // the encoding was a guess the user should be able to correct

    bool ok() const { return error.isEmpty(); }
};

/**
 * Reads an article file from disk: checks it is a readable, non-empty, not too large regular file, decodes
 * its bytes, and imports it by its kind (plain text, Markdown, HTML). Every failure gets a message a user can
 * act on. Hostile input is refused before it costs anything: the size is checked before a byte is read,
 * devices, FIFOs and sockets are never opened for reading (they could block or never end), and reading stops
 * at the limit even when a file grows meanwhile.
 */
class ArticleLoader final
{
    Q_DECLARE_TR_FUNCTIONS(hashiya::ArticleLoader)

public:
    static constexpr qint64 MaximumFileSize = 64 * 1024 * 1024; // 64 MB: a long book is 4 MB

    /** The message for a file of `size` bytes above MaximumFileSize: its size and the limit, in MB. */
    static QString tooLargeMessage(const QString &name, qint64 size);

    static LoadResult loadFile(const QString &path, const QString &forcedEncoding = {});
    static LoadResult loadBytes(const QByteArray &bytes, const QString &sourcePath,
                                const QString &forcedEncoding = {});

    /** "text/markdown" for .md/.markdown, "text/html" for .htm/.html/.xhtml, otherwise "text/plain". */
    static QString mediaTypeFor(const QString &path);
    /** True when the text holds a NUL or is mostly control characters: an image or archive, not an article.
     */
    static bool looksBinary(QStringView text);
};

} // namespace hashiya
