#include "articlecolors.h"

#include <QPalette>

#include <cmath>

namespace hashiya {

namespace {

// The contrast every fill keeps with the ink: WCAG AA for body text plus a margin for rounding to 8 bits.
constexpr double MinimumInkContrast = 4.6;
// CIE76 ΔE: about 2 is just noticeable side by side; 15 reads at a glance as another colour.
constexpr double MinimumVisibleDifference = 15;

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

ArticleColors ArticleColors::light()
{
    return {QColor(0xff, 0xff, 0xff), QColor(0x1c, 0x1c, 0x1c), QColor(0x25, 0x63, 0xb0),
            QColor(0xff, 0xff, 0xff), QColor(0x0b, 0x57, 0xa4)};
}

ArticleColors ArticleColors::dark()
{
    // Not black: a soft charcoal and off-white ink tire the eyes less over a long article.
    return {QColor(0x1e, 0x1f, 0x22), QColor(0xe4, 0xe2, 0xdc), QColor(0x3d, 0x6f, 0xb0),
            QColor(0xff, 0xff, 0xff), QColor(0x8a, 0xb4, 0xf8)};
}

ArticleColors ArticleColors::sepia()
{
    return {QColor(0xf4, 0xec, 0xd8), QColor(0x3b, 0x2f, 0x22), QColor(0x8a, 0x5a, 0x2b),
            QColor(0xff, 0xfb, 0xf0), QColor(0x7a, 0x3e, 0x0c)};
}

ArticleColors ArticleColors::fromPalette(const QPalette &palette)
{
    return {palette.color(QPalette::Base), palette.color(QPalette::Text), palette.color(QPalette::Highlight),
            palette.color(QPalette::HighlightedText), palette.color(QPalette::Link)};
}

bool ArticleColors::isDark() const
{
    return relativeLuminance(paper) < relativeLuminance(ink);
}

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor compositeOver(const QColor &top, const QColor &bottom)
{
    const QColor t = top.toRgb();
    const QColor b = bottom.toRgb();
    const double a = t.alphaF();
    return QColor::fromRgbF(float(t.redF() * a + b.redF() * (1 - a)),
                            float(t.greenF() * a + b.greenF() * (1 - a)),
                            float(t.blueF() * a + b.blueF() * (1 - a)));
}

namespace {

struct Lab {
    double l, a, b;
};

Lab toLab(const QColor &color)
{
    const QColor rgb = color.toRgb();
    const double r = linear(rgb.redF()), g = linear(rgb.greenF()), b = linear(rgb.blueF());
    // sRGB → XYZ (D65), then CIE L*a*b*.
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) {
        return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116;
    };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

bool inkReadable(const QColor &base, double alpha, const ArticleColors &theme)
{
    QColor fill = base;
    fill.setAlphaF(float(alpha));
    return contrastRatio(theme.ink, compositeOver(fill, theme.paper)) >= MinimumInkContrast;
}

// The strongest alpha in [0, 1] that keeps the ink readable over `base` (readability falls as alpha grows,
// whichever side of the ink the colour lies).
double strongestReadableAlpha(const QColor &base, const ArticleColors &theme)
{
    if (inkReadable(base, 1.0, theme))
        return 1.0;
    double low = 0, high = 1;
    for (int i = 0; i < 20; ++i) {
        const double middle = (low + high) / 2;
        (inkReadable(base, middle, theme) ? low : high) = middle;
    }
    return low;
}

} // namespace

double colorDifference(const QColor &a, const QColor &b)
{
    const Lab x = toLab(a);
    const Lab y = toLab(b);
    return std::sqrt((x.l - y.l) * (x.l - y.l) + (x.a - y.a) * (x.a - y.a) + (x.b - y.b) * (x.b - y.b));
}

bool isVisibleOn(const QColor &fill, const QColor &paper)
{
    return contrastRatio(fill, paper) >= 1.3 || colorDifference(fill, paper) >= MinimumVisibleDifference;
}

QColor highlightFill(const QColor &style, const ArticleColors &theme, bool active)
{
    QColor base = style.isValid() ? style.toRgb() : QColor(255, 220, 0);
    if (base.alpha() < 255) // a colour that brings its own translucency is taken as it is
        return base;
    // On dark paper a pastel would glare and wash the light ink out: its deeper shade is laid on instead,
    // so the hue still reads and the ink stays light.
    if (theme.isDark())
        base = QColor::fromHslF(std::max(0.0f, base.hslHueF()), std::min(1.0f, base.hslSaturationF()), 0.45f);
    const double limit = std::max(0.12, strongestReadableAlpha(base, theme) - 0.01);
    double alpha = std::min(theme.isDark() ? (active ? 0.62 : 0.45) : (active ? 0.67 : 0.43), limit);
    // A pale colour on a tinted paper (yellow on sepia) is made stronger until it shows, as far as the ink
    // allows.
    QColor fill = base;
    fill.setAlphaF(float(alpha));
    while (alpha < limit && !isVisibleOn(compositeOver(fill, theme.paper), theme.paper)) {
        alpha = std::min(limit, alpha + 0.04);
        fill.setAlphaF(float(alpha));
    }
    return fill;
}

FindColors findColors(const ArticleColors &theme)
{
    // Amber and deep orange: apart in hue from the default highlight styles and from the selection.
    FindColors colors;
    colors.match = highlightFill(QColor(255, 152, 0), theme);
    colors.match.setAlphaF(float(colors.match.alphaF() * 0.8)); // every match is a quieter layer
    colors.current = highlightFill(QColor(255, 109, 0), theme, true);
    colors.outline = theme.isDark() ? QColor(255, 183, 77) : QColor(191, 54, 12);
    return colors;
}

} // namespace hashiya
