#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace hashiya {

/** The quote half of a W3C selector: the exact text and up to 32 characters of context either side. */
struct TextQuote {
    QString exact;
    QString prefix;
    QString suffix;

    bool operator==(const TextQuote &o) const
    {
        return exact == o.exact && prefix == o.prefix && suffix == o.suffix;
    }
};

enum class AnchorState { Anchored, Relocated, Orphaned };

/** One highlight with its note and tags. Offsets are UTF-16 units into the document's stored text. */
struct Annotation {
    QUuid id;
    qint64 documentId = 0;
    int start = 0;
    int end = 0;
    TextQuote quote;
    qint64 styleId = 0;
    QString note;     // Markdown
    QStringList tags; // tag names, in the order they were added
    QDateTime created;
    QDateTime modified;
    AnchorState state = AnchorState::Anchored;

    int length() const { return end - start; }
    bool operator==(const Annotation &o) const
    {
        return id == o.id && documentId == o.documentId && start == o.start && end == o.end
               && quote == o.quote && styleId == o.styleId && note == o.note && tags == o.tags
               && state == o.state;
    }
};

} // namespace hashiya
