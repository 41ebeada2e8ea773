#include "ui/readersettings.h"

#include <QFileInfo>
#include <QSettings>

namespace hashiya {

using namespace Qt::StringLiterals;

int ReaderSettings::zoom()
{
    return QSettings().value(u"view/zoom"_s, 0).toInt();
}

void ReaderSettings::setZoom(int steps)
{
    QSettings().setValue(u"view/zoom"_s, steps);
}

QStringList ReaderSettings::recentFiles()
{
    return QSettings().value(u"recentFiles"_s).toStringList();
}

void ReaderSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaximumRecentFiles)
        files.removeLast();
    QSettings().setValue(u"recentFiles"_s, files);
}

void ReaderSettings::clearRecentFiles()
{
    QSettings().remove(u"recentFiles"_s);
}

QByteArray ReaderSettings::windowGeometry()
{
    return QSettings().value(u"window/geometry"_s).toByteArray();
}

void ReaderSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(u"window/geometry"_s, geometry);
}

QByteArray ReaderSettings::splitterState()
{
    return QSettings().value(u"window/splitter"_s).toByteArray();
}

void ReaderSettings::setSplitterState(const QByteArray &state)
{
    QSettings().setValue(u"window/splitter"_s, state);
}

} // namespace hashiya
