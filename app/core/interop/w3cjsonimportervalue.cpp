#include "interop/w3cjsonimportervalue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace hashiya {

namespace {

const W3cJsonImporterValue &undefinedValue()
{
    static const W3cJsonImporterValue undefined;
    return undefined;
}

} // namespace

double W3cJsonImporterValue::toDouble() const
{
    if (m_type != Type::Double)
        return 0;
    return m_isInteger ? double(m_integer) : m_double;
}

int W3cJsonImporterValue::toInt(int fallback) const
{
    if (m_type != Type::Double)
        return fallback;
    if (m_isInteger)
        return qint64(int(m_integer)) == m_integer ? int(m_integer) : fallback;
    // QJsonValue::toInt: a double that is exactly an int.
    const double d = m_double;
    if (std::isfinite(d) && d >= std::numeric_limits<int>::min() && d <= std::numeric_limits<int>::max()
        && double(int(d)) == d)
        return int(d);
    return fallback;
}

const W3cJsonImporterValue &W3cJsonImporterValue::value(QStringView key) const
{
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i) == key)
            return m_elements.at(i);
    }
    return undefinedValue();
}

bool W3cJsonImporterValue::contains(QStringView key) const
{
    for (const QString &name : m_keys) {
        if (name == key)
            return true;
    }
    return false;
}

QJsonValue W3cJsonImporterValue::toQJsonValue() const
{
    switch (m_type) {
    case Type::Undefined:
        return QJsonValue(QJsonValue::Undefined);
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return QJsonValue(m_bool);
    case Type::Double:
        return m_isInteger ? QJsonValue(m_integer) : QJsonValue(m_double);
    case Type::String:
        return QJsonValue(m_string);
    case Type::Array: {
        QJsonArray array;
        for (const W3cJsonImporterValue &element : m_elements)
            array.append(element.toQJsonValue());
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (qsizetype i = 0; i < m_keys.size(); ++i)
            object.insert(m_keys.at(i), m_elements.at(i).toQJsonValue());
        return object;
    }
    }
    return QJsonValue(QJsonValue::Undefined);
}

W3cJsonImporterValue W3cJsonImporterValue::fromQJsonValue(const QJsonValue &value)
{
    W3cJsonImporterValue result;
    switch (value.type()) {
    case QJsonValue::Undefined:
        break;
    case QJsonValue::Null:
        result.m_type = Type::Null;
        break;
    case QJsonValue::Bool:
        result.m_type = Type::Bool;
        result.m_bool = value.toBool();
        break;
    case QJsonValue::Double: {
        result.m_type = Type::Double;
        // Qt keeps whole numbers as integers; toInteger() tells them apart without losing digits.
        const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
        if (integer != std::numeric_limits<qint64>::min() || value.toDouble() == double(integer)) {
            result.m_isInteger = true;
            result.m_integer = integer;
        } else {
            result.m_double = value.toDouble();
        }
        break;
    }
    case QJsonValue::String:
        result.m_type = Type::String;
        result.m_string = value.toString();
        break;
    case QJsonValue::Array: {
        result.m_type = Type::Array;
        const QJsonArray array = value.toArray();
        result.m_elements.reserve(array.size());
        for (const QJsonValue element : array)
            result.m_elements.append(fromQJsonValue(element));
        break;
    }
    case QJsonValue::Object: {
        result.m_type = Type::Object;
        const QJsonObject object = value.toObject();
        result.m_keys.reserve(object.size());
        result.m_elements.reserve(object.size());
        for (auto it = object.begin(); it != object.end(); ++it) {
            result.m_keys.append(it.key());
            result.m_elements.append(fromQJsonValue(it.value()));
        }
        break;
    }
    }
    return result;
}

} // namespace hashiya
