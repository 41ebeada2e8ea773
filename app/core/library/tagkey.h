#pragma once

#include <QString>

namespace hashiya {

/**
 * The form a tag name is compared in: ICU case fold + NFKC, nonspacing marks (harakat, accents) removed and
 * white space collapsed, so "Verified" and "verified", or a word with and without harakat, are one tag.
 * The search-folding issue replaces this with the full Arabic folding; callers only rely on this function.
 */
QString tagKey(const QString &name);

/** A tag name as it is stored and shown: white space trimmed and collapsed, otherwise as the user typed it.
 */
QString tagDisplayName(const QString &name);

} // namespace hashiya
