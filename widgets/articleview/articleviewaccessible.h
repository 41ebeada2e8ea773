#pragma once

#include <QAccessibleWidget>

namespace hashiya {

class ArticleView;

/**
 * What assistive technology (a screen reader, a braille display) sees of an ArticleView: a read-only,
 * multi-line text whose characters, selection and character positions come from the view, so the article
 * can be read, and a selection made, without the mouse.
 */
class ArticleViewAccessible final : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit ArticleViewAccessible(ArticleView *view);

    /// Registers the factory that gives every ArticleView this interface (once per process).
    static void install();

    void *interface_cast(QAccessible::InterfaceType type) override;
    QAccessible::State state() const override;

    // QAccessibleTextInterface
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(QAccessible::Text t) const override;
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

private:
    ArticleView *view() const;
};

} // namespace hashiya
