#pragma once

#include "interop/exportbundle.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVector>

namespace hashiya {

/**
 * Writes the `project.qde` of a REFI-QDA package (QDA-XML 1.0, namespace urn:QDA-XML:project:1.0) and lists
 * the source texts that go beside it in `Sources/`.
 *
 * Mapping: tags become codes nested like the tags; each highlight style becomes a code too, under one
 * non-codable "Highlight styles" code, so the colour categories survive in ATLAS.ti, MAXQDA, NVivo or
 * QualCoder. Documents become text sources (`plainTextPath="internal://GUID.txt"`), placed annotations
 * become coded PlainTextSelections (one Coding per tag and one for the style), and notes become Notes
 * referred to by their selection. Orphaned annotations have no position: their quote and note become a Note
 * referred to by the source, so nothing is lost.
 *
 * Positions: QDA-XML counts "characters" of the plain text; we count Unicode code points of the text as
 * written to the source file (what QualCoder, a reference implementation, counts as Python string indices),
 * never UTF-16 units, so an emoji before a passage does not shift it.
 */
class QdeProjectWriter final
{
public:
    struct SourceText {
        QString path; // inside the package, e.g. "Sources/<guid>.txt"
        QByteArray utf8;
    };
    struct Result {
        QByteArray projectXml;
        QVector<SourceText> sources;
    };

    /// `created` is the project's creationDateTime (now when invalid); `projectName` its name.
    static Result write(const ExportBundle &bundle, const QString &projectName,
                        const QDateTime &created = {});

    /// The deterministic GUID of something we have no uuid for ("tag:12", "style:3" …): a version-5 uuid in
    /// Hashiya's namespace.
    static QUuid guidFor(const QString &key);
    /// The text with the characters XML 1.0 cannot hold (most C0 controls, lone surrogates, U+FFFE/U+FFFF)
    /// replaced by U+FFFD, each by exactly one code point so positions do not move.
    static QString xmlSafe(const QString &text);
};

} // namespace hashiya
