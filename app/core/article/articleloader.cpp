#include "article/articleloader.h"

#include "article/htmlimporter.h"
#include "article/plaintextimporter.h"
#include "article/qtextdocumentimporter.h"
#include "text/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <libxml/xmlerror.h>

#include <cstring>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

/// Opens `path` for reading only if it is a regular file, and gives its size as the open file has it. On
/// Unix the check is made on the opened descriptor (O_NONBLOCK, so a FIFO swapped in after the QFileInfo
/// check cannot block the open), leaving no window for the file to change kind between check and read.
bool openRegularFile(QFile &file, const QString &path, qint64 *size, bool *regular, QString *error)
{
    *regular = true;
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    struct stat status = {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        *regular = false;
        ::close(fd);
        return false;
    }
    *size = qint64(status.st_size);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        *error = file.errorString();
        ::close(fd);
        return false;
    }
    return true;
#else
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *regular = !file.isSequential();
    *size = file.size();
    return *regular;
#endif
}

/// The nesting depth at which libxml2 stops parsing (its guard against exhausting the stack and memory;
/// HtmlDocument leaves XML_PARSE_HUGE off to keep it).
constexpr int HtmlDepthLimit = 256;

/// True when libxml2 stopped the last parse in this thread at its depth limit, keeping only what came before.
/// HtmlDocument parses with errors silenced and keeps none, but libxml2 still records the thread's last
/// error.
bool htmlStoppedAtDepthLimit()
{
    const xmlError *error = xmlGetLastError();
    return error && error->code == XML_ERR_INTERNAL_ERROR && error->message
           && std::strstr(error->message, "Excessive depth") != nullptr;
}

QString megabytes(qint64 size)
{
    // One decimal below 10 MB, so 64 MB + 1 byte does not read as "64 MB".
    const double mb = double(size) / (1024 * 1024);
    return QString::number(mb, 'f', mb < 100 ? 1 : 0);
}

} // namespace

QString ArticleLoader::tooLargeMessage(const QString &name, qint64 size)
{
    // One arg() call: a file named "%3.txt" must not have its name filled in by the next one.
    return tr("The file “%1” is %2 MB; Hashiya opens articles of at most %3 MB.")
        .arg(name, megabytes(size), QString::number(MaximumFileSize / (1024 * 1024)));
}

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
    const auto notRegular = [&name] {
        return tr("“%1” is not a regular file (it is a device, a pipe or a socket); Hashiya opens only "
                  "article files.")
            .arg(name);
    };
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
    if (!info.isFile()) {
        // A device (/dev/zero), FIFO or socket: reading it could block forever or never end.
        result.error = notRegular();
        return result;
    }
    if (info.size() == 0) {
        result.error = tr("The file “%1” is empty.").arg(name);
        return result;
    }
    // The size is checked before a byte is read: a 200 MB file costs a stat(), not 200 MB of memory.
    if (info.size() > MaximumFileSize) {
        result.error = tooLargeMessage(name, info.size());
        return result;
    }
    QFile file;
    qint64 size = 0;
    bool regular = true;
    QString openError;
    if (!openRegularFile(file, info.absoluteFilePath(), &size, &regular, &openError)) {
        result.error =
            regular ? tr("The file “%1” could not be read: %2.").arg(name, openError) : notRegular();
        return result;
    }
    if (size > MaximumFileSize) {
        result.error = tooLargeMessage(name, size);
        return result;
    }
    if (size == 0) {
        result.error = tr("The file “%1” is empty.").arg(name);
        return result;
    }
    // Exactly the stated size, never more: a file that grows while it is read cannot take unbounded memory.
    QByteArray bytes(size, Qt::Uninitialized);
    qint64 got = 0;
    while (got < size) {
        const qint64 n = file.read(bytes.data() + got, size - got);
        if (n <= 0)
            break;
        got += n;
    }
    char extra = 0;
    if (got != size || file.read(&extra, 1) > 0) {
        result.error = tr("The file “%1” could not be read whole: it changed while it was read (%2). Try "
                          "again once it is complete.")
                           .arg(name, file.errorString());
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
        result.error = tooLargeMessage(name, bytes.size());
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
    bool tooDeep = false;
    if (mediaType == "text/html"_L1) {
        xmlResetLastError();
        result.article = HtmlImporter::import(decoded.text, sourcePath);
        tooDeep = htmlStoppedAtDepthLimit();
    } else if (mediaType == "text/markdown"_L1)
        result.article = QTextDocumentImporter::importMarkdown(decoded.text);
    else
        result.article = PlainTextImporter::import(decoded.text);

    // A page nested thousands of elements deep (hostile or broken) is read down to the limit, and the reader
    // is told what was left out: nothing is dropped silently.
    if (tooDeep && result.article.blocks.isEmpty()) {
        result.error =
            tr("“%1” nests its HTML elements more than %2 levels deep, the most Hashiya reads, and "
               "holds no text above that depth.")
                .arg(name, QString::number(HtmlDepthLimit));
        return result;
    }
    if (result.article.blocks.isEmpty()) {
        result.error = tr("“%1” holds no readable text.").arg(name);
        return result;
    }
    if (tooDeep) {
        const QString deep = tr("“%1” nests its HTML elements more than %2 levels deep, the most Hashiya "
                                "reads; the text below that depth was left out.")
                                 .arg(name, QString::number(HtmlDepthLimit));
        result.warning = result.warning.isEmpty() ? deep : result.warning + u' ' + deep;
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
