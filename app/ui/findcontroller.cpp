#include "ui/findcontroller.h"

#include "articleview/articleview.h"
#include "findbar/findbar.h"

#include <QtConcurrent/QtConcurrentRun>

namespace hashiya {

FindController::FindController(ArticleView *view, FindBar *bar, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_bar(bar)
{
    m_bar->hide();
    connect(m_bar, &FindBar::queryChanged, this, [this](const QString &query) {
        m_query = query;
        run();
    });
    connect(m_bar, &FindBar::optionsChanged, this, [this](bool exactMarksAndHamza, bool wholeWords) {
        m_options.exactMarksAndHamza = exactMarksAndHamza;
        m_options.wholeWords = wholeWords;
        run();
    });
    connect(m_bar, &FindBar::nextRequested, this, &FindController::next);
    connect(m_bar, &FindBar::previousRequested, this, &FindController::previous);
    connect(m_bar, &FindBar::closeRequested, this, &FindController::close);
    connect(&m_watcher, &QFutureWatcher<QVector<TextMatch>>::finished, this, &FindController::onFinished);
}

FindController::~FindController()
{
    m_watcher.waitForFinished();
}

void FindController::setText(const QString &text)
{
    // A new article: the old finder may still be working; its result is dropped when it arrives.
    m_finder = std::make_shared<const TextFinder>(text);
    m_matches.clear();
    m_current = -1;
    m_view->clearFindMatches();
    if (m_bar->isVisible())
        run();
}

void FindController::open()
{
    m_bar->show();
    m_bar->focusQuery();
    if (m_matches.isEmpty() && !m_query.isEmpty())
        run();
}

void FindController::close()
{
    m_bar->hide();
    m_view->clearFindMatches();
    m_matches.clear();
    m_current = -1;
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void FindController::next()
{
    if (!m_bar->isVisible()) {
        open();
        return;
    }
    if (!m_matches.isEmpty())
        select((m_current + 1) % int(m_matches.size()));
}

void FindController::previous()
{
    if (!m_bar->isVisible()) {
        open();
        return;
    }
    if (!m_matches.isEmpty())
        select((m_current - 1 + int(m_matches.size())) % int(m_matches.size()));
}

void FindController::run()
{
    if (!m_finder)
        return;
    if (m_query.trimmed().isEmpty()) {
        m_matches.clear();
        m_current = -1;
        m_view->clearFindMatches();
        m_bar->setResult(-1, 0);
        Q_EMIT matchesChanged();
        return;
    }
    if (m_watcher.isRunning()) {
        // One find at a time per finder (it caches its folded text); the latest query runs next.
        m_rerun = true;
        return;
    }
    m_rerun = false;
    const auto finder = m_finder;
    const QString query = m_query;
    const FindOptions options = m_options;
    m_running = finder;
    m_watcher.setFuture(
        QtConcurrent::run([finder, query, options] { return finder->findAll(query, options); }));
}

void FindController::onFinished()
{
    const bool current = m_running == m_finder;
    m_running.reset();
    if (current && !m_rerun) {
        m_matches = m_watcher.result();
        QVector<std::pair<int, int>> ranges;
        ranges.reserve(m_matches.size());
        for (const TextMatch &match : std::as_const(m_matches))
            ranges.append({match.start, match.end});
        m_view->setFindMatches(ranges);
        // Start from the reader's place, not from the top of the article.
        const int from = m_view->firstVisiblePosition();
        int index = m_matches.isEmpty() ? -1 : 0;
        for (int i = 0; i < m_matches.size(); ++i) {
            if (m_matches.at(i).start >= from) {
                index = i;
                break;
            }
        }
        m_current = -1;
        if (index >= 0)
            select(index);
        else
            m_bar->setResult(-1, 0);
        Q_EMIT matchesChanged();
    }
    if (m_rerun || !current)
        run();
}

void FindController::select(int index)
{
    m_current = index;
    m_view->setCurrentFindMatch(index);
    m_bar->setResult(index, int(m_matches.size()));
}

} // namespace hashiya
