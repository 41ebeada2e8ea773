#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace hashiya::sql {

// How values are written to and read from the library: dates as ISO 8601 UTC text with milliseconds, uuids as
// lowercase text without braces, so the file reads well in the sqlite3 shell and sorts by text.

inline QString fromDateTime(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime toDateTime(const QVariant &value)
{
    // Our own "yyyy-MM-ddTHH:mm:ss.zzzZ" is read by hand: QDateTime::fromString is the slowest part of
    // loading 10,000 annotations. Anything else (written by another tool) goes through Qt's parser.
    const QString text = value.toString();
    const auto digits = [&text](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T'
        && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

inline QString fromUuid(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

inline QUuid toUuid(const QVariant &value)
{
    return QUuid::fromString(value.toString());
}

/** The current time as stored: UTC, truncated to the millisecond so a value read back compares equal. */
inline QDateTime now()
{
    const QDateTime dt = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(dt.toMSecsSinceEpoch(), Qt::UTC);
}

/** Text for a NOT NULL column: a null QString binds as SQL NULL, an empty one as ''. */
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/** A nullable foreign key: 0 means none. */
inline QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace hashiya::sql
