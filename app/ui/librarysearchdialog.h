#pragma once

#include "library/searchhit.h"

#include <QDialog>
#include <QTimer>
#include <QUuid>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace hashiya {

class Library;

/**
 * Ctrl+Shift+F: searches the whole library — article texts, quotes, notes, tags and titles — as the user
 * types, and lists each hit with its document and a snippet with the match marked. Choosing one asks the
 * window to open the article at the passage.
 */
class LibrarySearchDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Role { DocumentRole = Qt::UserRole + 1, StartRole, EndRole, AnnotationRole, MatchesRole };

    explicit LibrarySearchDialog(Library &library, QWidget *parent = nullptr);

    void focusQuery();
    void setQuery(const QString &query);
    QLineEdit *queryField() const { return m_query; }
    QTreeWidget *results() const { return m_results; }

Q_SIGNALS:
    void openRequested(qint64 documentId, int start, int end, const QUuid &annotationId);

private:
    void search();
    void activate(QTreeWidgetItem *item);

    Library &m_library;
    QLineEdit *m_query;
    QLabel *m_summary;
    QTreeWidget *m_results;
    QTimer m_debounce;
};

} // namespace hashiya
