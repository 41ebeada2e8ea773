#pragma once

#include "annotation/highlightstyle.h"
#include "ui/preferencespage.h"

#include <QColor>
#include <QSet>
#include <QVector>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace hashiya {

class Library;

/**
 * Preferences › Highlight Styles: the library's highlight categories with their colours, to rename (in
 * place), recolour, reorder (buttons or drag), add and delete. The order is the Ctrl+number order. Deleting
 * a style never deletes annotations: they move to the first style, and the question says so.
 */
class PreferencesStylesPage final : public PreferencesPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesStylesPage)

public:
    explicit PreferencesStylesPage(Library &library, QWidget *parent = nullptr);

    QString title() const override;
    bool apply() override;
    void restoreDefaults() override;
    bool isModified() const override;

    /// The styles as edited, in order (new ones with id 0).
    QVector<HighlightStyle> editedStyles() const;
    bool removesStyles() const { return !m_removed.isEmpty(); }
    QListWidget *list() const { return m_list; }
    QPushButton *button(const QString &objectName) const;
    /// Why the last apply() failed; empty when it did not.
    QString errorText() const;

Q_SIGNALS:
    /// The colours in order, whenever one changes, for the reading page's preview.
    void colorsChanged(const QVector<QColor> &colors);

private:
    void load(const QVector<HighlightStyle> &styles);
    QListWidgetItem *makeItem(const HighlightStyle &style);
    void addStyle();
    void renameCurrent();
    void recolorCurrent();
    void moveCurrent(int delta);
    void deleteCurrent();
    void onEdited();
    void updateButtons();
    QPushButton *makeButton(const QString &text, const QString &objectName);

    Library &m_library;
    QListWidget *m_list;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_color;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_delete;
    QVector<HighlightStyle> m_saved;
    QSet<qint64> m_removed;
    bool m_loading = false;
};

} // namespace hashiya
