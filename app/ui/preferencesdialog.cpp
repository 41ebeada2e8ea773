#include "ui/preferencesdialog.h"

#include "ui/preferencesgeneralpage.h"
#include "ui/preferencesreadingpage.h"
#include "ui/preferencesstylespage.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSize>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hashiya {

PreferencesDialog::PreferencesDialog(Library &library, QWidget *parent)
    : QDialog(parent)
    , m_pageList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply
                                         | QDialogButtonBox::RestoreDefaults,
                                     this))
    , m_reading(new PreferencesReadingPage(this))
    , m_styles(new PreferencesStylesPage(library, this))
    , m_general(new PreferencesGeneralPage(library, this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(u"preferencesDialog"_s);
    m_pageList->setObjectName(u"preferencesPages"_s);
    m_pageList->setAccessibleName(tr("Preference pages"));
    m_pageList->setSelectionMode(QAbstractItemView::SingleSelection);
    addPage(m_reading);
    addPage(m_styles);
    addPage(m_general);
    // As narrow as the longest page name: the pages get the room.
    m_pageList->setMaximumWidth(m_pageList->sizeHintForColumn(0) + 4 * m_pageList->frameWidth() + 24);
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_pageList->setCurrentRow(0);

    auto *pages = new QHBoxLayout;
    pages->addWidget(m_pageList);
    pages->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        if (auto *page = qobject_cast<PreferencesPage *>(m_stack->currentWidget()))
            page->restoreDefaults();
    });
    // The preview shows a highlight in each style as the styles page has them, edits included.
    connect(m_styles, &PreferencesStylesPage::colorsChanged, m_reading,
            &PreferencesReadingPage::setStyleColors);
    QVector<QColor> colors;
    for (const HighlightStyle &style : m_styles->editedStyles())
        colors.append(style.color);
    m_reading->setStyleColors(colors);
    connect(m_general, &PreferencesGeneralPage::librarySwitchRequested, this,
            &PreferencesDialog::librarySwitchRequested);
    updateButtons();
    setTabOrder(m_pageList, m_stack);
    resize(780, 620); // room for the preview to show a whole paragraph at the default size
}

void PreferencesDialog::addPage(PreferencesPage *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    // Rows sized for the tallest script: Arabic titles come from a fallback font taller than the interface
    // font's own metrics, and a row of exactly those metrics clips their top.
    auto *item = new QListWidgetItem(page->title(), m_pageList);
    const QFontMetrics metrics = m_pageList->fontMetrics();
    item->setSizeHint(QSize(metrics.horizontalAdvance(page->title()) + metrics.averageCharWidth() * 2,
                            metrics.lineSpacing() * 2));
    connect(page, &PreferencesPage::modified, this, &PreferencesDialog::updateButtons);
}

void PreferencesDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(int(page));
}

void PreferencesDialog::updateButtons()
{
    const bool modified = std::any_of(m_pages.cbegin(), m_pages.cend(),
                                      [](const PreferencesPage *page) { return page->isModified(); });
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(modified);
}

bool PreferencesDialog::apply()
{
    if (m_reading->isModified()) {
        if (!m_reading->apply())
            return false;
        Q_EMIT readingApplied();
    }
    if (m_styles->isModified()) {
        const bool removing = m_styles->removesStyles();
        if (!m_styles->apply()) {
            showPage(Page::Styles);
            return false;
        }
        Q_EMIT stylesApplied(removing);
    }
    // Last: it may offer to switch libraries, after which this dialog's library is no longer the window's.
    if (m_general->isModified() && !m_general->apply()) {
        showPage(Page::General);
        return false;
    }
    updateButtons();
    return true;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace hashiya
