#include "editstream.h"

#include "annotation/annotationstore.h"
#include "text/textboundaries.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

// Tags a reviewer would use, Arabic and English; none folds like another, so the stored spelling is the given
// one.
const QStringList tagPool = {
    u"موثق"_s,     u"يحتاج مصدرا"_s,  u"متنازع عليه"_s, u"مصطلح"_s,
    u"verified"_s, u"needs source"_s, u"question"_s,    u"سؤال"_s,
};

constexpr int maximumAnnotations = 40;

} // namespace

EditStream::EditStream(AnnotationStore &store, const QString &text, quint32 seed)
    : m_store(store)
    , m_text(text)
    , m_random(seed)
{}

void EditStream::report(const char *kind, const QString &op, const QUuid &id, const QStringList &fields)
{
    QStringList line = {QString::fromLatin1(kind), op, id.toString(QUuid::WithoutBraces)};
    line += fields;
    std::fputs(line.join(u'\t').toUtf8().append('\n').constData(), stdout);
    std::fflush(stdout); // the line is the acknowledgement: it must be out before the next edit starts
}

QString EditStream::freshNote()
{
    // A unique Latin token in an Arabic sentence: the test searches for it through the full-text index.
    return u"ملاحظة للمحرر: تحقق من المصدر n%1"_s.arg(m_random.generate(), 8, 16, QChar(u'0'));
}

QUuid EditStream::pickAnnotation(int minimumTags)
{
    QVector<QUuid> candidates;
    for (const Annotation &a : m_store.annotations()) {
        if (a.tags.size() >= minimumTags)
            candidates.append(a.id);
    }
    return candidates.isEmpty() ? QUuid() : candidates.at(int(m_random.bounded(int(candidates.size()))));
}

bool EditStream::create()
{
    // A word-aligned passage of one to four words, so its quote always holds something the index can match.
    const auto wordFrom = [this](int position) -> std::pair<int, int> {
        const int size = int(m_text.size());
        while (position < size && !m_text.at(position).isLetterOrNumber())
            ++position;
        if (position >= size)
            return {-1, -1};
        const auto word = TextBoundaries::wordAt(m_text, position);
        return word.first < 0 ? std::pair<int, int>(position, position + 1) : word;
    };
    auto first = wordFrom(int(m_random.bounded(int(m_text.size()))));
    if (first.first < 0)
        first = wordFrom(0);
    auto last = first;
    for (int words = int(m_random.bounded(4)); words > 0; --words) {
        const auto next = wordFrom(last.second);
        if (next.first < 0)
            break;
        last = next;
    }
    Annotation annotation =
        AnnotationStore::makeAnnotation(m_store.documentId(), m_text, first.first, last.second, 1);
    annotation.styleId = 1 + m_random.bounded(5);
    QStringList pool = tagPool;
    for (int count = 1 + int(m_random.bounded(3)); count > 0; --count)
        annotation.tags.append(pool.takeAt(int(m_random.bounded(int(pool.size())))));
    if (m_random.bounded(2) == 0)
        annotation.note = freshNote();

    report("TRY", u"create"_s, annotation.id, {annotation.tags.join(u'|'), annotation.note});
    if (!m_store.add(annotation))
        return false;
    const Annotation *stored = m_store.find(annotation.id);
    report("ACK", u"create"_s, annotation.id, {stored->tags.join(u'|'), stored->note});
    return true;
}

bool EditStream::renote()
{
    const QUuid id = pickAnnotation();
    const QString note = m_random.bounded(5) == 0 ? QString() : freshNote();
    report("TRY", u"note"_s, id, {note});
    if (!m_store.setNote(id, note))
        return false;
    report("ACK", u"note"_s, id, {note});
    return true;
}

bool EditStream::tag()
{
    const QUuid id = pickAnnotation();
    QStringList absent;
    for (const QString &name : tagPool) {
        if (m_store.tagIndex(id, name) < 0)
            absent.append(name);
    }
    if (absent.isEmpty())
        return renote();
    const QString name = absent.at(int(m_random.bounded(int(absent.size()))));
    report("TRY", u"addtag"_s, id, {name});
    if (!m_store.addTag(id, name))
        return false;
    report("ACK", u"addtag"_s, id, {name});
    return true;
}

bool EditStream::untag()
{
    const QUuid id = pickAnnotation(2);
    if (id.isNull())
        return tag();
    const QStringList tags = m_store.find(id)->tags;
    const QString name = tags.at(int(m_random.bounded(int(tags.size()))));
    report("TRY", u"removetag"_s, id, {name});
    if (!m_store.removeTag(id, name))
        return false;
    report("ACK", u"removetag"_s, id, {name});
    return true;
}

bool EditStream::remove()
{
    const QUuid id = pickAnnotation();
    report("TRY", u"delete"_s, id, {});
    if (!m_store.remove(id))
        return false;
    report("ACK", u"delete"_s, id, {});
    return true;
}

bool EditStream::run(int maxEdits, QString *error)
{
    for (int i = 0; i < maxEdits; ++i) {
        const int count = int(m_store.annotations().size());
        const quint32 roll = m_random.bounded(100);
        bool ok = false;
        if (count < 3 || (count < maximumAnnotations && roll < 30))
            ok = create();
        else if (roll < 55)
            ok = renote();
        else if (roll < 72)
            ok = tag();
        else if (roll < 84)
            ok = untag();
        else
            ok = remove();
        if (!ok) {
            *error = m_store.lastError();
            return false;
        }
    }
    return true;
}

} // namespace hashiya
