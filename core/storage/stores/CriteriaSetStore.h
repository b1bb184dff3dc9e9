#pragma once

#include "criteria/CriteriaSet.h"
#include "criteria/CriteriaTemplates.h"
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
    // The set stored at `rowId` with its problems, errors included (a draft may be saved with
    // errors, which then stop its publication); nothing when the row is not there.
    static std::optional<CriteriaTemplates::Loaded> loadWithIssues(QSqlDatabase& db, qint64 rowId,
                                                                   QString* error);
    // Row id of the latest version of a set id, 0 when there is none.
    static std::optional<qint64> latest(QSqlDatabase& db, const QString& setId, QString* error);
    // Row id of one version of a set id, 0 when it is not stored.
    static std::optional<qint64> version(QSqlDatabase& db, const QString& setId, int version, QString* error);
    // "draft" or "published" (CriteriaSetVersions), nothing when the row is not there.
    static std::optional<QString> status(QSqlDatabase& db, qint64 rowId, QString* error);
    // The version numbers stored for a set id.
    static std::optional<QList<int>> versions(QSqlDatabase& db, const QString& setId, QString* error);
    // Writes a draft version (a new row for rowId 0, else that row's content); the caller checks
    // the set and its status first (services/CriteriaSetEditor). A published row is refused by
    // the database itself.
    static std::optional<qint64> writeDraft(QSqlDatabase& db, qint64 rowId, const CriteriaSet& set,
                                            const QString& actor, QString* error);
    // Marks a draft version published; from then on the database refuses any change to it.
    static bool markPublished(QSqlDatabase& db, qint64 rowId, const QString& actor, QString* error);
};

} // namespace danhgia
