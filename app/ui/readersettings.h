#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hashiya {

/** The reader's remembered preferences, kept with QSettings: zoom, recent files, window layout. */
class ReaderSettings final
{
public:
    static constexpr int MaximumRecentFiles = 10;

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
