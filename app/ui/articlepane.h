#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QFrame;

namespace hashiya {

class ArticleView;
class FindBar;
class FindController;

/**
 * The article side of the window: a notice bar for what the reader should know about the open file (an
 * encoding that was a guess, bytes that were replaced), the article view, and the find bar under it.
 */
class ArticlePane final : public QWidget
{
    Q_OBJECT

public:
    explicit ArticlePane(QWidget *parent = nullptr);

    ArticleView *view() const { return m_view; }
    FindBar *findBar() const { return m_findBar; }
    FindController *find() const { return m_find; }

    void showNotice(const QString &message, bool offerEncodings);
    void hideNotice();
    bool isNoticeVisible() const;
    QString notice() const;

Q_SIGNALS:
    void reopenWithEncodingRequested();

private:
    QFrame *m_notice;
    QLabel *m_noticeText;
    QPushButton *m_noticeEncoding;
    ArticleView *m_view;
    FindBar *m_findBar;
    FindController *m_find;
};

} // namespace hashiya
