#pragma once

#include "annotation/annotation.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace hashiya {

/** One annotation as read from W3C JSON-LD, before it is anchored to a document of the library. */
struct W3cJsonImporterCandidate {
    QString label; // the id as written (or "#N" when it had none): what messages name it by
    QUuid id;
    QString source;     // target "source" as written
    QString sourcePath; // hashiya:sourcePath
    bool hasQuote = false;
    TextQuote quote;
    bool hasPosition = false;
    int start = 0; // code points, as the W3C model counts them
    int end = 0;
    QString note;
    QStringList tags;
    QString styleName; // empty: no style
    QColor styleColor; // invalid when the JSON gave none
    QString created;   // as the library stores dates; empty → the time of the import
    QString modified;
    AnchorState state = AnchorState::Anchored;
};

} // namespace hashiya

namespace hashiya {

/// One line of AnnotationImportReport::problems: "ID<TAB>reason<TAB>the first words of the quote".
QString w3cJsonImporterProblem(const QString &label, const QString &reason, const QString &exact = {});

} // namespace hashiya
