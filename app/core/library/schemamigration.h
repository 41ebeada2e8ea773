#pragma once

#include <QString>

namespace hashiya {

class Library;

/**
 * The numbered schema steps of the library. Step N brings `PRAGMA user_version` from N-1 to N and runs in its
 * own transaction together with the version bump; adding a step is one function and one line in the table.
 */
class SchemaMigration final
{
public:
    /// The newest schema version this build knows.
    static int latestVersion();
    /// Runs every step above the file's current version. Returns false with `errorMessage` at the first
    /// failure; the steps committed before it stay (each is complete on its own).
    static bool migrate(const Library &library, QString *errorMessage);
    /// The application_id stamped into every library, so another program's SQLite file is never mistaken for
    /// one.
    static qint32 applicationId();
};

} // namespace hashiya
