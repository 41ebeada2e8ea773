#pragma once

#include <QLocale>
#include <QString>
#include <QVector>

#include <utility>

class QCoreApplication;

namespace hashiya {

/**
 * Which language the interface speaks, and installing it: our own translations (embedded under :/i18n) and
 * Qt's for its standard dialogs, plus a layout direction that follows the language's script.
 *
 * The choice is, in order: $HASHIYA_LANGUAGE, the setting `interface/language`, else the system's UI
 * languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix). Changing it applies on the next start.
 */
class InterfaceLanguage final
{
public:
    /// The languages the interface is translated into: BCP-47 code and the language's own name.
    static QVector<std::pair<QString, QString>> available();

    /// The code asked for explicitly by the environment or the setting; empty means "follow the system".
    static QString requestedCode();

    /// The locale the interface uses: the requested one, else the first system UI language we translate,
    /// else the system's first UI language (which still decides the layout direction, e.g. Hebrew).
    static QLocale chosenLocale();

    /// Right-to-left for the scripts written that way (Arabic, Hebrew, Persian, Urdu …).
    static Qt::LayoutDirection layoutDirection(const QLocale &locale);

    /// Installs the translators on `app` (they become its children) and, for a GUI application, sets the
    /// layout direction. Call once, right after the application object exists and before any text is made.
    static void install(QCoreApplication &app);

    /// The locale install() used last, for code that formats text for the interface.
    static QLocale installedLocale();
};

} // namespace hashiya
