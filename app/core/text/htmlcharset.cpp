#include "text/htmlcharset.h"

#include "text/charsetconverter.h"

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

constexpr qsizetype PrescanLength = 4096; // how far browsers look for a meta charset

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// The value after "charset" in one tag, or empty. Handles `charset=x`, `charset = "x"` and the form inside a
// content attribute (`content="text/html; charset=x"`), whose quote ends the value.
QByteArray charsetIn(const QByteArray &tag)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = tag.indexOf("charset", from);
        if (at < 0)
            return {};
        qsizetype i = at + 7;
        while (i < tag.size() && isSpace(tag.at(i)))
            ++i;
        if (i >= tag.size() || tag.at(i) != '=') {
            from = at + 7;
            continue;
        }
        ++i;
        while (i < tag.size() && isSpace(tag.at(i)))
            ++i;
        if (i < tag.size() && (tag.at(i) == '"' || tag.at(i) == '\''))
            ++i;
        const qsizetype start = i;
        while (i < tag.size() && !isSpace(tag.at(i)) && tag.at(i) != '"' && tag.at(i) != '\''
               && tag.at(i) != ';' && tag.at(i) != '>' && tag.at(i) != '/')
            ++i;
        return tag.mid(start, i - start);
    }
}

} // namespace

QString HtmlCharset::declaredLabel(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(PrescanLength).toLower();
    qsizetype from = 0;
    for (;;) {
        const qsizetype open = head.indexOf("<meta", from);
        if (open < 0)
            return {};
        const qsizetype close = head.indexOf('>', open);
        const QByteArray tag = head.mid(open, close < 0 ? -1 : close - open);
        const QByteArray label = charsetIn(tag);
        if (!label.isEmpty()) {
            // Return the label as the page wrote it (case kept), for messages.
            const qsizetype at = head.indexOf(label, open);
            return QString::fromLatin1(bytes.mid(at, label.size()));
        }
        if (close < 0)
            return {};
        from = close;
    }
}

QString HtmlCharset::declared(const QByteArray &bytes)
{
    const QString label = declaredLabel(bytes);
    if (label.isEmpty())
        return {};
    const QString name = CharsetConverter::standardName(label);
    // Browsers have always read these labels as windows-1252, and so have the pages that use them.
    if (name == "ISO-8859-1"_L1 || name == "US-ASCII"_L1)
        return u"windows-1252"_s;
    return name;
}

} // namespace hashiya
