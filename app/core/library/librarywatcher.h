#pragma once

#include <QObject>
#include <QTimer>

namespace hashiya {

class Library;

/**
 * Notices commits made to the library by anyone else: another Hashiya window, the command line, or a worker
 * thread of this one. It reads SQLite's `PRAGMA data_version` on this thread's connection, which changes
 * exactly when another connection has committed since the last read (our own commits on this connection do
 * not change it), so polling costs one read of shared memory and never touches the tables. Use it on one
 * thread only: the one that created it.
 */
class LibraryWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryWatcher)

public:
    explicit LibraryWatcher(const Library &library, QObject *parent = nullptr);

    /// Polls every `milliseconds` while started (2000 by default).
    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    /// Reads the data version now and emits changed() when another connection committed since the last
    /// check. Returns whether it did.
    bool check();

Q_SIGNALS:
    /// Another connection committed: whatever this thread shows from the library may be stale.
    void changed();

private:
    qint64 readVersion() const;

    const Library &m_library;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace hashiya
