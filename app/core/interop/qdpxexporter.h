#pragma once

#include "interop/exportbundle.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hashiya {

/**
 * Writes a REFI-QDA project package (.qdpx), the exchange format of ATLAS.ti, MAXQDA, NVivo and QualCoder: a
 * zip of `project.qde` (see QdeProjectWriter for what becomes what) and the documents' texts as
 * `Sources/<guid>.txt` in UTF-8. The zip is built in memory with libzip.
 */
class QdpxExporter final
{
public:
    /// The package bytes, or empty with `error` set when the zip cannot be built.
    static QByteArray write(const ExportBundle &bundle, const QString &projectName, QString *error,
                            const QDateTime &created = {});
};

} // namespace hashiya
