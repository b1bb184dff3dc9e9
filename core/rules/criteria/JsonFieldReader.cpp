#include "criteria/JsonFieldReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace danhgia {

namespace {

// Integers in JSON files (counts, levels) must be exact in a double.
constexpr double MaxExactInteger = 9007199254740992.0; // 2^53

} // namespace

std::optional<QJsonObject> JsonFieldReader::parseObject(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < parseError.offset && i < bytes.size(); ++i) {
            if (bytes[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(bytes[i]) & 0xc0) != 0x80) {
                ++column;
            }
        }
        error(QString(),
              tr("not valid JSON at line %1, column %2: %3")
                  .arg(line)
                  .arg(column)
                  .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        error(QString(), tr("the file must hold one JSON object { ... }"));
        return std::nullopt;
    }
    return document.object();
}

QString JsonFieldReader::member(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonFieldReader::element(const QString& path, int index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString JsonFieldReader::keyed(const QString& path, const QString& key)
{
    return path + QLatin1String("[\"") + key + QLatin1String("\"]");
}

void JsonFieldReader::error(const QString& path, const QString& message)
{
    m_issues->append({ValidationIssue::Severity::Error, path, m_code, message});
}

void JsonFieldReader::warning(const QString& path, const QString& message)
{
    m_issues->append({ValidationIssue::Severity::Warning, path, m_code, message});
}

void JsonFieldReader::wrongType(const QString& path, const QString& expected)
{
    error(path, tr("must be %1").arg(expected));
}

bool JsonFieldReader::present(const QJsonObject& object, const QString& key, const QString& path,
                              bool required)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd() || it->isNull()) {
        if (required) {
            error(member(path, key), tr("is missing"));
        }
        return false;
    }
    return true;
}

std::optional<Decimal> JsonFieldReader::toDecimal(const QJsonValue& value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    return Decimal::fromDouble(value.toDouble());
}

std::optional<qint64> JsonFieldReader::toInteger(const QJsonValue& value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > MaxExactInteger) {
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

std::optional<QString> JsonFieldReader::string(const QJsonObject& object, const QString& key,
                                               const QString& path, bool required)
{
    if (!present(object, key, path, required)) {
        return std::nullopt;
    }
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        wrongType(member(path, key), tr("a text string"));
        return std::nullopt;
    }
    return value.toString().normalized(QString::NormalizationForm_C);
}

std::optional<Decimal> JsonFieldReader::decimal(const QJsonObject& object, const QString& key,
                                                const QString& path, bool required)
{
    if (!present(object, key, path, required)) {
        return std::nullopt;
    }
    const QJsonValue value = object.value(key);
    const auto result = toDecimal(value);
    if (!result) {
        wrongType(member(path, key), value.isDouble() ? tr("a number of reasonable size") : tr("a number"));
    }
    return result;
}

std::optional<qint64> JsonFieldReader::integer(const QJsonObject& object, const QString& key,
                                               const QString& path, bool required)
{
    if (!present(object, key, path, required)) {
        return std::nullopt;
    }
    const auto result = toInteger(object.value(key));
    if (!result) {
        wrongType(member(path, key), tr("a whole number"));
    }
    return result;
}

std::optional<bool> JsonFieldReader::boolean(const QJsonObject& object, const QString& key,
                                             const QString& path, bool required)
{
    if (!present(object, key, path, required)) {
        return std::nullopt;
    }
    const QJsonValue value = object.value(key);
    if (!value.isBool()) {
        wrongType(member(path, key), tr("true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QJsonArray> JsonFieldReader::array(const QJsonObject& object, const QString& key,
                                                 const QString& path, bool required)
{
    if (!present(object, key, path, required)) {
        return std::nullopt;
    }
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        wrongType(member(path, key), tr("a list [ ... ]"));
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QJsonObject> JsonFieldReader::object(const QJsonObject& object, const QString& key,
                                                   const QString& path, bool required)
{
    if (!present(object, key, path, required)) {
        return std::nullopt;
    }
    return asObject(object.value(key), member(path, key));
}

std::optional<QJsonObject> JsonFieldReader::asObject(const QJsonValue& value, const QString& path)
{
    if (!value.isObject()) {
        wrongType(path, tr("an object { ... }"));
        return std::nullopt;
    }
    return value.toObject();
}

} // namespace danhgia
