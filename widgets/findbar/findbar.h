#pragma once

#include "keyboard/keybinding.h"

#include <QString>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace hashiya {

/**
 * A compact find bar, shown along the top or bottom of an article, as in Firefox or Kate: a query field that
 * searches as you type, the result ("3 of 17"), previous / next, the two matching options and a close
 * button. It only reports what the reader asks for; the caller finds and calls setResult().
 * Enter asks for the next match, Shift+Enter the previous one, Escape closes; F3 / Shift+F3 are left to the
 * application's actions.
 */
class FindBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    /// How long typing must pause before the query is reported.
    static constexpr int DebounceMs = 150;

    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    /// The keys this widget handles itself (no QAction), for Help › Keyboard Shortcuts; kept next to the
    /// code that handles them.
    static KeyBindings keyBindings();

    QString query() const;
    /// Replaces the query (for example with the selected text) and reports it at once.
    void setQuery(const QString &query);
    /// Focuses the query field with its text selected, so typing replaces it.
    void focusQuery();

    /// current: 0-based index of the current match, -1 for none; total: how many matches there are.
    void setResult(int current, int total);
    QString resultText() const;

    bool exactMarksAndHamza() const;
    bool wholeWords() const;
    /// Sets both options without emitting optionsChanged (restoring saved settings).
    void setOptions(bool exactMarksAndHamza, bool wholeWords);

Q_SIGNALS:
    /// The query after typing paused, or at once on Enter or setQuery(); never twice in a row the same.
    void queryChanged(const QString &query);
    void optionsChanged(bool exactMarksAndHamza, bool wholeWords);
    void nextRequested();
    void previousRequested();
    void closeRequested();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateResultLabel();
    void onTextChanged(const QString &text);
    /// Reports the query if it differs from the last one reported; true when it did.
    bool flushQuery();
    /// Enter: a query still waiting for its pause is reported now (the finder then picks the first match);
    /// otherwise the next or previous match is asked for.
    void step(bool backwards);

    QLineEdit *m_query = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QCheckBox *m_exactMarks = nullptr;
    QCheckBox *m_wholeWords = nullptr;
    QLabel *m_result = nullptr;
    QToolButton *m_close = nullptr;
    QTimer m_debounce;
    QString m_reportedQuery;
    int m_current = -1;
    int m_total = 0;
};

} // namespace hashiya
