#include "interop/qdpxexporter.h"

#include "interop/qdeprojectwriter.h"

#include <zip.h>

using namespace Qt::StringLiterals;

namespace hashiya {
namespace {

QString zipError(zip_error_t *error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}

/** Owns a libzip source until the archive takes it. */
struct SourceGuard {
    zip_source_t *source = nullptr;
    ~SourceGuard()
    {
        if (source)
            zip_source_free(source);
    }
};

// libzip copies nothing for zip_source_buffer: the bytes must outlive zip_close, which is why they live in
// `entries` until the end.
bool addEntry(zip_t *archive, const QString &name, const QByteArray &bytes, QString *error)
{
    zip_source_t *source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
    if (!source) {
        *error = zipError(zip_get_error(archive));
        return false;
    }
    const QByteArray path = name.toUtf8();
    if (zip_file_add(archive, path.constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
        zip_source_free(source);
        *error = zipError(zip_get_error(archive));
        return false;
    }
    return true;
}

} // namespace

QByteArray QdpxExporter::write(const ExportBundle &bundle, const QString &projectName, QString *error,
                               const QDateTime &created)
{
    const QdeProjectWriter::Result project = QdeProjectWriter::write(bundle, projectName, created);

    zip_error_t zipErrorState;
    zip_error_init(&zipErrorState);
    SourceGuard memory{zip_source_buffer_create(nullptr, 0, 0, &zipErrorState)};
    if (!memory.source) {
        *error = zipError(&zipErrorState);
        zip_error_fini(&zipErrorState);
        return {};
    }
    zip_t *archive = zip_open_from_source(memory.source, ZIP_TRUNCATE, &zipErrorState);
    if (!archive) {
        *error = zipError(&zipErrorState);
        zip_error_fini(&zipErrorState);
        return {};
    }
    zip_error_fini(&zipErrorState);
    // Keep the in-memory source alive after zip_close so the finished archive can be read back from it.
    zip_source_keep(memory.source);

    bool ok = addEntry(archive, u"project.qde"_s, project.projectXml, error);
    for (const QdeProjectWriter::SourceText &source : project.sources) {
        if (ok)
            ok = addEntry(archive, source.path, source.utf8, error);
    }
    if (!ok) {
        zip_discard(archive);
        return {};
    }
    if (zip_close(archive) < 0) {
        *error = zipError(zip_get_error(archive));
        zip_discard(archive);
        return {};
    }

    QByteArray bytes;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(memory.source, &stat) < 0 || zip_source_open(memory.source) < 0) {
        *error = zipError(zip_source_error(memory.source));
        return {};
    }
    bytes.resize(qsizetype(stat.size));
    const zip_int64_t read = zip_source_read(memory.source, bytes.data(), stat.size);
    zip_source_close(memory.source);
    if (read < 0 || zip_uint64_t(read) != stat.size) {
        *error = zipError(zip_source_error(memory.source));
        return {};
    }
    return bytes;
}

} // namespace hashiya
