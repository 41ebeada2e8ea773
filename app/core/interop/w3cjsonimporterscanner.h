#pragma once

#include "interop/w3cjsonimportervalue.h"

#include <QByteArray>

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
    /// True with `value` filled when the scanner could read the whole input; false leaves it to Qt.
    static bool parse(const QByteArray &json, W3cJsonImporterValue *value);

private:
    W3cJsonImporterScanner(const char *begin, const char *end)
        : m_at(begin)
        , m_end(end)
    {}
    bool readValue(W3cJsonImporterValue &value, int depth);
    bool readObject(W3cJsonImporterValue &value, int depth);
    bool readArray(W3cJsonImporterValue &value, int depth);
    bool readString(QString &string);
    bool readNumber(W3cJsonImporterValue &value);
    bool readLiteral(const char *literal, int length);
    void skipSpace();

    const char *m_at;
    const char *m_end;
};

} // namespace hashiya
