#include "ui/theme.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QWidget>

#include <optional>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

std::optional<QPalette> &platformPalette()
{
    static std::optional<QPalette> palette;
    return palette;
}

Theme::Kind &currentKind()
{
    static Theme::Kind kind = Theme::Kind::System;
    return kind;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

Theme::Kind Theme::fromKey(const QString &key)
{
    if (key == u"light"_s)
        return Kind::Light;
    if (key == u"dark"_s)
        return Kind::Dark;
    if (key == u"sepia"_s)
        return Kind::Sepia;
    return Kind::System;
}

QString Theme::key(Kind kind)
{
    switch (kind) {
    case Kind::Light:
        return u"light"_s;
    case Kind::Dark:
        return u"dark"_s;
    case Kind::Sepia:
        return u"sepia"_s;
    case Kind::System:
        break;
    }
    return u"system"_s;
}

QString Theme::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Light:
        return QCoreApplication::translate("hashiya::Theme", "Light");
    case Kind::Dark:
        return QCoreApplication::translate("hashiya::Theme", "Dark");
    case Kind::Sepia:
        return QCoreApplication::translate("hashiya::Theme", "Sepia");
    case Kind::System:
        break;
    }
    return QCoreApplication::translate("hashiya::Theme", "Follow the system");
}

QPalette Theme::palette(Kind kind)
{
    switch (kind) {
    case Kind::Light:
        return paletteFor(ArticleColors::light());
    case Kind::Dark:
        return paletteFor(ArticleColors::dark());
    case Kind::Sepia:
        return paletteFor(ArticleColors::sepia());
    case Kind::System:
        break;
    }
    if (platformPalette())
        return *platformPalette();
    return QApplication::style() ? QApplication::style()->standardPalette() : QPalette();
}

void Theme::apply(Kind kind)
{
    // The platform's palette is kept before the first change, so "follow the system" can return to it.
    if (!platformPalette())
        platformPalette() = QApplication::palette();
    currentKind() = kind;
    QApplication::setPalette(palette(kind));
    // QApplication hands the new palette to existing widgets only while its event loop runs; before exec()
    // (a window built at start-up, a test) they would keep the old one. Telling each is harmless twice.
    QEvent change(QEvent::ApplicationPaletteChange);
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets)
        QCoreApplication::sendEvent(widget, &change);
}

Theme::Kind Theme::current()
{
    return currentKind();
}

QPalette Theme::paletteFor(const ArticleColors &colors)
{
    const bool dark = colors.isDark();
    // The window around the page is a shade away from it, so panel and article read as separate areas.
    const QColor window = dark ? colors.paper.lighter(115) : mix(colors.paper, colors.ink, 0.06);
    const QColor button = dark ? colors.paper.lighter(135) : mix(colors.paper, colors.ink, 0.09);
    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, colors.ink);
        p.setColor(group, QPalette::Base, colors.paper);
        p.setColor(group, QPalette::AlternateBase, mix(colors.paper, colors.ink, 0.04));
        p.setColor(group, QPalette::Text, colors.ink);
        p.setColor(group, QPalette::BrightText, dark ? QColor(Qt::white) : QColor(Qt::black));
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, colors.ink);
        p.setColor(group, QPalette::Highlight, colors.selection);
        p.setColor(group, QPalette::HighlightedText, colors.selectionInk);
        p.setColor(group, QPalette::Link, colors.link);
        p.setColor(group, QPalette::LinkVisited, colors.link.darker(dark ? 90 : 120));
        p.setColor(group, QPalette::ToolTipBase, window);
        p.setColor(group, QPalette::ToolTipText, colors.ink);
        p.setColor(group, QPalette::PlaceholderText, mix(colors.ink, colors.paper, 0.45));
        p.setColor(group, QPalette::Light, button.lighter(130));
        p.setColor(group, QPalette::Midlight, button.lighter(115));
        p.setColor(group, QPalette::Mid, mix(button, colors.ink, 0.3));
        p.setColor(group, QPalette::Dark, mix(button, colors.ink, 0.5));
        p.setColor(group, QPalette::Shadow, dark ? QColor(Qt::black) : mix(button, colors.ink, 0.7));
    }
    // Disabled text is the ink faded towards the paper: still legible, clearly not active.
    const QColor faded = mix(colors.ink, colors.paper, 0.5);
    p.setColor(QPalette::Disabled, QPalette::Window, window);
    p.setColor(QPalette::Disabled, QPalette::Base, colors.paper);
    p.setColor(QPalette::Disabled, QPalette::Button, button);
    p.setColor(QPalette::Disabled, QPalette::WindowText, faded);
    p.setColor(QPalette::Disabled, QPalette::Text, faded);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, faded);
    p.setColor(QPalette::Disabled, QPalette::Highlight, mix(colors.selection, colors.paper, 0.5));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, colors.selectionInk);
    return p;
}

} // namespace hashiya
