#include "ui/articlepane.h"

#include "articleview/articleview.h"
#include "findbar/findbar.h"
#include "ui/findcontroller.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace hashiya {

ArticlePane::ArticlePane(QWidget *parent)
    : QWidget(parent)
    , m_notice(new QFrame(this))
    , m_noticeText(new QLabel(m_notice))
    , m_noticeButton(new QPushButton(m_notice))
    , m_view(new ArticleView(this))
    , m_findBar(new FindBar(this))
    , m_find(new FindController(m_view, m_findBar, this))
{
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setAutoFillBackground(true);
    QPalette palette = m_notice->palette();
    palette.setColor(QPalette::Window, QColor(255, 243, 205));
    palette.setColor(QPalette::WindowText, QColor(90, 60, 0));
    m_notice->setPalette(palette);
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextFormat(Qt::PlainText);
    auto *close = new QToolButton(m_notice);
    close->setText(QStringLiteral("×"));
    close->setAccessibleName(tr("Dismiss"));
    close->setAutoRaise(true);
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(8, 4, 4, 4);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_noticeButton);
    noticeLayout->addWidget(close);
    m_notice->hide();
    connect(close, &QToolButton::clicked, this, &ArticlePane::hideNotice);
    connect(m_noticeButton, &QPushButton::clicked, this,
            [this] { Q_EMIT noticeActionTriggered(m_noticeAction); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
}

void ArticlePane::showNotice(const QString &message, NoticeAction action)
{
    m_noticeText->setText(message);
    m_noticeAction = action;
    switch (action) {
    case NoticeAction::None:
        break;
    case NoticeAction::ReopenWithEncoding:
        m_noticeButton->setText(tr("Reopen with &Encoding…"));
        break;
    case NoticeAction::ShowNotAnchored:
        m_noticeButton->setText(tr("Show &Not Anchored"));
        break;
    case NoticeAction::OpenLatestVersion:
        m_noticeButton->setText(tr("Open &Latest Version"));
        break;
    }
    m_noticeButton->setVisible(action != NoticeAction::None);
    m_notice->show();
}

void ArticlePane::hideNotice()
{
    m_notice->hide();
}

bool ArticlePane::isNoticeVisible() const
{
    return !m_notice->isHidden();
}

QString ArticlePane::notice() const
{
    return m_noticeText->text();
}

} // namespace hashiya
