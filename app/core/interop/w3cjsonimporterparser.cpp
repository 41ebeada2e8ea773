#include "interop/w3cjsonimporterparser.h"

#include "library/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

constexpr int maximumPageDepth =
    1000; // "next" pages embedded in each other; beyond this the input is hostile

// Ids that are not urn:uuid (another tool's URLs) get a name-based uuid, so importing the file twice finds
// them present the second time.
const QUuid foreignIdNamespace(u"{5d9c6f0e-2a8b-4e51-9c7d-3f1e0b6a4d21}"_s);

bool hasType(const QJsonObject &object, QLatin1StringView type)
{
    const QJsonValue value = object.value(u"type"_s);
    if (value.isString())
        return value.toString() == type;
    const QJsonArray types = value.toArray();
    for (const QJsonValue entry : types) {
        if (entry.toString() == type)
            return true;
    }
    return false;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a true/false value"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"missing"_s;
}

// The W3C form (Qt::ISODate, as the exporter writes) turned straight into the library's form: parsing and
// printing 200,000 dates through QDateTime would be a tenth of the import's time.
QString storedTimestamp(const QJsonValue &value)
{
    const QString text = value.toString();
    const auto isDigits = [&text](std::initializer_list<int> positions) {
        for (int i : positions) {
            if (!text.at(i).isDigit())
                return false;
        }
        return true;
    };
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T'
        && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'Z'
        && isDigits({0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})) {
        const QDateTime parsed = sql::toDateTime(QString(text.left(19) + ".000Z"_L1));
        if (parsed.isValid())
            return text.left(19) + ".000Z"_L1;
    }
    if (text.isEmpty())
        return {};
    const QDateTime parsed = sql::toDateTime(text);
    return parsed.isValid() ? sql::fromDateTime(parsed) : QString();
}

// A JSON number as a W3C position: a whole number from 0 to INT_MAX; `error` says what is wrong otherwise.
bool readPosition(const QJsonValue &value, const char *name, int *position, QString *error)
{
    if (!value.isDouble()) {
        *error = u"position %1 is %2, not a number"_s.arg(QLatin1StringView(name), typeName(value));
        return false;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number) {
        *error = u"position %1 (%2) is not a whole number"_s.arg(QLatin1StringView(name)).arg(number);
        return false;
    }
    if (number < 0) {
        *error = u"position %1 (%2) is negative"_s.arg(QLatin1StringView(name)).arg(number, 0, 'f', 0);
        return false;
    }
    if (number > std::numeric_limits<int>::max()) {
        *error = u"position %1 (%2) is too large"_s.arg(QLatin1StringView(name)).arg(number, 0, 'g', 6);
        return false;
    }
    *position = int(number);
    return true;
}

bool isNotePurpose(const QString &purpose)
{
    static const QStringList notes = {u"commenting"_s,  u"describing"_s, u"replying"_s,
                                      u"questioning"_s, u"editing"_s,    u"assessing"_s};
    return purpose.isEmpty() || notes.contains(purpose);
}

} // namespace

QString w3cJsonImporterProblem(const QString &label, const QString &reason, const QString &exact)
{
    QString quote = exact.left(40).simplified();
    if (exact.size() > 40)
        quote += u'…';
    QString id = label;
    id.replace(u'\t', u' ').replace(u'\n', u' ');
    return id + u'\t' + reason + u'\t' + quote;
}

W3cJsonImporterParser::Result W3cJsonImporterParser::parse(const QByteArray &json)
{
    Result result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset in bytes lets the user find the spot in an editor.
        result.error =
            u"The file is not valid JSON: %1 at byte %2."_s.arg(error.errorString()).arg(error.offset);
        return result;
    }
    W3cJsonImporterParser parser(result);
    parser.readTop(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    return result;
}

void W3cJsonImporterParser::readTop(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        m_result.candidates.reserve(items.size());
        for (const QJsonValue item : items) {
            if (item.isObject() && hasType(item.toObject(), "AnnotationPage"_L1))
                readPage(item.toObject(), 0);
            else
                readItem(item);
        }
        return;
    }
    const QJsonObject object = value.toObject();
    if (hasType(object, "AnnotationCollection"_L1)) {
        const QJsonValue first = object.value(u"first"_s);
        if (first.isObject()) {
            readPage(first.toObject(), 0);
        } else if (first.isString()) {
            m_result.error = u"The collection refers to its pages by address (%1); only collections with "
                             u"their pages embedded can be imported."_s.arg(first.toString());
        } else if (object.value(u"items"_s).isArray()) {
            readPage(object, 0);
        } else if (object.value(u"total"_s).toInt(-1) != 0) {
            m_result.error = u"The collection has no embedded first page of annotations."_s;
        }
        return;
    }
    if (hasType(object, "AnnotationPage"_L1)) {
        readPage(object, 0);
        return;
    }
    readItem(object);
}

void W3cJsonImporterParser::readPage(const QJsonObject &page, int depth)
{
    const QJsonValue items = page.value(u"items"_s);
    if (!items.isArray()) {
        m_result.error = u"An annotation page has no list of items."_s;
        return;
    }
    const QJsonArray list = items.toArray();
    m_result.candidates.reserve(m_result.candidates.size() + list.size());
    for (const QJsonValue item : list)
        readItem(item);
    const QJsonValue next = page.value(u"next"_s);
    if (next.isObject() && depth < maximumPageDepth)
        readPage(next.toObject(), depth + 1);
    else if (next.isString())
        m_result.error = u"The annotations continue on a page given by address (%1); only embedded pages "
                         u"can be imported."_s.arg(next.toString());
}

void W3cJsonImporterParser::readItem(const QJsonValue &value)
{
    ++m_index;
    const QString fallbackLabel = u"#%1"_s.arg(m_index);
    if (!value.isObject()) {
        m_result.problems.append(w3cJsonImporterProblem(
            fallbackLabel, u"item %1 is %2, not an annotation object"_s.arg(m_index).arg(typeName(value))));
        return;
    }
    const QJsonObject object = value.toObject();
    W3cJsonImporterCandidate candidate;
    candidate.label = fallbackLabel;
    const QString reason = readAnnotation(object, candidate);
    if (!reason.isEmpty()) {
        m_result.problems.append(w3cJsonImporterProblem(candidate.label, reason, candidate.quote.exact));
        return;
    }
    m_result.candidates.append(std::move(candidate));
}

QString W3cJsonImporterParser::readAnnotation(const QJsonObject &object, W3cJsonImporterCandidate &candidate)
{
    const QJsonValue id = object.value(u"id"_s);
    if (id.isString() && !id.toString().isEmpty()) {
        const QString text = id.toString();
        candidate.label = text;
        if (text.startsWith(u"urn:uuid:"_s, Qt::CaseInsensitive))
            candidate.id = QUuid::fromString(QStringView(text).mid(9));
        if (candidate.id.isNull())
            candidate.id = QUuid::createUuidV5(foreignIdNamespace, text);
    } else if (!id.isUndefined()) {
        return u"its id is %1, not a string"_s.arg(typeName(id));
    } else {
        // No id: one derived from the whole annotation, so a second import still recognises it.
        candidate.id =
            QUuid::createUuidV5(foreignIdNamespace, QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    const QJsonValue target = object.value(u"target"_s);
    QString reason;
    if (target.isUndefined() || target.isNull()) {
        reason = u"it has no target"_s;
    } else if (target.isString()) {
        reason = u"its target is a whole resource (%1), not a passage"_s.arg(target.toString());
    } else if (target.isObject()) {
        reason = readTarget(target.toObject(), candidate);
    } else if (target.isArray()) {
        // Several targets: the first that names a passage; Hashiya annotations mark one passage each.
        reason = u"none of its targets names a passage"_s;
        const QJsonArray targets = target.toArray();
        for (const QJsonValue entry : targets) {
            if (entry.isObject() && entry.toObject().contains(u"selector"_s)) {
                reason = readTarget(entry.toObject(), candidate);
                break;
            }
        }
    } else {
        reason = u"its target is %1"_s.arg(typeName(target));
    }
    if (!reason.isEmpty())
        return reason;

    readBodies(object, candidate);
    candidate.created = storedTimestamp(object.value(u"created"_s));
    candidate.modified = storedTimestamp(object.value(u"modified"_s));
    const QString state = object.value(u"hashiya:anchorState"_s).toString();
    if (state == u"orphaned")
        candidate.state = AnchorState::Orphaned;
    else if (state == u"relocated")
        candidate.state = AnchorState::Relocated;
    return {};
}

QString W3cJsonImporterParser::readTarget(const QJsonObject &target, W3cJsonImporterCandidate &candidate)
{
    const QJsonValue source = target.value(u"source"_s);
    candidate.source = source.isObject() ? source.toObject().value(u"id"_s).toString() : source.toString();
    candidate.sourcePath = target.value(u"hashiya:sourcePath"_s).toString();

    const QJsonValue selector = target.value(u"selector"_s);
    QStringList unknown;
    QString reason;
    if (selector.isObject()) {
        reason = readSelector(selector.toObject(), candidate, unknown, false);
    } else if (selector.isArray()) {
        const QJsonArray selectors = selector.toArray();
        for (const QJsonValue entry : selectors) {
            if (!entry.isObject()) {
                unknown.append(typeName(entry));
                continue;
            }
            reason = readSelector(entry.toObject(), candidate, unknown, false);
            if (!reason.isEmpty())
                break;
        }
    } else if (selector.isUndefined()) {
        return u"its target is a whole resource (%1), not a passage"_s.arg(candidate.source);
    } else {
        return u"its selector is %1"_s.arg(typeName(selector));
    }
    if (!reason.isEmpty())
        return reason;
    if (!candidate.hasQuote && !candidate.hasPosition) {
        unknown.removeDuplicates();
        return unknown.isEmpty() ? u"it has no TextQuoteSelector or TextPositionSelector"_s
                                 : u"it has no TextQuoteSelector or TextPositionSelector (only %1)"_s.arg(
                                     unknown.join(u", "_s));
    }
    return {};
}

QString W3cJsonImporterParser::readSelector(const QJsonObject &selector, W3cJsonImporterCandidate &candidate,
                                            QStringList &unknown, bool refinement)
{
    if (hasType(selector, "TextQuoteSelector"_L1)) {
        if (candidate.hasQuote)
            return {};
        const QJsonValue exact = selector.value(u"exact"_s);
        if (!exact.isString())
            return u"its TextQuoteSelector's exact is %1, not a string"_s.arg(typeName(exact));
        if (exact.toString().isEmpty())
            return u"its TextQuoteSelector quotes nothing"_s;
        candidate.hasQuote = true;
        candidate.quote = {exact.toString(), selector.value(u"prefix"_s).toString(),
                           selector.value(u"suffix"_s).toString()};
        return {};
    }
    if (hasType(selector, "TextPositionSelector"_L1) && !refinement) {
        if (candidate.hasPosition)
            return {};
        QString error;
        if (!readPosition(selector.value(u"start"_s), "start", &candidate.start, &error)
            || !readPosition(selector.value(u"end"_s), "end", &candidate.end, &error))
            return error;
        if (candidate.end < candidate.start)
            return u"its position range is reversed (start %1 > end %2)"_s.arg(candidate.start)
                .arg(candidate.end);
        candidate.hasPosition = true;
        return {};
    }
    // A selector we cannot resolve (a fragment, an XPath range): a quote refining it is still a quote of
    // the text, but a position refining it counts from a place we do not know.
    const QString type = selector.value(u"type"_s).toString();
    unknown.append(type.isEmpty() ? u"a selector without type"_s : type);
    const QJsonValue refinedBy = selector.value(u"refinedBy"_s);
    const QJsonArray refinements = refinedBy.isArray() ? refinedBy.toArray() : QJsonArray{refinedBy};
    for (const QJsonValue entry : refinements) {
        if (!entry.isObject())
            continue;
        const QString reason = readSelector(entry.toObject(), candidate, unknown, true);
        if (!reason.isEmpty())
            return reason;
    }
    return {};
}

void W3cJsonImporterParser::readBodies(const QJsonObject &object, W3cJsonImporterCandidate &candidate)
{
    QStringList notes;
    const QJsonValue bodyValue = object.value(u"bodyValue"_s);
    if (bodyValue.isString() && !bodyValue.toString().trimmed().isEmpty())
        notes.append(bodyValue.toString());
    const QString motivation = object.value(u"motivation"_s).toString();

    const QJsonValue body = object.value(u"body"_s);
    const QJsonArray bodies = body.isArray() ? body.toArray() : QJsonArray{body};
    for (const QJsonValue entry : bodies) {
        if (!entry.isObject())
            continue; // a body given by address: nothing to keep
        const QJsonObject bodyObject = entry.toObject();
        const QJsonValue value = bodyObject.value(u"value"_s);
        if (!value.isString())
            continue;
        const QString text = value.toString();
        QString purpose = bodyObject.value(u"purpose"_s).toString();
        if (purpose.isEmpty() && (motivation == u"tagging" || motivation == u"classifying"))
            purpose = motivation;
        if (purpose == u"tagging") {
            if (!text.trimmed().isEmpty())
                candidate.tags.append(text);
        } else if (purpose == u"classifying") {
            if (candidate.styleName.isEmpty() && !text.trimmed().isEmpty()) {
                candidate.styleName = text.trimmed();
                candidate.styleColor = QColor::fromString(
                    bodyObject.value(u"hashiya:style"_s).toObject().value(u"color"_s).toString());
            }
        } else if (isNotePurpose(purpose) && !text.trimmed().isEmpty()) {
            notes.append(text);
        }
    }
    candidate.note = notes.join(u"\n\n"_s);
}

} // namespace hashiya
