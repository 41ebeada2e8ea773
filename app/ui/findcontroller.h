#pragma once

#include "text/textfinder.h"

#include <QFutureWatcher>
#include <QObject>
#include <QVector>

#include <memory>

namespace hashiya {

class ArticleView;
class FindBar;

/**
 * Find in the article: the find bar's query and options become a folded find over the article's text, run
 * off the GUI thread (the first find folds the whole text), and the matches are painted in the view.
 */
class FindController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindController)

public:
    FindController(ArticleView *view, FindBar *bar, QObject *parent = nullptr);
    ~FindController() override;

    void setText(const QString &text);
    void open();
    void close();
    void next();
    void previous();

    const QVector<TextMatch> &matches() const { return m_matches; }
    int currentMatch() const { return m_current; }
    bool isSearching() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void matchesChanged();

private:
    void run();
    void onFinished();
    void select(int index);

    ArticleView *m_view;
    FindBar *m_bar;
    std::shared_ptr<const TextFinder> m_finder;
    std::shared_ptr<const TextFinder> m_running; // the finder of the find in progress
    QFutureWatcher<QVector<TextMatch>> m_watcher;
    QString m_query;
    FindOptions m_options;
    bool m_rerun = false; // the query or options changed while a find was running
    QVector<TextMatch> m_matches;
    int m_current = -1;
};

} // namespace hashiya
