#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QVector>

namespace hashiya {

/**
 * A key a widget handles itself, without a QAction (scrolling keys, Escape in a field…), with what it does.
 * Each widget keeps its table next to the code that handles the keys, so Help › Keyboard Shortcuts lists
 * what the code does. The description is marked with QT_TRANSLATE_NOOP in `context` and translated when
 * shown.
 */
struct KeyBinding {
    QKeySequence keys;
    const char *context = nullptr;
    const char *description = nullptr;

    QString text() const { return QCoreApplication::translate(context, description); }
};

using KeyBindings = QVector<KeyBinding>;

} // namespace hashiya
