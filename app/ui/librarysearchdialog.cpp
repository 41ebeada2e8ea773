#include "ui/librarysearchdialog.h"

#include "library/library.h"
#include "library/searchindex.h"
#include "ui/snippetdelegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hashiya {

using namespace Qt::StringLiterals;

namespace {

QString kindLabel(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Title:
        return LibrarySearchDialog::tr("Title");
    case SearchHit::Kind::Text:
        return LibrarySearchDialog::tr("Text");
    case SearchHit::Kind::Quote:
        return LibrarySearchDialog::tr("Highlight");
    case SearchHit::Kind::Note:
        return LibrarySearchDialog::tr("Note");
    case SearchHit::Kind::Tag:
        return LibrarySearchDialog::tr("Tag");
    }
    return {};
}

} // namespace

LibrarySearchDialog::LibrarySearchDialog(Library &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_query(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_results(new QTreeWidget(this))
{
    setWindowTitle(tr("Search the Library"));
    resize(820, 520);
    m_query->setPlaceholderText(tr("Words, \"a phrase\" or a prefix*"));
    m_query->setAccessibleName(tr("Search the library"));
    m_query->setClearButtonEnabled(true);
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({tr("Document"), tr("Where"), tr("Passage")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAccessibleName(tr("Search results"));
    m_results->header()->setStretchLastSection(true);
    m_results->setColumnWidth(0, 220);
    m_results->setColumnWidth(1, 90);
    m_results->setItemDelegateForColumn(2, new SnippetDelegate(MatchesRole, m_results));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &LibrarySearchDialog::search);
    connect(m_query, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        search();
        if (m_results->topLevelItemCount() > 0) {
            m_results->setFocus();
            m_results->setCurrentItem(m_results->topLevelItem(0));
        }
    });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
}

void LibrarySearchDialog::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void LibrarySearchDialog::setQuery(const QString &query)
{
    m_query->setText(query);
    m_debounce.stop();
    search();
}

void LibrarySearchDialog::search()
{
    m_results->clear();
    const QString query = m_query->text().trimmed();
    if (query.isEmpty()) {
        m_summary->clear();
        return;
    }
    // Search as you type: the word being typed is a prefix, unless the user closed it with a space, a quote
    // or a star of their own.
    const QString typed = m_query->text();
    const bool inPhrase = typed.count(u'"') % 2 == 1;
    const bool wordOpen = !typed.isEmpty() && typed.back().isLetterOrNumber();
    const QString effective = wordOpen && !inPhrase ? query + u'*' : query;
    SearchIndex index(m_library);
    const QVector<SearchHit> hits = index.search(effective);
    if (!index.lastError().isEmpty()) {
        m_summary->setText(index.lastError());
        return;
    }
    QList<QTreeWidgetItem *> items;
    for (const SearchHit &hit : hits) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, hit.documentTitle);
        item->setToolTip(0, hit.documentTitle);
        item->setText(1, kindLabel(hit.kind));
        item->setText(2, hit.snippet);
        item->setData(0, DocumentRole, hit.documentId);
        item->setData(0, StartRole, hit.start);
        item->setData(0, EndRole, hit.end);
        item->setData(0, AnnotationRole, hit.annotationId);
        QVariantList matches;
        for (const auto &range : hit.snippetMatches)
            matches.append(QPoint(range.first, range.second));
        item->setData(2, MatchesRole, matches);
        items.append(item);
    }
    m_results->addTopLevelItems(items);
    m_summary->setText(hits.isEmpty() ? tr("Nothing found.") : tr("%n result(s)", nullptr, int(hits.size())));
}

void LibrarySearchDialog::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    Q_EMIT openRequested(item->data(0, DocumentRole).toLongLong(), item->data(0, StartRole).toInt(),
                         item->data(0, EndRole).toInt(), item->data(0, AnnotationRole).toUuid());
}

} // namespace hashiya
