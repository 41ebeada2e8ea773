#pragma once

#include <QString>
#include <QVector>

namespace hashiya::benchmark {

/// Imports 100,000 annotations (W3C JSON) `runs` times, each into a fresh library holding the book at `book`,
/// and returns the wall-clock milliseconds of each import. The JSON is exported from a library where the
/// annotations were made (with notes and tags), as a user moving to a new machine would do it. Scratch
/// libraries go to `folder`.
QVector<double> timeAnnotationImport(const QString &folder, const QString &book, int runs);

} // namespace hashiya::benchmark
