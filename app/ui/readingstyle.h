#pragma once

#include <QFont>

namespace hashiya {

class ArticleView;

/**
 * How the article is set: font, line spacing and measure. The preferences dialog edits one, the window and
 * the dialog's preview apply it to an ArticleView the same way.
 */
struct ReadingStyle {
    /// Text width: the view's default measure (about 42 em), or the whole window.
    static constexpr int DefaultWidth = 0;
    static constexpr int FitWindow = -1;

    QFont font;
    qreal lineSpacing = 1.3;
    int textWidth = DefaultWidth; // em, or DefaultWidth, or FitWindow

    static ReadingStyle fromSettings();
    static ReadingStyle defaults();
    void save() const;
    /// Sets the view's font, spacing and measure; call again after a zoom, as the measure is in em.
    void applyTo(ArticleView *view) const;
    /// The measure in pixels for the view's current display font.
    static int textWidthPixels(const ArticleView *view, int em);
};

} // namespace hashiya
