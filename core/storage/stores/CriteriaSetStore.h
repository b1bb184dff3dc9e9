#pragma once

#include "criteria/CriteriaSet.h"
#include "criteria/ValidationIssue.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace danhgia {

// Criteria sets in the database, one row per (id, version). A published version never changes:
// importing different content under the same id and version is refused.
class CriteriaSetStore
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaSetStore)

public:
    // Validates and stores a criteria set document; returns the row id (the existing one when
    // the same version with the same content is already there). Problems of the document go to
    // `issues`; database problems to `error`.
    static std::optional<qint64> import(QSqlDatabase& db, const QByteArray& json, const QString& actor,
                                        ValidationIssues* issues, QString* error);
    static std::optional<CriteriaSet> load(QSqlDatabase& db, qint64 rowId, QString* error);
    // Row id of the latest version of a set id, 0 when there is none.
    static std::optional<qint64> latest(QSqlDatabase& db, const QString& setId, QString* error);
    // Row id of one version of a set id, 0 when it is not stored.
    static std::optional<qint64> version(QSqlDatabase& db, const QString& setId, int version, QString* error);
};

} // namespace danhgia
