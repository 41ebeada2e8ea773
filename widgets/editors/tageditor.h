#pragma once

#include "keyboard/keybinding.h"

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace hashiya {

class FlowLayout;
class TagChip;

/**
 * Edits the tags of the current annotation: the tags as removable chips that wrap like words (and follow the
 * interface's direction), then a field to type a new one with completion from the library's tag names.
 * It only asks: tagAdded / tagRemoved are requests; the application runs the undoable command and calls
 * setTags().
 */
class TagEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TagEditor(QWidget *parent = nullptr);
    ~TagEditor() override;
    Q_DISABLE_COPY_MOVE(TagEditor)

    /// The keys this widget handles itself (no QAction), for Help › Keyboard Shortcuts; kept next to the
    /// code that handles them.
    static KeyBindings keyBindings();

    /// Replaces the chips; emits nothing.
    void setTags(const QStringList &tags);
    QStringList tags() const { return m_tags; }

    /// The names offered while typing (matched anywhere, case-insensitively); tags already shown are left
    /// out.
    void setCompletions(const QStringList &names);
    QStringList completions() const { return m_completions; }

    /// Puts the keyboard focus in the field for a new tag (the window's "Tags" action).
    void focusInput();

    QLineEdit *input() const { return m_input; }
    QCompleter *completer() const { return m_completer; }
    QList<TagChip *> chips() const { return m_chips; }

Q_SIGNALS:
    void tagAdded(const QString &name);
    void tagRemoved(const QString &name);
    void escapePressed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void commit(const QString &text);
    bool isShown(const QString &name) const;
    void updateCompletionModel();

    FlowLayout *m_layout;
    QLineEdit *m_input;
    QCompleter *m_completer;
    QStringListModel *m_completionModel;
    QStringList m_tags;
    QStringList m_completions;
    QList<TagChip *> m_chips;
};

} // namespace hashiya
