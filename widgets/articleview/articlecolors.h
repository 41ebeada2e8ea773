#pragma once

#include <QColor>

class QPalette;

namespace hashiya {

/**
 * The colours an article is read in: paper, ink and the selection, for each theme. The view takes them from
 * its palette; the functions here turn a highlight style's colour into a fill that keeps the ink readable
 * on that paper (WCAG contrast ≥ 4.5:1), so a light pastel stays light under dark ink and becomes a deep,
 * muted shade under light ink.
 */
struct ArticleColors {
    QColor paper;
    QColor ink;
    QColor selection;
    QColor selectionInk;
    QColor link;

    static ArticleColors light();
    static ArticleColors dark();
    static ArticleColors sepia();
    static ArticleColors fromPalette(const QPalette &palette);

    bool isDark() const;
};

/// WCAG 2 relative luminance of an opaque colour (0 black … 1 white).
double relativeLuminance(const QColor &color);
/// WCAG 2 contrast ratio of two opaque colours (1 … 21).
double contrastRatio(const QColor &a, const QColor &b);
/// CIE76 colour difference ΔE between two opaque colours (0 = the same; about 2 is just noticeable).
double colorDifference(const QColor &a, const QColor &b);
/// Whether an opaque fill shows on the paper: a 1.3:1 contrast, or a clearly different colour (ΔE ≥ 15) for
/// pale hues that differ from the paper in colour rather than lightness (yellow on white).
bool isVisibleOn(const QColor &fill, const QColor &paper);
/// `top` (with its alpha) painted over the opaque `bottom`.
QColor compositeOver(const QColor &top, const QColor &bottom);

/// The translucent background a highlight of colour `style` is painted with on `theme`'s paper: as strong
/// as the theme allows (stronger for the active one) while the ink over it keeps a 4.5:1 contrast.
QColor highlightFill(const QColor &style, const ArticleColors &theme, bool active = false);

/// The find layer's backgrounds: every match, the current one, and the current one's outline.
struct FindColors {
    QColor match;
    QColor current;
    QColor outline;
};
FindColors findColors(const ArticleColors &theme);

} // namespace hashiya
