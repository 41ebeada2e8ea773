#include "cli/librarylocation.h"

#include "library/library.h"

#include <QFileInfo>

namespace hashiya {

QString resolveLibraryPath(const QString &optionValue)
{
    if (!optionValue.isEmpty())
        return QFileInfo(optionValue).absoluteFilePath();
    const QString fromEnvironment = qEnvironmentVariable("HASHIYA_LIBRARY");
    if (!fromEnvironment.isEmpty())
        return QFileInfo(fromEnvironment).absoluteFilePath();
    return Library::defaultPath();
}

} // namespace hashiya
