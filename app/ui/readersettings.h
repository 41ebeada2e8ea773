#pragma once

#include <QByteArray>
#include <QFont>
#include <QString>
#include <QStringList>

namespace hashiya {

/**
 * The reader's remembered preferences, kept with QSettings: what the preferences dialog sets (reading font,
 * spacing, width, theme, interface language, library location), zoom, recent files, window layout.
 */
class ReaderSettings final
{
public:
    static constexpr int MaximumRecentFiles = 10;
    static constexpr qreal DefaultFontSize = 16;
    // Naskh faces have tall ascenders and deep descenders already in their line height: a little air is
    // enough.
    static constexpr qreal DefaultLineSpacing = 1.3;

    /// The article font's family; empty = the default Arabic-capable families (Noto Naskh Arabic, Amiri).
    static QString fontFamily();
    static void setFontFamily(const QString &family);
    static qreal fontSize(); // points
    static void setFontSize(qreal points);
    static qreal lineSpacing(); // a factor of the font's line height
    static void setLineSpacing(qreal factor);
    static int textWidth(); // em; 0 = the view's default measure (about 42 em), -1 = fit the window
    static void setTextWidth(int em);
    /// "system", "light", "dark" or "sepia".
    static QString theme();
    static void setTheme(const QString &theme);
    /// A BCP-47 code, empty = follow the system.
    static QString interfaceLanguage();
    static void setInterfaceLanguage(const QString &code);
    /// The library file chosen in the preferences; empty = the default location.
    static QString libraryPath();
    static void setLibraryPath(const QString &path);
    /// The article font the settings describe, at its size (not zoomed).
    static QFont readingFont();

    static int zoom();
    static void setZoom(int steps);

    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void clearRecentFiles();

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray splitterState();
    static void setSplitterState(const QByteArray &state);
};

} // namespace hashiya
