#pragma once

#include <QByteArray>
#include <QString>

namespace hashiya {

/**
 * Recognises UTF-16 without a byte-order mark by its byte pattern: the high byte of each unit takes only a
 * few values (0x00 for ASCII, 0x06 for Arabic, 0x05 for Hebrew) while the low byte varies.
 */
class Utf16Sniffer final
{
public:
    /** "UTF-16LE", "UTF-16BE", or empty when the bytes do not have the pattern. */
    static QString guess(const QByteArray &bytes);
};

} // namespace hashiya
