#pragma once

#include <QByteArray>
#include <QString>

namespace hashiya {

/** What one ICU conversion produced: the text, and whether some bytes had to become U+FFFD. */
struct Conversion {
    QString text;
    QString encoding; // the converter's standard name
    bool invalidBytes = false;
    QString error; // why the converter could not be used; empty on success
};

/**
 * The thin layer over ICU's converters that every decoding goes through: invalid and unassigned bytes always
 * become U+FFFD (never ICU's U+001A), and names are reported by their MIME / IANA standard names.
 */
class CharsetConverter final
{
public:
    /** Converts `bytes`; with `endOfInput` false a sequence cut at the end is not counted as invalid, so a
     *  leading sample of a large file can be judged fairly. */
    static Conversion convert(const QByteArray &bytes, const QString &encoding, bool endOfInput = true);

    /** The standard name of the converter ICU finds for `label` ("cp1256" → "windows-1256"); empty when
     *  ICU has no converter by that name. */
    static QString standardName(const QString &label);
};

} // namespace hashiya
