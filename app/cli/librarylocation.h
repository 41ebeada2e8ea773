#pragma once

#include <QString>

namespace hashiya {

/**
 * Where the library file is: --library, else HASHIYA_LIBRARY, else the file chosen in the preferences
 * (setting `library/path`), else the application's data folder.
 */
QString resolveLibraryPath(const QString &optionValue);

} // namespace hashiya
