#include "interop/w3cjsonimporterparser.h"

#include "interop/w3cjsonimporterscanner.h"
#include "library/sqlvalues.h"

#include <QCoreApplication>
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

using Value = W3cJsonImporterValue;

/// Whether a "type" value is `type` or a list that holds it.
bool isType(const Value &value, QLatin1StringView type)
{
    if (value.isString())
        return value.toString() == type;
    for (const Value &entry : value.elements()) {
        if (entry.toString() == type)
            return true;
    }
    return false;
}

bool hasType(const Value &object, QLatin1StringView type)
{
    return isType(object.value(u"type"), type);
}

/**
 * Where the annotations of a file are, as readTop() will look for them, judged before the scan from the first
 * byte and the top object's type: the path of keys to stream (empty for a top array), or false when the file
 * is one annotation or a form whose annotations are found only after the scan.
 */
bool findStreamPath(const QByteArray &json, QStringList *path)
{
    for (const char c : json) {
        if (c == '[') {
            *path = {};
            return true;
        }
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            break;
    }
    Value type;
    if (!W3cJsonImporterScanner::peekTopType(json, &type))
        return false;
    if (isType(type, "AnnotationCollection"_L1))
        *path = {u"first"_s, u"items"_s};
    else if (isType(type, "AnnotationPage"_L1))
        *path = {u"items"_s};
    else
        return false;
    return true;
}

QString typeName(const Value &value)
{
    switch (value.type()) {
    case Value::Type::Null:
        return u"null"_s;
    case Value::Type::Bool:
        return QCoreApplication::translate("hashiya::W3cJsonImporter", "a true/false value");
    case Value::Type::Double:
        return QCoreApplication::translate("hashiya::W3cJsonImporter", "a number");
    case Value::Type::String:
        return QCoreApplication::translate("hashiya::W3cJsonImporter", "a string");
    case Value::Type::Array:
        return QCoreApplication::translate("hashiya::W3cJsonImporter", "an array");
    case Value::Type::Object:
        return QCoreApplication::translate("hashiya::W3cJsonImporter", "an object");
    case Value::Type::Undefined:
        break;
    }
    return u"missing"_s;
}

// The W3C form (Qt::ISODate, as the exporter writes) turned straight into the library's form: parsing and
// printing 200,000 dates through QDateTime would be a tenth of the import's time.
QString storedTimestamp(const Value &value)
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
bool readPosition(const Value &value, const char *name, int *position, QString *error)
{
    if (!value.isDouble()) {
        *error = QCoreApplication::translate("hashiya::W3cJsonImporter", "position %1 is %2, not a number")
                     .arg(QLatin1StringView(name), typeName(value));
        return false;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number) {
        *error =
            QCoreApplication::translate("hashiya::W3cJsonImporter", "position %1 (%2) is not a whole number")
                .arg(QLatin1StringView(name))
                .arg(number);
        return false;
    }
    if (number < 0) {
        *error = QCoreApplication::translate("hashiya::W3cJsonImporter", "position %1 (%2) is negative")
                     .arg(QLatin1StringView(name))
                     .arg(number, 0, 'f', 0);
        return false;
    }
    if (number > std::numeric_limits<int>::max()) {
        *error = QCoreApplication::translate("hashiya::W3cJsonImporter", "position %1 (%2) is too large")
                     .arg(QLatin1StringView(name))
                     .arg(number, 0, 'g', 6);
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
    Value top;
    // The scanner reads what is certainly JSON; anything it leaves (invalid, or valid in a form it does not
    // judge) goes to QJsonDocument, which decides and words the error.
    if (!W3cJsonImporterScanner::parse(json, &top)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            // The offset in bytes lets the user find the spot in an editor.
            result.error =
                u"The file is not valid JSON: %1 at byte %2."_s.arg(error.errorString()).arg(error.offset);
            return result;
        }
        top = Value::fromQJsonValue(document.isArray() ? QJsonValue(document.array())
                                                       : QJsonValue(document.object()));
    }
    W3cJsonImporterParser parser(result);
    parser.readTop(top);
    return result;
}

W3cJsonImporterParser::Result W3cJsonImporterParser::parse(const QByteArray &json, const Receiver &receive)
{
    QStringList path;
    if (!findStreamPath(json, &path)) {
        Result whole = parse(json);
        for (W3cJsonImporterCandidate &candidate : whole.candidates) {
            if (!receive(std::move(candidate))) {
                whole.stopped = true;
                break;
            }
        }
        whole.candidates.clear();
        return whole;
    }
    Result result;
    W3cJsonImporterParser parser(result);
    parser.m_receive = &receive;
    const bool topArray = path.isEmpty();
    Value top;
    const bool scanned = W3cJsonImporterScanner::parse(json, &top, path, [&parser, topArray](Value &&item) {
        if (topArray)
            parser.readTopElement(item);
        else
            parser.readItem(item);
        return !parser.m_stopped;
    });
    if (!scanned) {
        result = {};
        result.stopped = parser.m_stopped;
        result.streamAbandoned = !parser.m_stopped;
        return result;
    }
    parser.readTop(top); // what did not stream: later pages, and the errors readTop finds in the shape
    result.stopped = parser.m_stopped;
    return result;
}

void W3cJsonImporterParser::deliver(W3cJsonImporterCandidate &&candidate)
{
    if (!m_receive)
        m_result.candidates.append(std::move(candidate));
    else if (!m_stopped && !(*m_receive)(std::move(candidate)))
        m_stopped = true;
}

void W3cJsonImporterParser::readTop(const Value &value)
{
    if (value.isArray()) {
        const QVector<Value> &items = value.elements();
        if (!m_receive)
            m_result.candidates.reserve(items.size());
        for (const Value &item : items)
            readTopElement(item);
        return;
    }
    const Value &object = value;
    if (hasType(object, "AnnotationCollection"_L1)) {
        const Value &first = object.value(u"first");
        if (first.isObject()) {
            readPage(first, 0);
        } else if (first.isString()) {
            m_result.error =
                QCoreApplication::translate("hashiya::W3cJsonImporter",
                                            "The collection refers to its pages by address (%1); "
                                            "only collections with their pages embedded can be "
                                            "imported.")
                    .arg(first.toString());
        } else if (object.value(u"items").isArray()) {
            readPage(object, 0);
        } else if (object.value(u"total").toInt(-1) != 0) {
            m_result.error = QCoreApplication::translate(
                "hashiya::W3cJsonImporter", "The collection has no embedded first page of annotations.");
        }
        return;
    }
    if (hasType(object, "AnnotationPage"_L1)) {
        readPage(object, 0);
        return;
    }
    readItem(object);
}

void W3cJsonImporterParser::readTopElement(const Value &item)
{
    if (item.isObject() && hasType(item, "AnnotationPage"_L1))
        readPage(item, 0);
    else
        readItem(item);
}

void W3cJsonImporterParser::readPage(const Value &page, int depth)
{
    const Value &items = page.value(u"items");
    if (!items.isArray()) {
        m_result.error = QCoreApplication::translate("hashiya::W3cJsonImporter",
                                                     "An annotation page has no list of items.");
        return;
    }
    const QVector<Value> &list = items.elements();
    if (!m_receive)
        m_result.candidates.reserve(m_result.candidates.size() + list.size());
    for (const Value &item : list)
        readItem(item);
    const Value &next = page.value(u"next");
    if (next.isObject() && depth < maximumPageDepth)
        readPage(next, depth + 1);
    else if (next.isString())
        m_result.error = QCoreApplication::translate("hashiya::W3cJsonImporter",
                                                     "The annotations continue on a page given by address "
                                                     "(%1); only embedded pages can be imported.")
                             .arg(next.toString());
}

void W3cJsonImporterParser::readItem(const Value &value)
{
    if (m_stopped)
        return;
    ++m_index;
    const QString fallbackLabel = u"#%1"_s.arg(m_index);
    if (!value.isObject()) {
        m_result.problems.append(w3cJsonImporterProblem(
            fallbackLabel,
            QCoreApplication::translate("hashiya::W3cJsonImporter", "item %1 is %2, not an annotation object")
                .arg(m_index)
                .arg(typeName(value))));
        return;
    }
    const Value &object = value;
    W3cJsonImporterCandidate candidate;
    candidate.label = fallbackLabel;
    const QString reason = readAnnotation(object, candidate);
    if (!reason.isEmpty()) {
        m_result.problems.append(w3cJsonImporterProblem(candidate.label, reason, candidate.quote.exact));
        return;
    }
    deliver(std::move(candidate));
}

QString W3cJsonImporterParser::readAnnotation(const Value &object, W3cJsonImporterCandidate &candidate)
{
    const Value &id = object.value(u"id");
    if (id.isString() && !id.toString().isEmpty()) {
        const QString text = id.toString();
        candidate.label = text;
        if (text.startsWith(u"urn:uuid:"_s, Qt::CaseInsensitive))
            candidate.id = QUuid::fromString(QStringView(text).mid(9));
        if (candidate.id.isNull())
            candidate.id = QUuid::createUuidV5(foreignIdNamespace, text);
    } else if (!id.isUndefined()) {
        return QCoreApplication::translate("hashiya::W3cJsonImporter", "its id is %1, not a string")
            .arg(typeName(id));
    } else {
        // No id: one derived from the whole annotation, so a second import still recognises it.
        candidate.id = QUuid::createUuidV5(
            foreignIdNamespace,
            QJsonDocument(object.toQJsonValue().toObject()).toJson(QJsonDocument::Compact));
    }

    const Value &target = object.value(u"target");
    QString reason;
    if (target.isUndefined() || target.isNull()) {
        reason = QCoreApplication::translate("hashiya::W3cJsonImporter", "it has no target");
    } else if (target.isString()) {
        reason = QCoreApplication::translate("hashiya::W3cJsonImporter",
                                             "its target is a whole resource (%1), not a passage")
                     .arg(target.toString());
    } else if (target.isObject()) {
        reason = readTarget(target, candidate);
    } else if (target.isArray()) {
        // Several targets: the first that names a passage; Hashiya annotations mark one passage each.
        reason =
            QCoreApplication::translate("hashiya::W3cJsonImporter", "none of its targets names a passage");
        for (const Value &entry : target.elements()) {
            if (entry.isObject() && entry.contains(u"selector")) {
                reason = readTarget(entry, candidate);
                break;
            }
        }
    } else {
        reason =
            QCoreApplication::translate("hashiya::W3cJsonImporter", "its target is %1").arg(typeName(target));
    }
    if (!reason.isEmpty())
        return reason;

    readBodies(object, candidate);
    candidate.created = storedTimestamp(object.value(u"created"));
    candidate.modified = storedTimestamp(object.value(u"modified"));
    const QString state = object.value(u"hashiya:anchorState").toString();
    if (state == u"orphaned")
        candidate.state = AnchorState::Orphaned;
    else if (state == u"relocated")
        candidate.state = AnchorState::Relocated;
    return {};
}

QString W3cJsonImporterParser::readTarget(const Value &target, W3cJsonImporterCandidate &candidate)
{
    const Value &source = target.value(u"source");
    candidate.source = source.isObject() ? source.value(u"id").toString() : source.toString();
    candidate.sourcePath = target.value(u"hashiya:sourcePath").toString();

    const Value &selector = target.value(u"selector");
    QStringList unknown;
    QString reason;
    if (selector.isObject()) {
        reason = readSelector(selector, candidate, unknown, false);
    } else if (selector.isArray()) {
        for (const Value &entry : selector.elements()) {
            if (!entry.isObject()) {
                unknown.append(typeName(entry));
                continue;
            }
            reason = readSelector(entry, candidate, unknown, false);
            if (!reason.isEmpty())
                break;
        }
    } else if (selector.isUndefined()) {
        return QCoreApplication::translate("hashiya::W3cJsonImporter",
                                           "its target is a whole resource (%1), not a passage")
            .arg(candidate.source);
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

QString W3cJsonImporterParser::readSelector(const Value &selector, W3cJsonImporterCandidate &candidate,
                                            QStringList &unknown, bool refinement)
{
    if (hasType(selector, "TextQuoteSelector"_L1)) {
        if (candidate.hasQuote)
            return {};
        const Value &exact = selector.value(u"exact");
        if (!exact.isString())
            return u"its TextQuoteSelector's exact is %1, not a string"_s.arg(typeName(exact));
        if (exact.toString().isEmpty())
            return u"its TextQuoteSelector quotes nothing"_s;
        candidate.hasQuote = true;
        candidate.quote = {exact.toString(), selector.value(u"prefix").toString(),
                           selector.value(u"suffix").toString()};
        return {};
    }
    if (hasType(selector, "TextPositionSelector"_L1) && !refinement) {
        if (candidate.hasPosition)
            return {};
        QString error;
        if (!readPosition(selector.value(u"start"), "start", &candidate.start, &error)
            || !readPosition(selector.value(u"end"), "end", &candidate.end, &error))
            return error;
        if (candidate.end < candidate.start)
            return QCoreApplication::translate("hashiya::W3cJsonImporter",
                                               "its position range is reversed (start %1 > end %2)")
                .arg(candidate.start)
                .arg(candidate.end);
        candidate.hasPosition = true;
        return {};
    }
    // A selector we cannot resolve (a fragment, an XPath range): a quote refining it is still a quote of
    // the text, but a position refining it counts from a place we do not know.
    const QString type = selector.value(u"type").toString();
    unknown.append(type.isEmpty() ? u"a selector without type"_s : type);
    const Value &refinedBy = selector.value(u"refinedBy");
    // One refinement or a list of them.
    const QVector<Value> &refinements =
        refinedBy.isArray() ? refinedBy.elements() : QVector<Value>{refinedBy};
    for (const Value &entry : refinements) {
        if (!entry.isObject())
            continue;
        const QString reason = readSelector(entry, candidate, unknown, true);
        if (!reason.isEmpty())
            return reason;
    }
    return {};
}

void W3cJsonImporterParser::readBodies(const Value &object, W3cJsonImporterCandidate &candidate)
{
    QStringList notes;
    const Value &bodyValue = object.value(u"bodyValue");
    if (bodyValue.isString() && !bodyValue.toString().trimmed().isEmpty())
        notes.append(bodyValue.toString());
    const QString motivation = object.value(u"motivation").toString();

    const Value &body = object.value(u"body");
    // One body or a list; a single one is looked at in place, not copied into a list.
    const Value *const bodies = body.isArray() ? body.elements().constData() : &body;
    const qsizetype bodyCount = body.isArray() ? body.elements().size() : 1;
    for (qsizetype i = 0; i < bodyCount; ++i) {
        const Value &bodyObject = bodies[i];
        if (!bodyObject.isObject())
            continue; // a body given by address: nothing to keep
        const Value &value = bodyObject.value(u"value");
        if (!value.isString())
            continue;
        const QString text = value.toString();
        QString purpose = bodyObject.value(u"purpose").toString();
        if (purpose.isEmpty() && (motivation == u"tagging" || motivation == u"classifying"))
            purpose = motivation;
        if (purpose == u"tagging") {
            if (!text.trimmed().isEmpty())
                candidate.tags.append(text);
        } else if (purpose == u"classifying") {
            if (candidate.styleName.isEmpty() && !text.trimmed().isEmpty()) {
                candidate.styleName = text.trimmed();
                candidate.styleColor =
                    QColor::fromString(bodyObject.value(u"hashiya:style").value(u"color").toString());
            }
        } else if (isNotePurpose(purpose) && !text.trimmed().isEmpty()) {
            notes.append(text);
        }
    }
    candidate.note = notes.join(u"\n\n"_s);
}

} // namespace hashiya
