#pragma once

#include "interop/w3cjsonimportercandidate.h"
#include "library/searchbulkindexer.h"

#include <QVector>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace hashiya {

/** One annotation as read from the file, with its quote and note already folded for the search index. */
struct W3cJsonImporterItem {
    W3cJsonImporterCandidate candidate;
    SearchPrefolded quote;
    SearchPrefolded note;
};

/**
 * Hands the annotations of a file from the thread that reads (scans, parses, folds) to the thread that
 * anchors and writes them, in batches, so both cores work on one import. Bounded: reading waits when it is a
 * few batches ahead, so a 100 MB file is never held whole as annotations.
 */
class W3cJsonImporterFeed final
{
    Q_DISABLE_COPY_MOVE(W3cJsonImporterFeed)

public:
    using Batch = QVector<W3cJsonImporterItem>;

    W3cJsonImporterFeed() = default;

    /// Reading side: queues a batch, waiting while the feed is full; false once the writer has closed it.
    bool push(Batch &&batch);
    /// Reading side: nothing more will come.
    void finish();
    /// Writing side: the next batch, waiting for it, in place of the one `batch` held (handed back to be
    /// freed); false when reading has finished and all were taken.
    bool pop(Batch *batch);
    /// Writing side: takes no more; a reader waiting in push(), or coming to it, gets false.
    void close();

private:
    static constexpr size_t capacity = 8;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    std::deque<Batch> m_spent; // taken and done with, for the reading thread to free
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace hashiya
