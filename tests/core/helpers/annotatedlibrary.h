#pragma once

#include "annotation/annotationstore.h"
#include "library/annotationrepository.h"
#include "library/documentstore.h"
#include "library/library.h"
#include "libraryfixture.h"

#include <QSqlQuery>
#include <QVariant>

namespace hashiya::test {

/**
 * Annotations written to a real library the way the app writes them (AnnotationRepository), for the exporter
 * tests: a highlight on a phrase of a document's text, with a style, a note and tags.
 */
inline Annotation annotatePhrase(Library &library, const DocumentRecord &document, const QString &phrase,
                                 qint64 styleId, const QString &note = {}, const QStringList &tags = {},
                                 int occurrence = 0)
{
    qsizetype start = -1;
    for (int i = 0; i <= occurrence; ++i)
        start = document.text.indexOf(phrase, start + 1);
    if (start < 0)
        qFatal("phrase not in the document: %s", qPrintable(phrase));
    Annotation annotation = AnnotationStore::makeAnnotation(document.id, document.text, int(start),
                                                            int(start + phrase.size()), styleId);
    annotation.note = note;
    annotation.tags = tags;
    AnnotationRepository repository(library);
    if (!repository.insert(annotation))
        qFatal("cannot insert annotation: %s", qPrintable(repository.lastError()));
    return annotation;
}

/// Marks an annotation as orphaned, as re-anchoring does when its quote is gone: no position, quote kept.
inline void orphan(Library &library, Annotation *annotation)
{
    AnnotationRepository repository(library);
    if (!repository.setAnchor(annotation->id, 0, 0, annotation->quote, AnchorState::Orphaned,
                              QDateTime::currentDateTimeUtc()))
        qFatal("cannot orphan: %s", qPrintable(repository.lastError()));
    annotation->start = annotation->end = 0;
    annotation->state = AnchorState::Orphaned;
}

/// Gives a tag a parent and a colour (the tag editor's job; no store method yet).
inline void nestTag(Library &library, const QString &child, const QString &parent, const QString &color)
{
    QSqlQuery q(library.database());
    q.prepare(QStringLiteral("UPDATE tag SET parent = (SELECT id FROM tag WHERE name = ?), color = ? "
                             "WHERE name = ?"));
    q.addBindValue(parent);
    q.addBindValue(color);
    q.addBindValue(child);
    if (!q.exec() || q.numRowsAffected() != 1)
        qFatal("cannot nest tag %s", qPrintable(child));
}

/// Inserts a document with `text`; `previousVersionId` makes it a newer version of that one.
inline DocumentRecord addDocument(Library &library, const QString &title, const QString &text,
                                  const QString &language, qint64 previousVersionId = 0)
{
    DocumentRecord record;
    record.title = title;
    record.text = text;
    record.language = language;
    record.direction = language == QLatin1String("en") ? Qt::LeftToRight : Qt::RightToLeft;
    record.encoding = QStringLiteral("UTF-8");
    record.previousVersionId = previousVersionId;
    DocumentStore documents(library);
    if (!documents.insert(record))
        qFatal("cannot insert document: %s", qPrintable(documents.lastError()));
    return record;
}

} // namespace hashiya::test
