#pragma once

#include "annotation/highlightstyle.h"
#include "interop/exportitem.h"

#include <QTimeZone>

namespace hashiya::testing {

/** A document with an emoji before its quotes, three annotations out of order, and two styles. */
inline QVector<HighlightStyle> exportStyles()
{
    using namespace Qt::StringLiterals;
    return {{3, u"claim"_s, QColor(0xff, 0xd5, 0x4f), 1, 0}, {7, u"سؤال"_s, QColor(0x4f, 0xc3, 0xf7), 2, 1}};
}

inline ExportItem exportItem()
{
    using namespace Qt::StringLiterals;
    ExportItem item;
    item.document.id = 1;
    item.document.uuid = QUuid(u"{6f1c2d3e-4b5a-4c6d-8e7f-901234567890}"_s);
    item.document.title = u"بوركينا فاسو # تلجأ"_s;
    item.document.sourcePath = u"/home/reader/burkina.txt"_s;
    item.document.language = u"ar"_s;
    item.document.created = QDateTime(QDate(2024, 5, 1), QTime(9, 30), QTimeZone::utc());
    // "😀" is two UTF-16 units: every UTF-16 offset after it is one more than its code point offset.
    item.document.text = u"😀 قالت الوزيرة: *التعاون* #قديم.\nSputnik قالت إن الزيارة تمت"_s;

    Annotation second;
    second.id = QUuid(u"{aaaaaaaa-0000-4000-8000-000000000002}"_s);
    second.documentId = 1;
    second.start = 34;
    second.end = 41;
    second.quote = {u"Sputnik"_s, u"قديم.\n"_s, u" قالت"_s};
    second.styleId = 99; // a style that no longer exists
    second.created = QDateTime(QDate(2024, 5, 2), QTime(8, 0), QTimeZone::utc());
    second.modified = second.created;

    Annotation first;
    first.id = QUuid(u"{aaaaaaaa-0000-4000-8000-000000000001}"_s);
    first.documentId = 1;
    first.start = 17;
    first.end = 32;
    first.quote = {u"*التعاون* #قديم"_s, u"😀 قالت الوزيرة: "_s, u"."_s};
    first.styleId = 3;
    first.note = u"تحقق من **المصدر** قبل النشر."_s;
    first.tags = {u"needs source"_s, u"مؤكد"_s};
    first.created = QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc());
    first.modified = QDateTime(QDate(2024, 5, 1), QTime(11, 15, 30), QTimeZone::utc());

    item.annotations = {second, first};
    return item;
}

} // namespace hashiya::testing
