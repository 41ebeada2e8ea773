#pragma once

#include <QFutureWatcher>
#include <QLabel>
#include <QTimer>

#include <memory>

namespace hashiya {

/**
 * The status bar's word and sentence counts (ICU boundaries), for the article and, with a selection, for the
 * selection too. Counting a book takes a while, so it runs off the GUI thread.
 */
class CountsIndicator final : public QLabel
{
    Q_OBJECT

public:
    struct Counts {
        int words = -1;
        int sentences = -1;
    };

    explicit CountsIndicator(QWidget *parent = nullptr);
    ~CountsIndicator() override;

    void setText(const QString &text);
    void setSelection(int start, int end);

    Counts articleCounts() const { return m_article; }
    Counts selectionCounts() const { return m_selection; }

Q_SIGNALS:
    void countsChanged();

private:
    void countSelection();
    void showCounts();
    static Counts count(const QString &text);

    std::shared_ptr<const QString> m_text;
    QFutureWatcher<Counts> m_articleWatcher;
    QFutureWatcher<Counts> m_selectionWatcher;
    QTimer m_selectionTimer;
    int m_selectionStart = 0;
    int m_selectionEnd = 0;
    Counts m_article;
    Counts m_selection;
};

} // namespace hashiya
