#pragma once

#include <QCoreApplication>
#include <QString>

namespace hashiya {

/// The undo commands' texts, translatable in one context ("AnnotationCommands").
inline QString commandText(const char *text)
{
    return QCoreApplication::translate("AnnotationCommands", text);
}

/// A quote short enough for an Edit menu entry: whitespace collapsed, at most 30 characters and an ellipsis.
inline QString shortQuote(const QString &quote)
{
    const QString simple = quote.simplified();
    constexpr int maxLength = 30;
    if (simple.size() <= maxLength)
        return simple;
    int cut = maxLength;
    if (simple.at(cut - 1).isHighSurrogate())
        --cut;
    return simple.left(cut) + QChar(0x2026);
}

} // namespace hashiya
