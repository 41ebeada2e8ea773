#include "article/articlestructure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

// Span kinds are written by name: unlike block kinds they were never stored as integers.
constexpr std::pair<InlineSpan::Kind, QStringView> SpanKindNames[] = {
    {InlineSpan::Kind::Emphasis, u"em"},
    {InlineSpan::Kind::Strong, u"strong"},
    {InlineSpan::Kind::Code, u"code"},
    {InlineSpan::Kind::Link, u"link"},
};

QJsonArray blocksToJson(const QVector<ArticleBlock> &blocks)
{
    QJsonArray array;
    for (const ArticleBlock &block : blocks) {
        QJsonObject object{
            {u"start"_s, block.start},
            {u"length"_s, block.length},
            {u"kind"_s, static_cast<int>(block.kind)},
            {u"level"_s, block.level},
            {u"rtl"_s, block.direction == Qt::RightToLeft},
        };
        if (!block.language.isEmpty())
            object.insert(u"lang"_s, block.language);
        array.append(object);
    }
    return array;
}

QJsonArray spansToJson(const QVector<InlineSpan> &spans)
{
    QJsonArray array;
    for (const InlineSpan &span : spans) {
        QJsonObject object{{u"start"_s, span.start}, {u"length"_s, span.length}};
        for (const auto &[kind, name] : SpanKindNames) {
            if (kind == span.kind)
                object.insert(u"kind"_s, name.toString());
        }
        if (span.kind == InlineSpan::Kind::Link)
            object.insert(u"href"_s, span.href);
        array.append(object);
    }
    return array;
}

QVector<ArticleBlock> blocksFromJson(const QJsonArray &array, int textLength)
{
    QVector<ArticleBlock> blocks;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        ArticleBlock block;
        block.start = object.value(u"start"_s).toInt(-1);
        block.length = object.value(u"length"_s).toInt(-1);
        const int kind = object.value(u"kind"_s).toInt();
        block.kind = kind >= 0 && kind <= ArticleBlock::LastKind ? ArticleBlock::Kind(kind)
                                                                 : ArticleBlock::Kind::Paragraph;
        block.level = std::clamp(object.value(u"level"_s).toInt(), 0, 64);
        block.direction = object.value(u"rtl"_s).toBool(true) ? Qt::RightToLeft : Qt::LeftToRight;
        block.language = object.value(u"lang"_s).toString().left(35); // BCP 47 tags are short
        const int previousEnd = blocks.isEmpty() ? 0 : blocks.constLast().end();
        if (block.start >= previousEnd && block.length >= 0 && block.end() <= textLength)
            blocks.append(block);
    }
    return blocks;
}

/// True when [start, end) lies inside one block (blocks sorted, non-overlapping).
bool insideOneBlock(const QVector<ArticleBlock> &blocks, int start, int end)
{
    const auto it =
        std::upper_bound(blocks.cbegin(), blocks.cend(), start,
                         [](int position, const ArticleBlock &block) { return position < block.start; });
    if (it == blocks.cbegin())
        return false;
    const ArticleBlock &block = *(it - 1);
    return start >= block.start && end <= block.end();
}

QVector<InlineSpan> spansFromJson(const QJsonArray &array, int textLength,
                                  const QVector<ArticleBlock> &blocks)
{
    QVector<InlineSpan> spans;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        InlineSpan span;
        span.start = object.value(u"start"_s).toInt(-1);
        span.length = object.value(u"length"_s).toInt(-1);
        const QString kind = object.value(u"kind"_s).toString();
        bool known = false;
        for (const auto &[candidate, name] : SpanKindNames) {
            if (name == kind) {
                span.kind = candidate;
                known = true;
            }
        }
        if (span.kind == InlineSpan::Kind::Link)
            span.href = object.value(u"href"_s).toString();
        if (!known || span.start < 0 || span.length <= 0 || span.end() > textLength
            || (span.kind == InlineSpan::Kind::Link && span.href.isEmpty())
            || !insideOneBlock(blocks, span.start, span.end()))
            continue;
        spans.append(span);
    }
    std::stable_sort(spans.begin(), spans.end(),
                     [](const InlineSpan &a, const InlineSpan &b) { return a.start < b.start; });
    return spans;
}

} // namespace

QString ArticleStructure::toJson(const Article &article)
{
    const QJsonObject object{{u"blocks"_s, blocksToJson(article.blocks)},
                             {u"spans"_s, spansToJson(article.spans)}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void ArticleStructure::fromJson(const QString &json, int textLength, QVector<ArticleBlock> *blocks,
                                QVector<InlineSpan> *spans)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    // The first stored form was the bare array of blocks.
    const QJsonArray blockArray =
        document.isArray() ? document.array() : document.object().value(u"blocks"_s).toArray();
    const QVector<ArticleBlock> readBlocks = blocksFromJson(blockArray, textLength);
    if (spans)
        *spans = spansFromJson(document.object().value(u"spans"_s).toArray(), textLength, readBlocks);
    if (blocks)
        *blocks = readBlocks;
}

} // namespace hashiya
