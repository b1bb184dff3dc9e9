#pragma once

#include "criteria/CriteriaSet.h"
#include "criteria/JsonFieldReader.h"
#include "criteria/ValidationIssue.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace danhgia {

// Reads a "danhgia.criteria/1" document into a CriteriaSet. Reading goes on past problems so
// that every one of them is reported; the set is usable only when no issue is an error.
// read() also runs CriteriaSetValidator, so callers get structural and semantic problems at once.
class CriteriaSetReader
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaSetReader)

public:
    static CriteriaSet read(const QByteArray& json, ValidationIssues* issues);
    static CriteriaSet fromObject(const QJsonObject& object, ValidationIssues* issues);

private:
    explicit CriteriaSetReader(ValidationIssues* issues)
        : m_fields(issues)
    { }

    void readHeader(const QJsonObject& object);
    void readNodes(const QJsonArray& nodes, const QString& path, int parent);
    void readMethod(const QJsonObject& object, const QString& path, Criterion* node);
    void readGrades(const QJsonObject& object);
    void readFlags(const QJsonObject& object);
    // The codes a flag waives (its "waives" array), or nothing when it has none.
    std::optional<QStringList> readWaivedCodes(const QJsonObject& flag, const QString& path);
    void readQuota(const QJsonObject& object);
    void readQuotaScopes(const QJsonObject& quota, const QString& path, QuotaRule* rule);

    JsonFieldReader m_fields;
    CriteriaSet m_set;
};

} // namespace danhgia
