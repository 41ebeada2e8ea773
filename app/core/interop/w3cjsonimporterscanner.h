#pragma once

#include "interop/w3cjsonimportervalue.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

namespace hashiya {

/**
 * A strict JSON parser into W3cJsonImporterValue, hand-written because QJsonDocument took a quarter of the
 * time of importing 100,000 annotations (92 MB) and its tree another share on every access.
 *
 * It accepts only what RFC 8259 calls JSON and QJsonDocument certainly accepts alike: an object or array at
 * the top, well-formed UTF-8 without noncharacters, no control characters or lone surrogates in strings, no
 * duplicate keys, nesting below Qt's limit, numbers whose value Qt would keep the same. Anything else makes
 * parse() return false, and the caller hands the bytes to QJsonDocument instead — so Qt stays the judge of
 * what is valid and of every error message, and the scanner never has to match Qt's corner cases.
 */
class W3cJsonImporterScanner final
{
public:
    /// Takes one element of the streamed array as soon as it is read; false stops the scan.
    using ItemSink = std::function<bool(W3cJsonImporterValue &&item)>;

    /// True with `value` filled when the scanner could read the whole input; false leaves it to Qt.
    static bool parse(const QByteArray &json, W3cJsonImporterValue *value);
    /**
     * As parse(), but the elements of the array at `streamPath` (keys from the top object; an empty path is
     * the top array itself) go to `sink` one by one while the rest is still being read, and that array stays
     * empty in `value`: the annotations of a large file need not wait for its end, nor all be held at once.
     * What the sink took counts only if this returns true; false after a sink's `false` means it stopped.
     */
    static bool parse(const QByteArray &json, W3cJsonImporterValue *value, const QStringList &streamPath,
                      const ItemSink &sink);
    /**
     * The value of the top object's "type" member, read without building the rest of the tree (the members
     * before it are skipped over, not checked): false when the top is not an object or has no such member.
     */
    static bool peekTopType(const QByteArray &json, W3cJsonImporterValue *type);

private:
    W3cJsonImporterScanner(const char *begin, const char *end)
        : m_at(begin)
        , m_end(end)
    {}
    bool scan(W3cJsonImporterValue *value);
    /// `matched`: how many keys of the stream path lead to this value, or -1 when it is off that path.
    bool readValue(W3cJsonImporterValue &value, int depth, int matched = -1);
    bool readObject(W3cJsonImporterValue &value, int depth, int matched);
    bool readArray(W3cJsonImporterValue &value, int depth, int matched);
    /// After an object's member or an array's element: true on `,` (more to come) with `*closed` false, true
    /// on `close` with `*closed` true, false on anything else.
    bool readSeparator(char close, bool *closed);
    bool readString(QString &string);
    bool readNumber(W3cJsonImporterValue &value);
    bool readLiteral(const char *literal, int length);
    void skipSpace();
    /// Past one value without reading it: strings and brackets are followed, nothing else is checked.
    bool skipValue();
    bool skipString();

    const char *m_at;
    const char *m_end;
    const QStringList *m_streamPath = nullptr;
    const ItemSink *m_sink = nullptr;
};

} // namespace hashiya
