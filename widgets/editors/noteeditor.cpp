#include "noteeditor.h"

#include <QKeyEvent>
#include <QKeySequence>
#include <QTextDocument>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace hashiya {

NoteEditor::NoteEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setAccessibleName(tr("Note"));
    keepAutomaticDirection();

    m_pause.setSingleShot(true);
    m_pause.setInterval(700);
    connect(&m_pause, &QTimer::timeout, this, &NoteEditor::flush);
    connect(this, &QPlainTextEdit::textChanged, this, &NoteEditor::onTextChanged);
}

NoteEditor::~NoteEditor() = default;

void NoteEditor::setNote(const QString &text)
{
    m_pause.stop();
    m_settingNote = true;
    setPlainText(text);
    m_settingNote = false;
    m_reported = text;
    keepAutomaticDirection();
}

QString NoteEditor::note() const
{
    return toPlainText();
}

void NoteEditor::setPauseInterval(int milliseconds)
{
    m_pause.setInterval(milliseconds);
}

int NoteEditor::pauseInterval() const
{
    return m_pause.interval();
}

bool NoteEditor::hasPendingEdit() const
{
    return m_pause.isActive();
}

void NoteEditor::flush()
{
    m_pause.stop();
    const QString text = toPlainText();
    if (text == m_reported)
        return;
    m_reported = text;
    Q_EMIT noteEdited(text);
}

void NoteEditor::onTextChanged()
{
    if (m_settingNote)
        return;
    m_pause.start(); // restarts: one report per pause, not per letter
}

void NoteEditor::keepAutomaticDirection()
{
    // A forced direction here would override the per-paragraph detection QTextBlock does from the first
    // strong character; the alignment stays "leading" so each paragraph starts on its own side.
    QTextOption option = document()->defaultTextOption();
    if (option.textDirection() != Qt::LayoutDirectionAuto
        || (option.alignment() & Qt::AlignAbsolute) != Qt::Alignment()) {
        option.setTextDirection(Qt::LayoutDirectionAuto);
        option.setAlignment(Qt::AlignLeft);
        document()->setDefaultTextOption(option);
    }
}

bool NoteEditor::isWindowShortcut(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo))
        return true;
    const QKeyCombination combination(event->modifiers() & ~Qt::KeypadModifier, Qt::Key(event->key()));
    static const QKeySequence passedThrough[] = {QKeySequence(u"Ctrl+Z"_s), QKeySequence(u"Ctrl+Shift+Z"_s),
                                                 QKeySequence(u"Ctrl+Y"_s), QKeySequence(u"Ctrl+T"_s)};
    for (const QKeySequence &sequence : passedThrough) {
        if (sequence[0] == combination)
            return true;
    }
    return false;
}

bool NoteEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isWindowShortcut(key)) {
            // Report the typing first, so the window's Undo undoes it as one step.
            flush();
            event->ignore();
            return true;
        }
        if (key->key() == Qt::Key_Escape && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            event->accept(); // Escape here means "leave the note", before any window shortcut
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

KeyBindings NoteEditor::keyBindings()
{
    // Keep in step with keyPressEvent() below and setTabChangesFocus() in the constructor.
    constexpr const char *context = "hashiya::NoteEditor";
    return {
        {QKeySequence(Qt::Key_Escape), context,
         QT_TRANSLATE_NOOP("hashiya::NoteEditor", "Save the note and return to the article")},
        {QKeySequence(Qt::Key_Tab), context,
         QT_TRANSLATE_NOOP("hashiya::NoteEditor", "Save the note and go to the tags")},
    };
}

void NoteEditor::keyPressEvent(QKeyEvent *event)
{
    if (isWindowShortcut(event)) {
        flush();
        event->ignore(); // let it travel to the parent instead of the editor's own (disabled) undo
        return;
    }
    if (event->key() == Qt::Key_Escape && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        flush();
        Q_EMIT escapePressed();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void NoteEditor::focusOutEvent(QFocusEvent *event)
{
    flush();
    QPlainTextEdit::focusOutEvent(event);
}

void NoteEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        keepAutomaticDirection();
}

} // namespace hashiya
