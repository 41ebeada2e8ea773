#include "ui/preferencesstylespage.h"

#include "library/library.h"
#include "library/stylerepository.h"
#include "ui/swatchicon.h"

#include <QColorDialog>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int ColorRole = Qt::UserRole + 1;

// The first five styles every library starts with (see the schema), by id.
struct DefaultStyle {
    qint64 id;
    const char *name;
    const char *color;
};
constexpr DefaultStyle DefaultStyles[] = {
    {1, QT_TRANSLATE_NOOP("hashiya::PreferencesStylesPage", "Highlight"), "#fff176"},
    {2, QT_TRANSLATE_NOOP("hashiya::PreferencesStylesPage", "Important"), "#ff8a80"},
    {3, QT_TRANSLATE_NOOP("hashiya::PreferencesStylesPage", "Term"), "#a5d6a7"},
    {4, QT_TRANSLATE_NOOP("hashiya::PreferencesStylesPage", "Question"), "#90caf9"},
    {5, QT_TRANSLATE_NOOP("hashiya::PreferencesStylesPage", "Disputed"), "#ce93d8"},
};

} // namespace

PreferencesStylesPage::PreferencesStylesPage(Library &library, QWidget *parent)
    : PreferencesPage(parent)
    , m_library(library)
    , m_list(new QListWidget(this))
    , m_error(new QLabel(this))
    , m_add(makeButton(tr("&Add"), u"addStyle"_s))
    , m_rename(makeButton(tr("Re&name"), u"renameStyle"_s))
    , m_color(makeButton(tr("&Colour…"), u"recolorStyle"_s))
    , m_up(makeButton(tr("Move &Up"), u"moveStyleUp"_s))
    , m_down(makeButton(tr("Move Do&wn"), u"moveStyleDown"_s))
    , m_delete(makeButton(tr("&Delete…"), u"deleteStyle"_s))
{
    m_list->setObjectName(u"styleList"_s);
    m_list->setAccessibleName(tr("Highlight styles"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_error->setObjectName(u"styleError"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *label = new QLabel(tr("&Styles, in the order of their shortcuts:"), this);
    label->setBuddy(m_list);
    auto *hint = new QLabel(tr("Ctrl+1 applies the first style, Ctrl+2 the second, and so on up to Ctrl+9. "
                               "Drag a style or use Move Up and Move Down to change the order."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_rename, m_color, m_up, m_down, m_delete})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(label, 0, 0, 1, 2);
    grid->addWidget(m_list, 1, 0);
    grid->addLayout(buttons, 1, 1);
    grid->addWidget(hint, 2, 0, 1, 2);
    grid->addWidget(m_error, 3, 0, 1, 2);
    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_rename);
    setTabOrder(m_rename, m_color);
    setTabOrder(m_color, m_up);
    setTabOrder(m_up, m_down);
    setTabOrder(m_down, m_delete);

    connect(m_add, &QPushButton::clicked, this, &PreferencesStylesPage::addStyle);
    connect(m_rename, &QPushButton::clicked, this, &PreferencesStylesPage::renameCurrent);
    connect(m_color, &QPushButton::clicked, this, &PreferencesStylesPage::recolorCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_delete, &QPushButton::clicked, this, &PreferencesStylesPage::deleteCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &PreferencesStylesPage::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &PreferencesStylesPage::onEdited);
    // A drag within the list moves rows: the model reports it as rows moved (or removed and inserted).
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &PreferencesStylesPage::onEdited);
    connect(m_list->model(), &QAbstractItemModel::rowsInserted, this, &PreferencesStylesPage::onEdited);

    m_saved = StyleRepository(m_library).list();
    load(m_saved);
}

QString PreferencesStylesPage::title() const
{
    return tr("Highlight Styles");
}

QPushButton *PreferencesStylesPage::makeButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

QPushButton *PreferencesStylesPage::button(const QString &objectName) const
{
    return findChild<QPushButton *>(objectName);
}

QString PreferencesStylesPage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QListWidgetItem *PreferencesStylesPage::makeItem(const HighlightStyle &style)
{
    auto *item = new QListWidgetItem(swatchIcon(style.color), style.name);
    item->setData(IdRole, style.id);
    item->setData(ColorRole, style.color);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
    return item;
}

void PreferencesStylesPage::load(const QVector<HighlightStyle> &styles)
{
    {
        const QScopedValueRollback loading(m_loading, true);
        const int row = m_list->currentRow();
        m_list->clear();
        for (const HighlightStyle &style : styles)
            m_list->addItem(makeItem(style));
        m_list->setCurrentRow(qBound(0, row, int(m_list->count()) - 1));
    }
    onEdited();
}

QVector<HighlightStyle> PreferencesStylesPage::editedStyles() const
{
    QVector<HighlightStyle> styles;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        HighlightStyle style;
        style.id = item->data(IdRole).toLongLong();
        style.name = item->text().trimmed();
        style.color = item->data(ColorRole).value<QColor>();
        style.shortcut = row < 9 ? row + 1 : 0;
        style.position = row + 1;
        styles.append(style);
    }
    return styles;
}

void PreferencesStylesPage::onEdited()
{
    if (m_loading)
        return;
    QVector<QColor> colors;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setToolTip(row < 9 ? tr("Ctrl+%1").arg(row + 1) : tr("No shortcut"));
        colors.append(item->data(ColorRole).value<QColor>());
    }
    updateButtons();
    Q_EMIT colorsChanged(colors);
    Q_EMIT modified();
}

void PreferencesStylesPage::updateButtons()
{
    const int row = m_list->currentRow();
    const bool has = row >= 0;
    m_rename->setEnabled(has);
    m_color->setEnabled(has);
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < m_list->count());
    m_delete->setEnabled(has && m_list->count() > 1); // the last style stays: highlighting needs one
}

void PreferencesStylesPage::addStyle()
{
    // A hue not yet used, light enough for dark ink; the user recolours it at will.
    const int hue = (m_list->count() * 67 + 20) % 360;
    HighlightStyle style;
    style.name = tr("New style");
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row)
        names.append(m_list->item(row)->text().toCaseFolded());
    for (int n = 2; names.contains(style.name.toCaseFolded()); ++n)
        style.name = tr("New style %1").arg(n);
    style.color = QColor::fromHsl(hue, 200, 190);
    m_list->addItem(makeItem(style));
    m_list->setCurrentRow(m_list->count() - 1);
    onEdited();
    m_list->editItem(m_list->currentItem());
}

void PreferencesStylesPage::renameCurrent()
{
    if (QListWidgetItem *item = m_list->currentItem()) {
        m_list->setFocus(Qt::OtherFocusReason);
        m_list->editItem(item);
    }
}

void PreferencesStylesPage::recolorCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QColor color = QColorDialog::getColor(item->data(ColorRole).value<QColor>(), this,
                                                tr("Colour of “%1”").arg(item->text()));
    if (!color.isValid())
        return;
    item->setData(ColorRole, color);
    item->setIcon(swatchIcon(color)); // itemChanged → onEdited
}

void PreferencesStylesPage::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    {
        const QScopedValueRollback loading(m_loading, true);
        QListWidgetItem *item = m_list->takeItem(row);
        m_list->insertItem(target, item);
        m_list->setCurrentRow(target);
    }
    onEdited();
}

void PreferencesStylesPage::deleteCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || m_list->count() <= 1)
        return;
    QListWidgetItem *item = m_list->item(row);
    const qint64 id = item->data(IdRole).toLongLong();
    StyleRepository repository(m_library);
    const int used = id != 0 ? repository.annotationCounts().value(id) : 0;
    const QString firstOther = m_list->item(row == 0 ? 1 : 0)->text();
    QString text = tr("Delete the highlight style “%1”?").arg(item->text());
    QString detail = used == 0 ? tr("No annotation uses it.")
                               : tr("%n annotation(s) use it. They are kept: when you apply the change, they "
                                    "move to the first style, “%1”.",
                                    nullptr, used)
                                     .arg(firstOther);
    QMessageBox box(QMessageBox::Question, tr("Delete Highlight Style"), text, QMessageBox::Cancel, this);
    box.setInformativeText(detail);
    QPushButton *remove = box.addButton(tr("Delete Style"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(u"deleteStyleQuestion"_s);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (id != 0)
        m_removed.insert(id);
    {
        const QScopedValueRollback loading(m_loading, true);
        delete m_list->takeItem(row);
    }
    onEdited();
}

bool PreferencesStylesPage::apply()
{
    StyleRepository repository(m_library);
    if (!repository.save(editedStyles())) {
        m_error->setText(tr("The highlight styles were not saved: %1").arg(repository.lastError()));
        m_error->setVisible(true);
        return false;
    }
    m_error->setVisible(false);
    m_removed.clear();
    m_saved = repository.list();
    load(m_saved);
    return true;
}

void PreferencesStylesPage::restoreDefaults()
{
    // The five first styles get their names and colours back and lead the list again; styles the user
    // added stay after them (deleting them is the user's explicit choice, never a side effect).
    QVector<HighlightStyle> styles = editedStyles();
    QVector<HighlightStyle> restored;
    for (const DefaultStyle &fallback : DefaultStyles) {
        const auto it = std::find_if(styles.begin(), styles.end(),
                                     [&](const HighlightStyle &s) { return s.id == fallback.id; });
        if (it == styles.end())
            continue;
        HighlightStyle style = *it;
        style.name = tr(fallback.name);
        style.color = QColor::fromString(QLatin1String(fallback.color));
        restored.append(style);
        styles.erase(it);
    }
    restored += styles;
    load(restored);
}

bool PreferencesStylesPage::isModified() const
{
    const QVector<HighlightStyle> now = editedStyles();
    if (now.size() != m_saved.size() || !m_removed.isEmpty())
        return true;
    for (int i = 0; i < now.size(); ++i) {
        const HighlightStyle &a = now.at(i);
        const HighlightStyle &b = m_saved.at(i);
        if (a.id != b.id || a.name != b.name || a.color.rgb() != b.color.rgb())
            return true;
    }
    return false;
}

} // namespace hashiya
