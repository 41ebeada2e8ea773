#include "ui/countsindicator.h"

#include "text/textboundaries.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace hashiya {

CountsIndicator::CountsIndicator(QWidget *parent)
    : QLabel(parent)
{
    m_selectionTimer.setSingleShot(true);
    m_selectionTimer.setInterval(150);
    connect(&m_selectionTimer, &QTimer::timeout, this, &CountsIndicator::countSelection);
    connect(&m_articleWatcher, &QFutureWatcher<Counts>::finished, this, [this] {
        m_article = m_articleWatcher.result();
        showCounts();
    });
    connect(&m_selectionWatcher, &QFutureWatcher<Counts>::finished, this, [this] {
        m_selection = m_selectionWatcher.result();
        showCounts();
    });
}

CountsIndicator::~CountsIndicator()
{
    m_articleWatcher.waitForFinished();
    m_selectionWatcher.waitForFinished();
}

CountsIndicator::Counts CountsIndicator::count(const QString &text)
{
    return {TextBoundaries::wordCount(text), TextBoundaries::sentenceCount(text)};
}

void CountsIndicator::setText(const QString &text)
{
    m_text = std::make_shared<const QString>(text);
    m_article = {};
    m_selection = {};
    m_selectionStart = m_selectionEnd = 0;
    QLabel::setText(QString());
    m_articleWatcher.setFuture(QtConcurrent::run([text = m_text] { return count(*text); }));
}

void CountsIndicator::setSelection(int start, int end)
{
    m_selectionStart = start;
    m_selectionEnd = end;
    if (start >= end) {
        m_selectionTimer.stop();
        m_selection = {};
        showCounts();
        return;
    }
    m_selectionTimer.start();
}

void CountsIndicator::countSelection()
{
    if (!m_text || m_selectionWatcher.isRunning()) {
        m_selectionTimer.start(); // one count at a time; try again shortly with the latest selection
        return;
    }
    const QString selected = m_text->mid(m_selectionStart, m_selectionEnd - m_selectionStart);
    m_selectionWatcher.setFuture(QtConcurrent::run([selected] { return count(selected); }));
}

void CountsIndicator::showCounts()
{
    if (m_article.words < 0) {
        QLabel::setText(QString());
        return;
    }
    const QLocale locale;
    if (m_selectionEnd > m_selectionStart && m_selection.words >= 0) {
        QLabel::setText(tr("Words: %1 of %2 · Sentences: %3 of %4")
                            .arg(locale.toString(m_selection.words), locale.toString(m_article.words),
                                 locale.toString(m_selection.sentences),
                                 locale.toString(m_article.sentences)));
    } else {
        QLabel::setText(tr("Words: %1 · Sentences: %2")
                            .arg(locale.toString(m_article.words), locale.toString(m_article.sentences)));
    }
    Q_EMIT countsChanged();
}

} // namespace hashiya
