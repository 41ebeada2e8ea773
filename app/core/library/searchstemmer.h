#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace hashiya {

/**
 * Light Arabic proclitic stripping for the full-text index, so that الحكومة finds والحكومة, للحكومة and
 * بالحكومة, and حكومة finds all of them. Works on FOLDED text (hamza seats and marks already gone) and only
 * ever removes leading clitics, never suffixes: the forms it gives are words the user could type.
 *
 * Rules, chosen to strip only where the letters are almost never part of the root:
 * - the conjunction و when at least 3 letters remain (وكتاب → كتاب; ولد keeps its و);
 * - the article ال when at least 2 letters remain (الحكومة → حكومة);
 * - ب ك ل only right before the article (بالكتاب → الكتاب, كتاب), and لل as ل + ال with its alef elided
 *   (للحكومة → الحكومة, حكومة): bare ب ك ل start too many roots (كتاب, بلد, لبنان) to be stripped alone;
 * - the conjunction ف only before one of those article forms (فالحكومة, فبالكتاب), for the same reason
 *   (فكرة, فرنسا).
 * One conjunction at most, then one preposition, then the article, as Arabic orthography allows.
 */
class SearchStemmer final
{
public:
    /// The forms of one folded word without its proclitics, longest first; empty when it has none.
    static QStringList strippedForms(QStringView foldedWord);
    /// The stripped forms of every word of a folded text, space-separated, in text order: the content of the
    /// index's `stems` column. Empty when no word has a proclitic.
    static QString stemsOf(QStringView foldedText);
    /// Whether the unit belongs to a word as the index tokenizes it (letters, digits, marks).
    static bool isWordUnit(QChar c);
};

} // namespace hashiya
