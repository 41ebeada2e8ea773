#pragma once

#include <QString>

namespace hashiya {

/** One way to read a file's bytes, as offered by "Reopen with encoding…": the encoding, how likely it is and
 *  what the text then looks like. */
struct EncodingCandidate {
    QString encoding;   // ICU / IANA name, e.g. "windows-1256"
    int confidence = 0; // 0..100
    QString preview;    // about 80 characters of the decoded text, on one line
};

} // namespace hashiya
