#include "ui/readersettings.h"

#include <QFileInfo>
#include <QSettings>

namespace hashiya {

using namespace Qt::StringLiterals;

QString ReaderSettings::fontFamily()
{
    return QSettings().value(u"reader/fontFamily"_s).toString();
}

void ReaderSettings::setFontFamily(const QString &family)
{
    QSettings().setValue(u"reader/fontFamily"_s, family);
}

qreal ReaderSettings::fontSize()
{
    const qreal size = QSettings().value(u"reader/fontSize"_s, DefaultFontSize).toReal();
    return size >= 6 && size <= 96 ? size : DefaultFontSize;
}

void ReaderSettings::setFontSize(qreal points)
{
    QSettings().setValue(u"reader/fontSize"_s, points);
}

qreal ReaderSettings::lineSpacing()
{
    const qreal factor = QSettings().value(u"reader/lineSpacing"_s, DefaultLineSpacing).toReal();
    return factor >= 0.8 && factor <= 4 ? factor : DefaultLineSpacing;
}

void ReaderSettings::setLineSpacing(qreal factor)
{
    QSettings().setValue(u"reader/lineSpacing"_s, factor);
}

int ReaderSettings::textWidth()
{
    return qBound(-1, QSettings().value(u"reader/textWidth"_s, 0).toInt(), 400);
}

void ReaderSettings::setTextWidth(int em)
{
    QSettings().setValue(u"reader/textWidth"_s, em);
}

QString ReaderSettings::theme()
{
    const QString theme = QSettings().value(u"reader/theme"_s).toString();
    const bool known = theme == u"light"_s || theme == u"dark"_s || theme == u"sepia"_s;
    return known ? theme : u"system"_s;
}

void ReaderSettings::setTheme(const QString &theme)
{
    QSettings().setValue(u"reader/theme"_s, theme);
}

QString ReaderSettings::interfaceLanguage()
{
    return QSettings().value(u"interface/language"_s).toString();
}

void ReaderSettings::setInterfaceLanguage(const QString &code)
{
    QSettings().setValue(u"interface/language"_s, code);
}

QString ReaderSettings::libraryPath()
{
    return QSettings().value(u"library/path"_s).toString();
}

void ReaderSettings::setLibraryPath(const QString &path)
{
    QSettings().setValue(u"library/path"_s, path);
}

QFont ReaderSettings::readingFont()
{
    // Naskh faces read best at length; Amiri is the fallback Debian also packages. Listing families
    // instead of asking QFontDatabase which exist keeps start-up from enumerating every installed font.
    QFont font;
    const QString family = fontFamily();
    if (family.isEmpty())
        font.setFamilies({u"Noto Naskh Arabic"_s, u"Amiri"_s});
    else
        font.setFamilies({family, u"Noto Naskh Arabic"_s, u"Amiri"_s});
    font.setPointSizeF(fontSize());
    return font;
}

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
