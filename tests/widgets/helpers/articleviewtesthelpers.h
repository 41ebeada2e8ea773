#pragma once

#include "articleview/articleview.h"

#include <QFile>
#include <QFont>
#include <QImage>
#include <QTest>

#include <functional>

// Shared by the article view tests: corpus loading, block splitting, a shown view, pixel probes.
namespace hashiya::testing {

inline QFont testArticleFont()
{
    QFont font(QStringLiteral("Noto Naskh Arabic"));
    font.setPointSize(16);
    return font;
}

/// The direction of the first strong character (Unicode P2-P3); right-to-left when there is none.
inline Qt::LayoutDirection directionOf(QStringView line)
{
    for (const QChar c : line) {
        switch (c.direction()) {
        case QChar::DirL:
            return Qt::LeftToRight;
        case QChar::DirR:
        case QChar::DirAL:
            return Qt::RightToLeft;
        default:
            break;
        }
    }
    return Qt::RightToLeft;
}

/// One paragraph block per non-empty line.
inline QVector<ArticleView::Block> blocksOf(const QString &text)
{
    QVector<ArticleView::Block> blocks;
    int start = 0;
    while (start <= text.size()) {
        int end = int(text.indexOf(u'\n', start));
        if (end < 0)
            end = int(text.size());
        const QStringView line = QStringView(text).mid(start, end - start);
        if (!line.trimmed().isEmpty())
            blocks.append({start, end - start, ArticleView::Block::Kind::Paragraph, 0, directionOf(line)});
        start = end + 1;
    }
    return blocks;
}

inline QString corpusText()
{
    QFile file(QStringLiteral(HASHIYA_CORPUS "/burkina-faso-russia.ar.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

inline bool showArticle(ArticleView &view, const QString &text, const QVector<ArticleView::Block> &blocks,
                        const QSize &size = QSize(800, 600))
{
    view.setArticleFont(testArticleFont());
    view.resize(size);
    view.setContent(text, blocks);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

/// The viewport as painted; also saved to /tmp/articleview-NAME.png when HASHIYA_SAVE_GRABS is set.
inline QImage grabViewport(ArticleView &view, const QString &name)
{
    const QImage image = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    if (qEnvironmentVariableIsSet("HASHIYA_SAVE_GRABS"))
        image.save(QStringLiteral("/tmp/articleview-") + name + QStringLiteral(".png"));
    return image;
}

inline int countPixels(const QImage &image, const QRect &rect,
                       const std::function<bool(const QColor &)> &test)
{
    int count = 0;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (test(QColor(image.pixel(x, y))))
                ++count;
        }
    }
    return count;
}

/// The bounding rectangle of a range as the view reports it.
inline QRect boundsOf(const ArticleView &view, int start, int end)
{
    QRect bounds;
    for (const QRect &rect : view.rangeRects(start, end))
        bounds = bounds.united(rect);
    return bounds;
}

/// A point just inside the visual edge where the character at `position` begins (right edge when RTL).
inline QPoint leadingEdge(const ArticleView &view, int position, Qt::LayoutDirection direction)
{
    const QRect r = boundsOf(view, position, position + 1);
    return {direction == Qt::RightToLeft ? r.right() - 1 : r.left() + 1, r.center().y()};
}

/// A point just inside the visual edge where the character at `position` ends (left edge when RTL).
inline QPoint trailingEdge(const ArticleView &view, int position, Qt::LayoutDirection direction)
{
    const QRect r = boundsOf(view, position, position + 1);
    return {direction == Qt::RightToLeft ? r.left() + 1 : r.right() - 1, r.center().y()};
}

inline void drag(QWidget *widget, const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(widget, Qt::LeftButton, modifiers, from);
    QTest::mouseMove(widget, (from + to) / 2);
    QTest::mouseMove(widget, to);
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, to);
}

} // namespace hashiya::testing
