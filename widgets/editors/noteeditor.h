#pragma once

#include "keyboard/keybinding.h"

#include <QPlainTextEdit>
#include <QTimer>

namespace hashiya {

/**
 * Edits the Markdown note of the current annotation. Typing is reported once per pause (noteEdited), not per
 * letter, because the application turns each report into one undo step and one database transaction. The
 * application's undo stack owns Ctrl+Z, so the editor keeps no undo history of its own and lets those keys
 * through to the window. Each paragraph takes its own direction (an Arabic paragraph right-to-left, an
 * English one left-to-right).
 */
class NoteEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit NoteEditor(QWidget *parent = nullptr);
    ~NoteEditor() override;
    Q_DISABLE_COPY_MOVE(NoteEditor)

    /// The keys this widget handles itself (no QAction), for Help › Keyboard Shortcuts; kept next to the
    /// code that handles them.
    static KeyBindings keyBindings();

    /// Replaces the text without emitting anything and forgets any pending edit.
    void setNote(const QString &text);
    QString note() const;

    /// How long typing must pause before noteEdited() is emitted (700 ms by default).
    void setPauseInterval(int milliseconds);
    int pauseInterval() const;

    /// True while typed text has not been reported yet.
    bool hasPendingEdit() const;

public Q_SLOTS:
    /// Reports the text now if it changed since the last report or setNote().
    void flush();

Q_SIGNALS:
    void noteEdited(const QString &text);
    void escapePressed();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static bool isWindowShortcut(const QKeyEvent *event);
    void keepAutomaticDirection();
    void onTextChanged();

    QTimer m_pause;
    QString m_reported;
    bool m_settingNote = false;
};

} // namespace hashiya
