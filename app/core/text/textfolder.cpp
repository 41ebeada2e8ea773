#include "text/textfolder.h"

#include "text/foldtable.h"

#include <QChar>

#include <algorithm>
#include <string>

namespace hashiya {
namespace {

// Writes the key (and the map when asked) straight into preallocated buffers: a book is millions of units
// and almost all of them are one table look-up.
class KeyWriter final
{
public:
    KeyWriter(QString &key, QVector<int> *map, int capacity)
        : m_key(key)
        , m_map(map)
        , m_classes(FoldTable::combiningClasses())
    {
        reserve(capacity);
    }
    Q_DISABLE_COPY_MOVE(KeyWriter)

    // Room for `count` more units plus one for each original unit still to come.
    void ensure(int count, int remaining)
    {
        if (m_size + count + remaining > m_capacity)
            reserve(std::max(m_capacity * 3 / 2, m_size + count + remaining));
    }

    void put(char16_t unit, int source)
    {
        m_units[m_size] = unit;
        if (m_map)
            m_indices[m_size] = source;
        ++m_size;
        // Keep a run of combining marks in canonical order (shadda + kasra == kasra + shadda). Only the key
        // moves, so the map stays non-decreasing; a moved mark points at a unit of the same run.
        const quint8 cc = m_classes[unit];
        if (cc == 0)
            return;
        for (int j = m_size - 1; j > 0 && m_classes[m_units[j - 1]] > cc; --j)
            std::swap(m_units[j - 1], m_units[j]);
    }

    void finish()
    {
        m_key.resize(m_size);
        if (m_map)
            m_map->resize(m_size);
    }

private:
    void reserve(int capacity)
    {
        m_capacity = capacity;
        m_key.resize(capacity);
        m_units = reinterpret_cast<char16_t *>(m_key.data());
        if (m_map) {
            m_map->resize(capacity);
            m_indices = m_map->data();
        }
    }

    QString &m_key;
    QVector<int> *m_map;
    const quint8 *m_classes;
    char16_t *m_units = nullptr;
    int *m_indices = nullptr;
    int m_size = 0;
    int m_capacity = 0;
};

void foldInto(QStringView text, const FoldOptions &options, QString &key, QVector<int> *map,
              QVector<int> *droppedFormats)
{
    const FoldTable &table = FoldTable::forOptions(options);
    const char16_t *units = text.utf16();
    const int length = int(text.size());
    KeyWriter writer(key, map, length);
    std::u16string scratch;
    for (int i = 0; i < length; ++i) {
        const char16_t unit = units[i];
        if (QChar::isHighSurrogate(unit) && i + 1 < length && QChar::isLowSurrogate(units[i + 1])) {
            scratch.clear();
            const bool format = table.foldCodePoint(QChar::surrogateToUcs4(unit, units[i + 1]), scratch);
            writer.ensure(int(scratch.size()), length - i);
            if (scratch.size() == 2 && scratch[0] == unit && scratch[1] == units[i + 1]) {
                writer.put(unit, i);
                writer.put(units[i + 1], i + 1);
            } else {
                for (const char16_t folded : scratch)
                    writer.put(folded, i);
            }
            if (format && droppedFormats && scratch.empty()) {
                droppedFormats->append(i);
                droppedFormats->append(i + 1);
            }
            ++i;
            continue;
        }
        const quint32 entry = table.entry(unit); // a lone surrogate folds to itself
        const int count = FoldTable::length(entry);
        if (count == 1) {
            writer.put(FoldTable::unit(entry), i);
        } else if (count == 0) {
            if (droppedFormats && FoldTable::isDroppedFormat(entry))
                droppedFormats->append(i);
        } else {
            writer.ensure(count, length - i);
            const char16_t *expansion = table.expansion(entry);
            for (int k = 0; k < count; ++k)
                writer.put(expansion[k], i);
        }
    }
    writer.finish();
}

} // namespace

std::pair<int, int> FoldedText::sourceRange(int keyStart, int keyEnd) const
{
    const int size = int(key.size());
    keyStart = std::clamp(keyStart, 0, size);
    keyEnd = std::clamp(keyEnd, keyStart, size);
    if (keyStart == keyEnd) {
        const int at = keyStart < size ? sourceIndex[keyStart] : sourceLength;
        return {at, at};
    }
    const int start = sourceIndex[keyStart];
    const int last = sourceIndex[keyEnd - 1];
    // The next original unit that gave a key unit of its own; everything before it folded away after the
    // last matched unit, or belongs to it (an expansion ended in its middle, a supplementary character).
    int next = keyEnd;
    while (next < size && sourceIndex[next] == last)
        ++next;
    int end = next < size ? sourceIndex[next] : sourceLength;
    // Invisible formatting right after the match (a ZWNJ before a suffix) is not part of it.
    while (end - 1 > last
           && std::binary_search(droppedFormatIndex.cbegin(), droppedFormatIndex.cend(), end - 1))
        --end;
    return {start, end};
}

FoldedText TextFolder::fold(QStringView text, const FoldOptions &options)
{
    FoldedText folded;
    folded.sourceLength = int(text.size());
    foldInto(text, options, folded.key, &folded.sourceIndex, &folded.droppedFormatIndex);
    // A fully vocalised text folds to little more than half its length; a kept key should not hold the rest.
    if (folded.key.size() < text.size() * 3 / 4) {
        folded.key.squeeze();
        folded.sourceIndex.squeeze();
    }
    return folded;
}

QString TextFolder::foldKey(QStringView text, const FoldOptions &options)
{
    QString key;
    foldInto(text, options, key, nullptr, nullptr);
    return key;
}

} // namespace hashiya

namespace hashiya {

QStringList TextFolder::queryKeys(QStringView query, const FoldOptions &options)
{
    const FoldedText folded = fold(query, options);
    QStringList keys{folded.key};
    if (options.exactMarksAndHamza)
        return keys;
    QVector<int> seats;
    for (int k = 0; k < folded.key.size() && seats.size() < 3; ++k) {
        const char16_t written = query[folded.sourceIndex[k]].unicode();
        if (written == 0x0624 || written == 0x0626)
            seats.append(k);
    }
    for (int variant = 1; variant < (1 << seats.size()); ++variant) {
        QString key = folded.key;
        for (int bit = 0; bit < seats.size(); ++bit) {
            if (variant & (1 << bit)) {
                QChar &seat = key[seats[bit]];
                seat = seat == QChar(0x0648) ? QChar(0x064A) : QChar(0x0648);
            }
        }
        keys.append(key);
    }
    return keys;
}

} // namespace hashiya
