#include "tageditor.h"

#include "flowlayout.h"
#include "tagchip.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

namespace hashiya {

TagEditor::TagEditor(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
    , m_input(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStringListModel(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    setFocusProxy(m_input);

    m_input->setPlaceholderText(tr("Add a tag…"));
    m_input->setAccessibleName(tr("New tag"));
    m_input->setClearButtonEnabled(false);
    m_input->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_input->setMinimumWidth(m_input->fontMetrics().averageCharWidth() * 12);
    m_input->installEventFilter(this);
    m_layout->addWidget(m_input);

    m_completer->setModel(m_completionModel);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(m_completer);

    // With the popup open and a name highlighted, QLineEdit reports Enter first and the completer then
    // activates the name: let that activation add it, or the name would be asked for twice.
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        const QAbstractItemView *popup = m_completer->popup();
        if (popup->isVisible() && popup->currentIndex().isValid())
            return;
        commit(m_input->text());
    });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &name) {
                commit(name);
                // QLineEdit puts the chosen name in the field after this handler: empty it once that is done.
                QMetaObject::invokeMethod(
                    m_input,
                    [this, name] {
                        if (m_input->text() == name)
                            m_input->clear();
                    },
                    Qt::QueuedConnection);
            });
}

TagEditor::~TagEditor() = default;

void TagEditor::setTags(const QStringList &tags)
{
    const bool focusInChips = [this] {
        for (const TagChip *chip : std::as_const(m_chips)) {
            if (chip->isAncestorOf(focusWidget()) && focusWidget() && focusWidget()->hasFocus())
                return true;
        }
        return false;
    }();

    // setTags() may be called from a chip's own click handler: hide now, delete once back in the event loop.
    for (TagChip *chip : std::as_const(m_chips)) {
        m_layout->removeWidget(chip);
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    m_tags = tags;

    int index = 0;
    for (const QString &tag : tags) {
        auto *chip = new TagChip(tag, this);
        connect(chip, &TagChip::removeRequested, this, &TagEditor::tagRemoved);
        m_layout->insertWidget(index++, chip);
        chip->show();
        m_chips.append(chip);
    }
    // Tab order follows the chips' reading order, then the field.
    QWidget *previous = nullptr;
    for (TagChip *chip : std::as_const(m_chips)) {
        if (previous)
            setTabOrder(previous, chip->removeButton());
        previous = chip->removeButton();
    }
    if (previous)
        setTabOrder(previous, m_input);

    if (focusInChips)
        m_input->setFocus(Qt::OtherFocusReason);
    updateCompletionModel();
    updateGeometry();
}

void TagEditor::setCompletions(const QStringList &names)
{
    m_completions = names;
    updateCompletionModel();
}

void TagEditor::focusInput()
{
    m_input->setFocus(Qt::ShortcutFocusReason);
    m_input->selectAll();
}

bool TagEditor::isShown(const QString &name) const
{
    for (const QString &tag : m_tags) {
        if (tag.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void TagEditor::updateCompletionModel()
{
    QStringList offered;
    offered.reserve(m_completions.size());
    for (const QString &name : std::as_const(m_completions)) {
        if (!isShown(name))
            offered.append(name);
    }
    m_completionModel->setStringList(offered);
}

void TagEditor::commit(const QString &text)
{
    const QString name = text.simplified();
    if (name.isEmpty())
        return;
    m_input->clear();
    if (isShown(name))
        return;
    Q_EMIT tagAdded(name);
}

KeyBindings TagEditor::keyBindings()
{
    // Keep in step with the constructor's returnPressed handler and eventFilter() below.
    constexpr const char *context = "hashiya::TagEditor";
    return {
        {QKeySequence(Qt::Key_Return), context, QT_TRANSLATE_NOOP("hashiya::TagEditor", "Add the typed tag")},
        {QKeySequence(Qt::Key_Backspace), context,
         QT_TRANSLATE_NOOP("hashiya::TagEditor", "Remove the last tag (in an empty field)")},
        {QKeySequence(Qt::Key_Escape), context,
         QT_TRANSLATE_NOOP("hashiya::TagEditor", "Leave the tag field and return to the article")},
    };
}

bool TagEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && key->key() == Qt::Key_Escape) {
            // Claim Escape before any window shortcut: here it means "leave the tag field".
            if (event->type() == QEvent::KeyPress)
                Q_EMIT escapePressed();
            event->accept();
            return true;
        }
        if (event->type() == QEvent::KeyPress && plain && key->key() == Qt::Key_Backspace
            && m_input->text().isEmpty() && !m_tags.isEmpty()) {
            Q_EMIT tagRemoved(m_tags.last());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TagEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        m_layout->invalidate();
}

} // namespace hashiya
