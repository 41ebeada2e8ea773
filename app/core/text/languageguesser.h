#pragma once

#include <QString>
#include <QStringView>

namespace hashiya {

/**
 * A cheap guess of a text's language from the letters it uses: enough to tag an article or a note with a BCP
 * 47 code ("ar", "fa", "ur", "he", "en") for exports and fonts, not a real language identifier.
 */
class LanguageGuesser final
{
public:
    /** "ar", "fa", "ur", "he", "en", or empty when the text has no letters of those scripts. */
    static QString guess(QStringView text);
};

} // namespace hashiya
