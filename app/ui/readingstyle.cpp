#include "ui/readingstyle.h"

#include "articleview/articleview.h"
#include "ui/readersettings.h"

#include <QFontInfo>

#include <limits>

namespace hashiya {

ReadingStyle ReadingStyle::fromSettings()
{
    ReadingStyle style;
    style.font = ReaderSettings::readingFont();
    style.lineSpacing = ReaderSettings::lineSpacing();
    style.textWidth = ReaderSettings::textWidth();
    return style;
}

ReadingStyle ReadingStyle::defaults()
{
    ReadingStyle style;
    style.font.setFamilies({QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Amiri")});
    style.font.setPointSizeF(ReaderSettings::DefaultFontSize);
    style.lineSpacing = ReaderSettings::DefaultLineSpacing;
    return style;
}

void ReadingStyle::save() const
{
    // The default families are stored as "no choice", so a later default (a better Naskh) reaches the user.
    const QStringList families = font.families();
    const bool isDefault = families.size() >= 2 && families.at(0) == QLatin1String("Noto Naskh Arabic")
                           && families.at(1) == QLatin1String("Amiri");
    ReaderSettings::setFontFamily(isDefault ? QString() : font.family());
    ReaderSettings::setFontSize(font.pointSizeF());
    ReaderSettings::setLineSpacing(lineSpacing);
    ReaderSettings::setTextWidth(textWidth);
}

void ReadingStyle::applyTo(ArticleView *view) const
{
    view->setArticleFont(font);
    view->setLineSpacing(lineSpacing);
    view->setMaximumTextWidth(textWidthPixels(view, textWidth));
}

int ReadingStyle::textWidthPixels(const ArticleView *view, int em)
{
    if (em == FitWindow)
        return std::numeric_limits<int>::max() / 4; // wider than any screen: the window decides
    if (em <= 0)
        return 0; // the view's own default measure
    return em * QFontInfo(view->displayFont()).pixelSize();
}

} // namespace hashiya
