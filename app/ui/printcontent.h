#pragma once

#include "articleview/viewblock.h"
#include "print/printhighlight.h"
#include "print/printnote.h"

#include <QString>
#include <QVector>

namespace hashiya {

struct Annotation;
struct DocumentRecord;
struct HighlightStyle;

/**
 * An open document in the page renderer's plain terms: its text and blocks, its anchored highlights in print
 * colours with their note numbers, and the notes list (anchored notes in reading order, then those not
 * anchored). Made on the GUI thread from what the window already holds; a plain value the print job owns.
 */
struct PrintContent {
    QString title;
    QString text;
    QVector<ViewBlock> blocks;
    QVector<PrintHighlight> highlights;
    QVector<PrintNote> notes;

    /// `annotations` in reading order, as AnnotationStore keeps them.
    static PrintContent from(const DocumentRecord &record, const QVector<Annotation> &annotations,
                             const QVector<HighlightStyle> &styles);
    /// A style's colour lightened for paper, so the text over it stays easy to read in print.
    static QColor paperColor(const QColor &color);
};

} // namespace hashiya
