#include "library/librarywatcher.h"

#include "library/library.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hashiya {

LibraryWatcher::LibraryWatcher(const Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &LibraryWatcher::check);
    m_version = readVersion(); // what this window loaded is the baseline
}

void LibraryWatcher::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void LibraryWatcher::start()
{
    m_timer.start();
}

void LibraryWatcher::stop()
{
    m_timer.stop();
}

bool LibraryWatcher::check()
{
    const qint64 version = readVersion();
    if (version < 0 || version == m_version)
        return false;
    m_version = version;
    Q_EMIT changed();
    return true;
}

qint64 LibraryWatcher::readVersion() const
{
    QSqlQuery &query = m_library.statement(u"PRAGMA data_version"_s);
    if (!query.exec() || !query.next())
        return -1;
    const qint64 version = query.value(0).toLongLong();
    query.finish(); // no read snapshot may stay open: it would hold back the WAL and stale later reads
    return version;
}

} // namespace hashiya
