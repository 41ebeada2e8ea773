#include "text/utf16sniffer.h"

#include <algorithm>
#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

constexpr qsizetype SniffLength = 8192;

// The share of the bytes at one parity that the two most frequent values cover.
double concentration(const QByteArray &bytes, int parity)
{
    std::array<int, 256> counts{};
    int total = 0;
    for (qsizetype i = parity; i < bytes.size(); i += 2) {
        ++counts[uchar(bytes.at(i))];
        ++total;
    }
    if (total == 0)
        return 0.0;
    std::partial_sort(counts.begin(), counts.begin() + 2, counts.end(), std::greater<int>());
    return double(counts[0] + counts[1]) / total;
}

// Whether the high bytes at one parity are those of text our readers meet: Latin and punctuation (0x00,
// 0x20), Hebrew (0x05), Arabic (0x06, 0x08), presentation forms (0xFB-0xFE). Single-byte text whose every
// other byte repeats (a letter between control bytes, a run of blanks) would otherwise pass for UTF-16.
bool plausibleHighBytes(const QByteArray &bytes, int parity)
{
    int plausible = 0;
    int total = 0;
    for (qsizetype i = parity; i + (parity == 0 ? 1 : 0) < bytes.size(); i += 2) {
        const uchar high = uchar(bytes.at(i));
        const uchar low = uchar(bytes.at(parity == 0 ? i + 1 : i - 1));
        const bool asciiControl = high == 0 && low < 0x20 && low != '\t' && low != '\n' && low != '\r';
        plausible +=
            !asciiControl
            && (high == 0x00 || high == 0x05 || high == 0x06 || high == 0x08 || high == 0x20 || high >= 0xFB);
        ++total;
    }
    return total > 0 && plausible >= total * 0.95;
}

} // namespace

QString Utf16Sniffer::guess(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(SniffLength & ~qsizetype(1));
    if (head.size() < 4)
        return {};
    const double even = concentration(head, 0);
    const double odd = concentration(head, 1);
    // Text of one script keeps its high bytes to a couple of values; single-byte text and noise spread both.
    constexpr double High = 0.85;
    constexpr double Gap = 0.2;
    if (odd >= High && odd - even >= Gap && plausibleHighBytes(head, 1))
        return u"UTF-16LE"_s;
    if (even >= High && even - odd >= Gap && plausibleHighBytes(head, 0))
        return u"UTF-16BE"_s;
    return {};
}

} // namespace hashiya
