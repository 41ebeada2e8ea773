#include "interop/w3cjsonimporterscanner.h"

#include <QHash>

#include <cmath>
#include <cstring>

namespace hashiya {

namespace {

// Far below QJsonDocument's own limit, so nothing it refuses as too deep passes here.
constexpr int maximumDepth = 512;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isNoncharacter(char32_t c)
{
    return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
}

// One well-formed UTF-8 sequence (Unicode Table 3-7) of two to four bytes at `at`, decoded; 0 when the
// bytes are not one (overlong forms, surrogates, past U+10FFFF, cut short).
int decodeUtf8(const unsigned char *at, const unsigned char *end, char32_t *c)
{
    const unsigned char b0 = at[0];
    const auto continuation = [&](int i, unsigned char low = 0x80, unsigned char high = 0xbf) {
        return at + i < end && at[i] >= low && at[i] <= high;
    };
    if (b0 >= 0xc2 && b0 <= 0xdf) {
        if (!continuation(1))
            return 0;
        *c = char32_t(b0 & 0x1f) << 6 | (at[1] & 0x3f);
        return 2;
    }
    if (b0 >= 0xe0 && b0 <= 0xef) {
        const unsigned char low = b0 == 0xe0 ? 0xa0 : 0x80;
        const unsigned char high = b0 == 0xed ? 0x9f : 0xbf;
        if (!continuation(1, low, high) || !continuation(2))
            return 0;
        *c = char32_t(b0 & 0x0f) << 12 | char32_t(at[1] & 0x3f) << 6 | (at[2] & 0x3f);
        return 3;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        const unsigned char low = b0 == 0xf0 ? 0x90 : 0x80;
        const unsigned char high = b0 == 0xf4 ? 0x8f : 0xbf;
        if (!continuation(1, low, high) || !continuation(2) || !continuation(3))
            return 0;
        *c = char32_t(b0 & 0x07) << 18 | char32_t(at[1] & 0x3f) << 12 | char32_t(at[2] & 0x3f) << 6
             | (at[3] & 0x3f);
        return 4;
    }
    return 0;
}

// Short ASCII strings (keys, types, purposes, tag names) repeat in every annotation: one shared QString each
// instead of an allocation per occurrence. Bounded, so a file of distinct short strings cannot grow it.
class StringCache final
{
public:
    QString get(const char *data, qsizetype size)
    {
        const QByteArray key = QByteArray::fromRawData(data, size);
        if (const auto found = m_strings.constFind(key); found != m_strings.cend())
            return found.value();
        QString string = QString::fromLatin1(data, size);
        if (m_strings.size() < 1024)
            m_strings.insert(QByteArray(data, size), string);
        return string;
    }

private:
    QHash<QByteArray, QString> m_strings;
};

thread_local StringCache *cache = nullptr;

/** Makes the short-string cache of one scan reachable from readString() on this thread. */
class CacheScope final
{
    Q_DISABLE_COPY_MOVE(CacheScope)

public:
    CacheScope() { cache = &m_strings; }
    ~CacheScope() { cache = nullptr; }

private:
    StringCache m_strings;
};

} // namespace

bool W3cJsonImporterScanner::parse(const QByteArray &json, W3cJsonImporterValue *value)
{
    W3cJsonImporterScanner scanner(json.constData(), json.constData() + json.size());
    return scanner.scan(value);
}

bool W3cJsonImporterScanner::parse(const QByteArray &json, W3cJsonImporterValue *value,
                                   const QStringList &streamPath, const ItemSink &sink)
{
    W3cJsonImporterScanner scanner(json.constData(), json.constData() + json.size());
    scanner.m_streamPath = &streamPath;
    scanner.m_sink = &sink;
    return scanner.scan(value);
}

bool W3cJsonImporterScanner::scan(W3cJsonImporterValue *value)
{
    const CacheScope strings;
    skipSpace();
    bool ok = m_at < m_end && (*m_at == '{' || *m_at == '[') && readValue(*value, 0, m_sink ? 0 : -1);
    if (ok) {
        skipSpace();
        ok = m_at == m_end;
    }
    if (!ok)
        *value = {};
    return ok;
}

bool W3cJsonImporterScanner::peekTopType(const QByteArray &json, W3cJsonImporterValue *type)
{
    const CacheScope strings;
    W3cJsonImporterScanner scanner(json.constData(), json.constData() + json.size());
    scanner.skipSpace();
    if (scanner.m_at >= scanner.m_end || *scanner.m_at != '{')
        return false;
    ++scanner.m_at;
    scanner.skipSpace();
    for (;;) {
        QString key;
        if (scanner.m_at >= scanner.m_end || *scanner.m_at != '"' || !scanner.readString(key))
            return false;
        scanner.skipSpace();
        if (scanner.m_at >= scanner.m_end || *scanner.m_at != ':')
            return false;
        ++scanner.m_at;
        scanner.skipSpace();
        if (key == u"type")
            return scanner.readValue(*type, 1);
        bool closed = false;
        if (!scanner.skipValue() || !scanner.readSeparator('}', &closed) || closed)
            return false;
    }
}

void W3cJsonImporterScanner::skipSpace()
{
    while (m_at < m_end && isSpace(*m_at))
        ++m_at;
}

bool W3cJsonImporterScanner::readValue(W3cJsonImporterValue &value, int depth, int matched)
{
    if (m_at >= m_end)
        return false;
    switch (*m_at) {
    case '{':
        return readObject(value, depth + 1, matched);
    case '[':
        return readArray(value, depth + 1, matched);
    case '"':
        value.m_type = W3cJsonImporterValue::Type::String;
        return readString(value.m_string);
    case 't':
        value.m_type = W3cJsonImporterValue::Type::Bool;
        value.m_bool = true;
        return readLiteral("true", 4);
    case 'f':
        value.m_type = W3cJsonImporterValue::Type::Bool;
        return readLiteral("false", 5);
    case 'n':
        value.m_type = W3cJsonImporterValue::Type::Null;
        return readLiteral("null", 4);
    default:
        return readNumber(value);
    }
}

bool W3cJsonImporterScanner::readLiteral(const char *literal, int length)
{
    if (m_end - m_at < length || std::memcmp(m_at, literal, size_t(length)) != 0)
        return false;
    m_at += length;
    return true;
}

bool W3cJsonImporterScanner::readObject(W3cJsonImporterValue &value, int depth, int matched)
{
    if (depth > maximumDepth)
        return false;
    value.m_type = W3cJsonImporterValue::Type::Object;
    ++m_at; // {
    skipSpace();
    if (m_at < m_end && *m_at == '}') {
        ++m_at;
        return true;
    }
    for (bool closed = false; !closed;) {
        if (m_at >= m_end || *m_at != '"')
            return false;
        QString key;
        if (!readString(key))
            return false;
        // Which of two equal keys Qt keeps is Qt's business: such a file goes to QJsonDocument.
        for (const QString &earlier : std::as_const(value.m_keys)) {
            if (earlier == key)
                return false;
        }
        skipSpace();
        if (m_at >= m_end || *m_at != ':')
            return false;
        ++m_at;
        skipSpace();
        const bool onPath =
            matched >= 0 && matched < m_streamPath->size() && m_streamPath->at(matched) == key;
        value.m_keys.append(std::move(key));
        value.m_elements.emplaceBack();
        if (!readValue(value.m_elements.last(), depth, onPath ? matched + 1 : -1)
            || !readSeparator('}', &closed))
            return false;
    }
    return true;
}

bool W3cJsonImporterScanner::readArray(W3cJsonImporterValue &value, int depth, int matched)
{
    if (depth > maximumDepth)
        return false;
    value.m_type = W3cJsonImporterValue::Type::Array;
    ++m_at; // [
    skipSpace();
    if (m_at < m_end && *m_at == ']') {
        ++m_at;
        return true;
    }
    const bool streamed = matched >= 0 && matched == m_streamPath->size();
    for (bool closed = false; !closed;) {
        if (streamed) {
            W3cJsonImporterValue item;
            if (!readValue(item, depth) || !(*m_sink)(std::move(item)))
                return false;
        } else {
            value.m_elements.emplaceBack();
            if (!readValue(value.m_elements.last(), depth))
                return false;
        }
        if (!readSeparator(']', &closed))
            return false;
    }
    return true;
}

bool W3cJsonImporterScanner::readSeparator(char close, bool *closed)
{
    skipSpace();
    if (m_at >= m_end)
        return false;
    *closed = *m_at == close;
    if (!*closed && *m_at != ',')
        return false;
    ++m_at;
    skipSpace();
    return true;
}

bool W3cJsonImporterScanner::skipValue()
{
    int depth = 0;
    while (m_at < m_end) {
        const char c = *m_at;
        if (c == '"') {
            if (!skipString())
                return false;
            if (depth == 0)
                return true;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']' || c == ',') {
            if (depth == 0)
                return true; // the end of a number or literal
            if (c != ',' && --depth == 0) {
                ++m_at;
                return true;
            }
        }
        ++m_at;
    }
    return false;
}

bool W3cJsonImporterScanner::skipString()
{
    ++m_at; // "
    for (;;) {
        const auto *quote = static_cast<const char *>(std::memchr(m_at, '"', size_t(m_end - m_at)));
        if (!quote)
            return false;
        // Escaped when an odd number of backslashes stands before it.
        const char *before = quote;
        while (before > m_at && before[-1] == '\\')
            --before;
        m_at = quote + 1;
        if ((quote - before) % 2 == 0)
            return true;
    }
}

bool W3cJsonImporterScanner::readString(QString &string)
{
    ++m_at; // "
    const char *start = m_at;
    // Plain ASCII without escapes, the common case of keys, types, ids and dates.
    while (m_at < m_end) {
        const unsigned char c = static_cast<unsigned char>(*m_at);
        if (c == '"') {
            const qsizetype size = m_at - start;
            string = size <= 24 ? cache->get(start, size) : QString::fromLatin1(start, size);
            ++m_at;
            return true;
        }
        if (c < 0x20 || c >= 0x80 || c == '\\')
            break;
        ++m_at;
    }
    // The general case, decoded straight to UTF-16: never more units than bytes.
    const char *end = m_at;
    while (end < m_end && *end != '"') {
        if (*end == '\\' && end + 1 < m_end)
            ++end;
        ++end;
    }
    QString decoded(end - start, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(decoded.data());
    const char16_t *outStart = out;
    for (const char *p = start; p < m_at; ++p)
        *out++ = char16_t(static_cast<unsigned char>(*p));
    while (m_at < m_end) {
        const unsigned char c = static_cast<unsigned char>(*m_at);
        if (c == '"') {
            ++m_at;
            decoded.resize(out - outStart);
            string = std::move(decoded);
            return true;
        }
        if (c < 0x20)
            return false;
        if (c < 0x80 && c != '\\') {
            *out++ = c;
            ++m_at;
            continue;
        }
        if (c >= 0x80) {
            char32_t code = 0;
            const int length = decodeUtf8(reinterpret_cast<const unsigned char *>(m_at),
                                          reinterpret_cast<const unsigned char *>(m_end), &code);
            if (length == 0 || isNoncharacter(code))
                return false;
            m_at += length;
            if (code >= 0x10000) {
                *out++ = char16_t(0xd800 + ((code - 0x10000) >> 10));
                *out++ = char16_t(0xdc00 + ((code - 0x10000) & 0x3ff));
            } else {
                *out++ = char16_t(code);
            }
            continue;
        }
        // An escape: the ones RFC 8259 defines, and \u pairs that make whole characters.
        if (m_end - m_at < 2)
            return false;
        const char escaped = m_at[1];
        m_at += 2;
        switch (escaped) {
        case '"':
        case '\\':
        case '/':
            *out++ = char16_t(escaped);
            continue;
        case 'b':
            *out++ = u'\b';
            continue;
        case 'f':
            *out++ = u'\f';
            continue;
        case 'n':
            *out++ = u'\n';
            continue;
        case 'r':
            *out++ = u'\r';
            continue;
        case 't':
            *out++ = u'\t';
            continue;
        case 'u':
            break;
        default:
            return false;
        }
        const auto readHex = [this](char16_t *unit) {
            if (m_end - m_at < 4)
                return false;
            int value = 0;
            for (int i = 0; i < 4; ++i) {
                const int digit = hexDigit(m_at[i]);
                if (digit < 0)
                    return false;
                value = value << 4 | digit;
            }
            m_at += 4;
            *unit = char16_t(value);
            return true;
        };
        char16_t unit = 0;
        if (!readHex(&unit))
            return false;
        if (QChar::isLowSurrogate(unit))
            return false;
        if (QChar::isHighSurrogate(unit)) {
            char16_t low = 0;
            if (m_end - m_at < 2 || m_at[0] != '\\' || m_at[1] != 'u')
                return false;
            m_at += 2;
            if (!readHex(&low) || !QChar::isLowSurrogate(low))
                return false;
            if (isNoncharacter(QChar::surrogateToUcs4(unit, low)))
                return false;
            *out++ = unit;
            *out++ = low;
            continue;
        }
        if (isNoncharacter(unit))
            return false;
        *out++ = unit;
    }
    return false;
}

bool W3cJsonImporterScanner::readNumber(W3cJsonImporterValue &value)
{
    // RFC 8259's grammar checked here; the value is then computed by the very calls QJsonDocument makes
    // (QByteArray::toLongLong, else toDouble), so both agree on every digit.
    const char *start = m_at;
    bool isInteger = true;
    if (m_at < m_end && *m_at == '-')
        ++m_at;
    if (m_at >= m_end || !isDigit(*m_at))
        return false;
    if (*m_at == '0') {
        ++m_at;
    } else {
        while (m_at < m_end && isDigit(*m_at))
            ++m_at;
    }
    if (m_at < m_end && *m_at == '.') {
        isInteger = false;
        ++m_at;
        if (m_at >= m_end || !isDigit(*m_at))
            return false;
        while (m_at < m_end && isDigit(*m_at))
            ++m_at;
    }
    if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
        isInteger = false;
        ++m_at;
        if (m_at < m_end && (*m_at == '+' || *m_at == '-'))
            ++m_at;
        if (m_at >= m_end || !isDigit(*m_at))
            return false;
        while (m_at < m_end && isDigit(*m_at))
            ++m_at;
    }
    const QByteArray number = QByteArray::fromRawData(start, m_at - start);
    value.m_type = W3cJsonImporterValue::Type::Double;
    bool ok = false;
    if (isInteger) {
        value.m_integer = number.toLongLong(&ok);
        if (ok) {
            value.m_isInteger = true;
            return true;
        }
    }
    value.m_double = number.toDouble(&ok);
    return ok && std::isfinite(value.m_double);
}

} // namespace hashiya
