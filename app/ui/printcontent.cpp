#include "ui/printcontent.h"

#include "annotation/annotation.h"
#include "annotation/highlightstyle.h"
#include "article/storedarticle.h"
#include "library/documentrecord.h"

namespace hashiya {

using namespace Qt::StringLiterals;

QColor PrintContent::paperColor(const QColor &color)
{
    // The view paints styles translucent over the page; on paper an opaque tint of the same strength prints
    // evenly and keeps black text readable.
    const QColor c = color.isValid() ? color.toRgb() : QColor(255, 230, 120);
    const qreal strength = 0.45;
    const auto mix = [strength](int channel) {
        return qRound(255 - (255 - channel) * strength);
    };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

PrintContent PrintContent::from(const DocumentRecord &record, const QVector<Annotation> &annotations,
                                const QVector<HighlightStyle> &styles)
{
    PrintContent content;
    content.title = record.title;
    content.text = record.text;
    const Article article = articleFromRecord(record);
    content.blocks.reserve(article.blocks.size());
    for (const ArticleBlock &block : article.blocks) {
        ViewBlock view;
        view.start = block.start;
        view.length = block.length;
        view.kind = static_cast<ViewBlock::Kind>(block.kind);
        view.level = block.level;
        view.direction = block.direction;
        content.blocks.append(view);
    }

    const auto colorOf = [&styles](qint64 styleId) {
        for (const HighlightStyle &style : styles) {
            if (style.id == styleId)
                return paperColor(style.color);
        }
        return paperColor(QColor());
    };
    const auto noteOf = [](const Annotation &annotation, int number) {
        PrintNote note;
        note.number = number;
        note.quote = annotation.quote.exact;
        note.note = annotation.note;
        note.tags = annotation.tags.join(u", "_s);
        note.anchored = annotation.state != AnchorState::Orphaned;
        return note;
    };

    // Numbers follow the reading order, so the notes read in the order their marks appear.
    int number = 0;
    for (const Annotation &annotation : annotations) {
        if (annotation.state == AnchorState::Orphaned)
            continue;
        const bool noted = !annotation.note.trimmed().isEmpty() || !annotation.tags.isEmpty();
        content.highlights.append(
            {annotation.start, annotation.end, colorOf(annotation.styleId), noted ? ++number : 0});
        if (noted)
            content.notes.append(noteOf(annotation, number));
    }
    // Not anchored: no place in the text, listed after the others so nothing the reader wrote is lost.
    for (const Annotation &annotation : annotations) {
        if (annotation.state == AnchorState::Orphaned)
            content.notes.append(noteOf(annotation, ++number));
    }
    return content;
}

} // namespace hashiya
