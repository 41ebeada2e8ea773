#pragma once

#include "articleview/articlecolors.h"

#include <QPalette>
#include <QString>

namespace hashiya {

/**
 * The reading themes: follow the system, light, dark and sepia. Each named theme is a whole application
 * palette built on the article's paper and ink (ArticleColors), so the panel, menus and dialogs match the
 * page; "system" puts back the palette the platform gave at start-up.
 */
class Theme final
{
public:
    enum class Kind { System, Light, Dark, Sepia };

    /// The setting's value ("system", "light", "dark", "sepia"); unknown values are System.
    static Kind fromKey(const QString &key);
    static QString key(Kind kind);
    /// The name shown to the user.
    static QString displayName(Kind kind);

    /// The palette of a theme; for System, the platform's.
    static QPalette palette(Kind kind);
    /// Makes `kind` the application's palette at once: every widget, the article view included, repaints.
    static void apply(Kind kind);
    static Kind current();

private:
    static QPalette paletteFor(const ArticleColors &colors);
};

} // namespace hashiya
