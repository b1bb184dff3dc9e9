#pragma once

#include "criteria/ValidationIssue.h"
#include "numbers/Decimal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace danhgia {

// Reads typed fields out of JSON objects for the file readers of the core and records every
// problem, with its JSON path, in one list of issues instead of stopping at the first.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    explicit JsonFieldReader(ValidationIssues* issues)
        : m_issues(issues)
    { }

    // Parses a whole document that must be a JSON object; reports the line and column of a
    // syntax error.
    std::optional<QJsonObject> parseObject(const QByteArray& bytes);

    // The criterion code attached to issues recorded from now on (empty: none).
    void setCode(const QString& code) { m_code = code; }

    static QString member(const QString& path, const QString& key);
    static QString element(const QString& path, int index);
    static QString keyed(const QString& path, const QString& key);

    std::optional<QString> string(const QJsonObject& object, const QString& key, const QString& path,
                                  bool required);
    std::optional<Decimal> decimal(const QJsonObject& object, const QString& key, const QString& path,
                                   bool required);
    std::optional<qint64> integer(const QJsonObject& object, const QString& key, const QString& path,
                                  bool required);
    std::optional<bool> boolean(const QJsonObject& object, const QString& key, const QString& path,
                                bool required);
    std::optional<QJsonArray> array(const QJsonObject& object, const QString& key, const QString& path,
                                    bool required);
    std::optional<QJsonObject> object(const QJsonObject& object, const QString& key, const QString& path,
                                      bool required);
    // A JSON value that must be an object (an element of an array, say).
    std::optional<QJsonObject> asObject(const QJsonValue& value, const QString& path);

    void error(const QString& path, const QString& message);
    void warning(const QString& path, const QString& message);

    static std::optional<Decimal> toDecimal(const QJsonValue& value);
    static std::optional<qint64> toInteger(const QJsonValue& value);

private:
    bool present(const QJsonObject& object, const QString& key, const QString& path, bool required);
    void wrongType(const QString& path, const QString& expected);

    ValidationIssues* m_issues;
    QString m_code;
};

} // namespace danhgia
