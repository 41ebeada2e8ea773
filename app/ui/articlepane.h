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

    /// What the notice's button offers.
    enum class NoticeAction { None, ReopenWithEncoding, ShowNotAnchored, OpenLatestVersion };

    void showNotice(const QString &message, NoticeAction action = NoticeAction::None);
    void hideNotice();
    bool isNoticeVisible() const;
    QString notice() const;

Q_SIGNALS:
    void noticeActionTriggered(hashiya::ArticlePane::NoticeAction action);

private:
    QFrame *m_notice;
    QLabel *m_noticeText;
    QPushButton *m_noticeButton;
    NoticeAction m_noticeAction = NoticeAction::None;
    ArticleView *m_view;
    FindBar *m_findBar;
    FindController *m_find;
};

} // namespace hashiya
