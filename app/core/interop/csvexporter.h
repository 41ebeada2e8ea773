#pragma once

#include "annotation/highlightstyle.h"
#include "interop/exportitem.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QVector>

namespace hashiya {

/**
 * Writes annotations as a spreadsheet-ready CSV (RFC 4180, CRLF rows): one row per annotation with the
 * columns document, document id, quote, note, tags, style, start, end, state, created, modified. UTF-8 with a
 * BOM, or spreadsheet programs read Arabic as mojibake. Positions count Unicode code points, like the W3C
 * export (the units every other tool counts in); orphaned annotations have empty positions and the state
 * "orphaned". No cell can become a formula (CSV injection).
 */
class CsvExporter final
{
public:
    static QByteArray write(const QVector<ExportItem> &items, const QVector<HighlightStyle> &styles);

    /// One cell: formula-guarded, then quoted when it holds a comma, a quote or a line break.
    static QString cell(QStringView value);
    /// The value with a leading "'" when it starts with = + - @ tab or CR (OWASP's list), so a spreadsheet
    /// shows it as text instead of evaluating it.
    static QString guarded(QStringView value);
};

} // namespace hashiya
