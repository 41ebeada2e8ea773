#include "article/articleloader.h"

#include "article/htmlimporter.h"
#include "article/plaintextimporter.h"
#include "article/qtextdocumentimporter.h"
#include "text/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace hashiya {

QString ArticleLoader::mediaTypeFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "md"_L1 || suffix == "markdown"_L1)
        return u"text/markdown"_s;
    if (suffix == "htm"_L1 || suffix == "html"_L1 || suffix == "xhtml"_L1)
        return u"text/html"_s;
    return u"text/plain"_s;
}

bool ArticleLoader::looksBinary(QStringView text)
{
    // The first 64 K characters tell: a binary file shows itself at once.
    const QStringView head = text.left(65536);
    qsizetype controls = 0;
    for (QChar c : head) {
        if (c.isNull())
            return true;
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t' && c != u'\f'
            && c != u'\v')
            ++controls;
    }
    return !head.isEmpty() && controls * 10 > head.size();
}

LoadResult ArticleLoader::loadFile(const QString &path, const QString &forcedEncoding)
{
    LoadResult result;
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists()) {
        result.error = tr("The file “%1” does not exist.").arg(name);
        return result;
    }
    if (info.isDir()) {
        result.error = tr("“%1” is a folder, not a file. Choose an article file inside it.").arg(name);
        return result;
    }
    if (!info.isReadable()) {
        result.error = tr("You do not have permission to read “%1”.").arg(name);
        return result;
    }
    if (info.size() == 0) {
        result.error = tr("The file “%1” is empty.").arg(name);
        return result;
    }
    if (info.size() > MaximumFileSize) {
        result.error = tr("The file “%1” is %2 MB; Hashiya opens articles of at most %3 MB.")
                           .arg(name)
                           .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                           .arg(MaximumFileSize / (1024 * 1024));
        return result;
    }
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("The file “%1” could not be read: %2.").arg(name, file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.size() != info.size()) {
        result.error = tr("The file “%1” could not be read whole: %2.").arg(name, file.errorString());
        return result;
    }
    return loadBytes(bytes, info.absoluteFilePath(), forcedEncoding);
}

LoadResult ArticleLoader::loadBytes(const QByteArray &bytes, const QString &sourcePath,
                                    const QString &forcedEncoding)
{
    LoadResult result;
    const QString name = sourcePath.isEmpty() ? tr("the text") : QDir::toNativeSeparators(sourcePath);
    if (bytes.isEmpty()) {
        result.error = tr("The file “%1” is empty.").arg(name);
        return result;
    }
    if (bytes.size() > MaximumFileSize) {
        result.error =
            tr("“%1” is larger than %2 MB, the most Hashiya opens.").arg(name).arg(MaximumFileSize >> 20);
        return result;
    }
    DecodedText decoded = TextDecoder::decode(bytes, forcedEncoding);
    if (!decoded.error.isEmpty()) {
        result.error = decoded.error;
        return result;
    }
    if (looksBinary(decoded.text)) {
        result.error = tr("“%1” does not look like a text file (it holds binary data).").arg(name);
        return result;
    }
    if (decoded.text.trimmed().isEmpty()) {
        result.error = tr("The file “%1” holds only white space.").arg(name);
        return result;
    }
    if (decoded.hadInvalidBytes) {
        result.warning =
            tr("Some bytes of “%1” are not valid %2; they were replaced by �.").arg(name, decoded.encoding);
    }

    const QString mediaType = mediaTypeFor(sourcePath);
    // Markdown goes through QTextDocument, which needs a QGuiApplication; HTML has its own parser.
    if (mediaType == "text/markdown"_L1 && !QTextDocumentImporter::isAvailable()) {
        result.error = tr("“%1” is %2, which Hashiya can only read with its graphical libraries started "
                          "(QGuiApplication); this program started without them.")
                           .arg(name, mediaType);
        return result;
    }
    if (mediaType == "text/html"_L1)
        result.article = HtmlImporter::import(decoded.text, sourcePath);
    else if (mediaType == "text/markdown"_L1)
        result.article = QTextDocumentImporter::importMarkdown(decoded.text);
    else
        result.article = PlainTextImporter::import(decoded.text);

    if (result.article.blocks.isEmpty()) {
        result.error = tr("“%1” holds no readable text.").arg(name);
        return result;
    }
    result.article.sourcePath = sourcePath;
    result.article.encoding = decoded.encoding;
    result.encodingUncertain = forcedEncoding.isEmpty() && (decoded.lowConfidence || decoded.hadInvalidBytes);
    if (!decoded.note.isEmpty())
        result.warning = result.warning.isEmpty() ? decoded.note : result.warning + u' ' + decoded.note;
    if (result.article.title.isEmpty())
        result.article.title = QFileInfo(sourcePath).completeBaseName();
    return result;
}

} // namespace hashiya
