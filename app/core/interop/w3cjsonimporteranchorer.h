#pragma once

#include "annotation/annotation.h"
#include "interop/w3cjsonimportercandidate.h"
#include "text/codepointindex.h"

#include <QHash>
#include <QString>
#include <QUuid>
#include <QVector>

namespace hashiya {

class Library;

/**
 * Finds the document and the passage a candidate annotation marks. The document: by the target's source
 * (urn:uuid of a stored document), else by its source path (hashiya:sourcePath, or a source that is a path or
 * file URL), else by finding the quote in the library's documents. The passage: the position (code points)
 * when the text there is the quote, else the quote found exactly, preferring the occurrence whose prefix and
 * suffix agree; a position alone is taken as it is. Texts are read once each, when first needed.
 */
class W3cJsonImporterAnchorer final
{
    Q_DISABLE_COPY_MOVE(W3cJsonImporterAnchorer)

public:
    /** Where an annotation goes: UTF-16 offsets into the document's stored text. */
    struct Anchor {
        qint64 documentId = 0;
        int start = 0;
        int end = 0;
        TextQuote quote;
        AnchorState state = AnchorState::Anchored;
    };

    explicit W3cJsonImporterAnchorer(const Library &library);

    /// Reads the list of documents (not their texts); false with `error` set when the library cannot be read.
    bool loadDocuments(QString *error);
    /// Empty when `anchor` was filled, else why the candidate cannot be anchored. `error` is set (and the
    /// result empty) when the library could not be read.
    QString anchor(const W3cJsonImporterCandidate &candidate, Anchor *anchor, QString *error);

private:
    struct Document {
        qint64 id = 0;
        QUuid uuid;
        QString sourcePath;
        bool loaded = false;
        QString text;
        CodePointIndex index;
    };
    struct Occurrence {
        int document = -1; // index in m_documents
        int start = 0;
        int score = 0;
    };

    int documentFor(const W3cJsonImporterCandidate &candidate) const;
    /// The newest document stored with this source path (or file URL of it); -1 when none.
    int documentByPath(const QString &path) const;
    bool load(Document &document, QString *error);
    QString anchorIn(Document &document, const W3cJsonImporterCandidate &candidate, Anchor *anchor);
    QString anchorByQuoteAnywhere(const W3cJsonImporterCandidate &candidate, Anchor *anchor, QString *error);
    /// Occurrences of the quote in one document, scored by how much of its prefix and suffix agree.
    void findQuote(int documentIndex, const TextQuote &quote, QVector<Occurrence> *occurrences) const;
    void fill(const Document &document, int start, int end, const W3cJsonImporterCandidate &candidate,
              AnchorState state, Anchor *anchor) const;

    const Library &m_library;
    QVector<Document> m_documents;
    QHash<QUuid, int> m_byUuid;
    QHash<QString, int> m_byPath; // the newest document with that source path
};

} // namespace hashiya
