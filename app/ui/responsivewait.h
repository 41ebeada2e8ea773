#pragma once

#include "library/library.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
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
 * runResponsively() for work on the library: the worker gets a Library of its own on the same file, as
 * ExportJob's does, or `library` itself when it lives only in memory (it hands out one connection per
 * thread). `work(Library &)` runs only when the library opened; else `failed(error)` gives the result.
 */
template<typename Work, typename Failed>
std::invoke_result_t<Work, Library &> runOnLibraryResponsively(Library &library, Work work, Failed failed)
{
    Library *shared = library.isInMemory() ? &library : nullptr;
    return runResponsively(
        [shared, path = library.path(), work = std::move(work), failed = std::move(failed)] {
            if (shared)
                return work(*shared);
            QString error;
            const std::unique_ptr<Library> own = Library::open(path, &error);
            return own ? work(*own) : failed(error);
        });
}

} // namespace hashiya
