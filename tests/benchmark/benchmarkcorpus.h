#pragma once

#include <QString>

namespace hashiya::benchmark {

/// The reference article's path in the shared corpus.
QString referenceArticlePath();

/// Writes a book-length Arabic text (about `characters` UTF-16 units) made from the Wikipedia page's text
/// into `folder` and returns its path. Generated at run time; nothing this size is committed.
QString writeBook(const QString &folder, int characters);

} // namespace hashiya::benchmark
