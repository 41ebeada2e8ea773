#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

class QJsonValue;

namespace hashiya {

/**
 * A JSON value as the W3C importer reads it: the few calls of QJsonValue / QJsonObject / QJsonArray the
 * reader makes (isString, toString, value(key), …), with the same answers, over a plain tree that
 * W3cJsonImporterScanner builds straight from the bytes. QJsonDocument spent a quarter of a 100,000
 * annotation import building its own tree and converting every string on each access.
 */
class W3cJsonImporterValue final
{
public:
    enum class Type { Undefined, Null, Bool, Double, String, Array, Object };

    W3cJsonImporterValue() = default;
    explicit W3cJsonImporterValue(Type type)
        : m_type(type)
    {}

    Type type() const { return m_type; }
    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isDouble() const { return m_type == Type::Double; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    /// The string; a null QString for any other type, as QJsonValue::toString().
    QString toString() const { return m_type == Type::String ? m_string : QString(); }
    double toDouble() const;
    /// As QJsonValue::toInt: the number when it is a whole number that fits in an int, else `fallback`.
    int toInt(int fallback = 0) const;
    /// An object's member; Undefined when there is none or this is not an object.
    const W3cJsonImporterValue &value(QStringView key) const;
    bool contains(QStringView key) const;
    /// An array's elements (an object's member values); empty for any other type.
    const QVector<W3cJsonImporterValue> &elements() const { return m_elements; }
    /// The value as Qt's JSON types, for the rare paths that need Qt's own serialisation.
    QJsonValue toQJsonValue() const;
    /// The tree of a value QJsonDocument parsed: the fallback for inputs the scanner leaves to Qt.
    static W3cJsonImporterValue fromQJsonValue(const QJsonValue &value);

private:
    friend class W3cJsonImporterScanner;

    Type m_type = Type::Undefined;
    bool m_bool = false;
    bool m_isInteger = false; // a whole number written without fraction or exponent, as Qt keeps it
    qint64 m_integer = 0;
    double m_double = 0;
    QString m_string;                         // a string's value
    QVector<QString> m_keys;                  // an object's keys, in the order of m_elements
    QVector<W3cJsonImporterValue> m_elements; // an array's elements, or an object's values
};

} // namespace hashiya
