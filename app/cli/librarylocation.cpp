#include "cli/librarylocation.h"

#include "library/library.h"
#include "ui/readersettings.h"

#include <QFileInfo>

namespace hashiya {

QString resolveLibraryPath(const QString &optionValue)
{
    if (!optionValue.isEmpty())
        return QFileInfo(optionValue).absoluteFilePath();
    const QString fromEnvironment = qEnvironmentVariable("HASHIYA_LIBRARY");
    if (!fromEnvironment.isEmpty())
        return QFileInfo(fromEnvironment).absoluteFilePath();
    const QString fromSettings = ReaderSettings::libraryPath();
    if (!fromSettings.isEmpty())
        return QFileInfo(fromSettings).absoluteFilePath();
    return Library::defaultPath();
}

} // namespace hashiya
