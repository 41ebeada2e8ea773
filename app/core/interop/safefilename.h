#pragma once

#include <QSet>
#include <QString>

namespace hashiya {

/**
 * File names made from document titles that are safe on every desktop file system: nothing that names a
 * folder, climbs out of one (`..`, separators), hides the file (a leading dot), is reserved on Windows
 * (`CON`, `NUL` …) or is too long (capped in UTF-8 bytes, cut between grapheme clusters so no letter loses
 * its marks).
 */
class SafeFileName final
{
public:
    /// Longest stem in UTF-8 bytes; with a suffix the name stays well under the usual 255-byte limit.
    static constexpr int MaxStemBytes = 180;

    /// A safe name "STEM.SUFFIX" from `title`; "document" when nothing usable is left. `suffix` has no dot.
    static QString fromTitle(const QString &title, const QString &suffix);
    /// `fileName`, or "stem (2).suffix", "stem (3).suffix" … whichever is not in `taken` (compared
    /// case-insensitively, as on Windows and macOS). Adds the result to `taken`.
    static QString unique(const QString &fileName, QSet<QString> *taken);
    /// Whether `fileName` is a bare name that cannot name anything outside the folder it is put in.
    static bool isSafe(const QString &fileName);
};

} // namespace hashiya
