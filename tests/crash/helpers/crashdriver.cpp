#include "crashdriver.h"

#include <QDeadlineTimer>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

constexpr int startupTimeoutMs = 20000;

// Moves the complete lines of `buffer` to `lines`; returns how many were added.
int takeLines(QByteArray *buffer, QStringList *lines)
{
    int added = 0;
    for (qsizetype end = buffer->indexOf('\n'); end >= 0; end = buffer->indexOf('\n')) {
        lines->append(QString::fromUtf8(buffer->left(end)));
        buffer->remove(0, end + 1);
        ++added;
    }
    return added;
}

} // namespace

DriverOutcome CrashDriver::run(const QStringList &arguments, const KillPlan &plan)
{
    DriverOutcome outcome;
    QProcess process;
    process.setProgram(QStringLiteral(HASHIYA_CRASHDRIVER));
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    if (!process.waitForStarted(startupTimeoutMs)) {
        outcome.problem = u"cannot start the driver: "_s % process.errorString();
        return outcome;
    }

    bool armed = plan.startLine.isEmpty();
    QDeadlineTimer deadline(armed ? plan.delayMs : startupTimeoutMs);
    QByteArray buffer;
    int acks = 0;
    const auto kill = [&] {
        process.kill();
        outcome.killed = true;
    };
    while (!outcome.killed && process.state() != QProcess::NotRunning) {
        if (deadline.hasExpired()) {
            if (!armed) {
                outcome.problem = u"the driver never printed "_s % plan.startLine;
                kill();
                break;
            }
            kill();
            break;
        }
        if (!process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            continue; // deadline reached or the process ended: the loop condition decides
        buffer += process.readAllStandardOutput();
        const int before = int(outcome.lines.size());
        takeLines(&buffer, &outcome.lines);
        for (int i = before; i < outcome.lines.size() && !outcome.killed; ++i) {
            const QString &line = outcome.lines.at(i);
            if (!armed && line == plan.startLine) {
                armed = true;
                deadline = QDeadlineTimer(plan.delayMs);
            }
            if (plan.killAtAck > 0 && line.startsWith(u"ACK\t") && ++acks == plan.killAtAck)
                kill();
        }
    }
    process.waitForFinished(startupTimeoutMs);
    buffer += process.readAllStandardOutput();
    takeLines(&buffer, &outcome.lines); // everything printed before the kill landed was acknowledged
    outcome.exitedNormally = process.exitStatus() == QProcess::NormalExit && !outcome.killed;
    outcome.exitCode = process.exitCode();
    for (const QString &line : std::as_const(outcome.lines)) {
        if (line.startsWith(u"FAIL\t"))
            outcome.problem = line.mid(5);
    }
    if (outcome.exitedNormally && outcome.exitCode != 0 && outcome.problem.isEmpty())
        outcome.problem = u"the driver exited with code %1: %2"_s.arg(outcome.exitCode)
                              .arg(QString::fromUtf8(process.readAllStandardError()));
    return outcome;
}

} // namespace hashiya
