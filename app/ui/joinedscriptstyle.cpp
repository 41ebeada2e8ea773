#include "ui/joinedscriptstyle.h"

#include <QLocale>

namespace hashiya {

int JoinedScriptStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                                 QStyleHintReturn *returnData) const
{
    if (hint == SH_UnderlineShortcut)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

bool JoinedScriptStyle::joinsLetters(const QLocale &locale)
{
    switch (locale.script()) {
    case QLocale::ArabicScript:
    case QLocale::SyriacScript:
    case QLocale::NkoScript:
    case QLocale::MongolianScript:
        return true;
    default:
        return false;
    }
}

} // namespace hashiya
