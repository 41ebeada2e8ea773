#pragma once

#include <QString>
#include <QStringList>

namespace hashiya {

/** When to SIGKILL the driver: `delayMs` after it prints `startLine` (after it starts when that is empty),
 *  or as soon as its `killAtAck`-th "ACK" line arrives when that is above zero. */
struct KillPlan {
    int delayMs = 0;
    QString startLine;
    int killAtAck = 0;
};

/** What one run of the driver printed and how it ended. */
struct DriverOutcome {
    QStringList lines; // complete lines only: a line cut by the kill was never acknowledged
    bool killed = false;
    bool exitedNormally = false;
    int exitCode = 0;
    QString problem; // the driver could not be run, or it reported a failure
};

/**
 * Runs hashiya_crashdriver with the given arguments and kills it (QProcess::kill, SIGKILL on Unix) as the
 * plan says, without sleeping: it waits on the process's output until the deadline.
 */
class CrashDriver final
{
public:
    static DriverOutcome run(const QStringList &arguments, const KillPlan &plan);
};

} // namespace hashiya
