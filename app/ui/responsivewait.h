#pragma once

#include "library/library.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>

namespace hashiya {

/**
 * Runs `work` on a worker thread and returns what it returns, with this thread's event loop running meanwhile
 * but taking no user input: the window keeps painting while a file is read and indexed (DESIGN invariant 5:
 * the GUI thread never waits for work that grows with the article), and nothing the user does can change what
 * the work reads or writes under it; clicks and keys wait until it is done. A busy cursor says why. For work
 * of a second or two that callers want as one step; longer jobs (export) report progress and can be
 * cancelled instead.
 */
template<typename Work> std::invoke_result_t<Work> runResponsively(Work work)
{
    using Result = std::invoke_result_t<Work>;
    QFuture<Result> future = QtConcurrent::run(std::move(work));
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished()) {
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        QGuiApplication::restoreOverrideCursor();
    }
    return future.result();
}

/**
 * runResponsively() for work on `library`: the worker takes a connection of its own from it (Library hands
 * out one per thread) and closes it when done. The caller waits, so the library outlives the work; no second
 * Library::open() repeats the checks the first one made (header, quick_check, schema, index).
 */
template<typename Work>
std::invoke_result_t<Work, Library &> runOnLibraryResponsively(Library &library, Work work)
{
    return runResponsively([&library, work = std::move(work)] {
        auto result = work(library);
        library.releaseThreadConnection();
        return result;
    });
}

} // namespace hashiya
