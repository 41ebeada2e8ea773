#include "interop/w3cjsonimporterfeed.h"

namespace hashiya {

bool W3cJsonImporterFeed::push(Batch &&batch)
{
    std::deque<Batch> spent;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || m_batches.size() < capacity; });
        if (m_closed)
            return false;
        m_batches.push_back(std::move(batch));
        spent.swap(m_spent);
        m_changed.notify_all();
    }
    return true; // `spent` is freed here, outside the lock
}

void W3cJsonImporterFeed::finish()
{
    const std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

bool W3cJsonImporterFeed::pop(Batch *batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_closed || m_finished || !m_batches.empty(); });
    if (!batch->isEmpty())
        m_spent.push_back(std::move(*batch));
    if (m_closed || m_batches.empty())
        return false;
    *batch = std::move(m_batches.front());
    m_batches.pop_front();
    m_changed.notify_all();
    return true;
}

void W3cJsonImporterFeed::close()
{
    const std::lock_guard lock(m_mutex);
    m_closed = true;
    m_batches.clear();
    m_spent.clear();
    m_changed.notify_all();
}

} // namespace hashiya
