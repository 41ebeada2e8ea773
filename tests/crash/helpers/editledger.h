#pragma once

#include "annotation/annotation.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace hashiya {

/**
 * What the driver acknowledged, annotation by annotation (note and tags in order), built from its "TRY" and
 * "ACK" lines. An edit announced but not acknowledged when the driver died is in flight: it may or may not
 * have landed. reconcile() compares the library with the ledger and accepts exactly two states, the
 * acknowledged one and the acknowledged one plus the edit in flight; anything else (a lost edit, a half-made
 * one) is reported.
 */
class EditLedger final
{
public:
    struct Entry {
        QString note;
        QStringList tags;
        bool operator==(const Entry &o) const { return note == o.note && tags == o.tags; }
    };
    using State = QHash<QUuid, Entry>;

    /// Applies one run's output; returns a problem when the lines contradict each other.
    QString record(const QStringList &lines);
    /// Checks `stored` against the ledger; when it holds the edit in flight, that edit becomes acknowledged.
    /// Returns what is wrong, or an empty string.
    QString reconcile(const QVector<Annotation> &stored);

    int acknowledged() const { return m_acknowledged; }
    int landedInFlight() const { return m_landedInFlight; }
    const State &state() const { return m_state; }

private:
    struct Edit {
        QString op;
        QUuid id;
        QStringList fields;
    };
    static QString apply(State *state, const Edit &edit);
    static QString describe(const State &expected, const State &found);

    State m_state;
    std::optional<Edit> m_inFlight;
    int m_acknowledged = 0;
    int m_landedInFlight = 0;
};

} // namespace hashiya
