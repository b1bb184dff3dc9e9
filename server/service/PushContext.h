#pragma once

#include "RecordRepository.h"
#include "SyncRecord.h"
#include "UnitDirectory.h"
#include "UserAccount.h"

#include "criteria/CriteriaSet.h"
#include "workflow/ApprovalPolicy.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace danhgia::server {

// What one push reads, cached for the batch so that a later operation sees what an earlier one
// changed: the rows as the batch left them, the units, the campaigns' criteria sets and policies.
// A unit the batch creates or moves is part of the tree, and of the account's scope, for the
// operations after it (a new office and its people in one push). A database failure sets
// failed(); the push is then rolled back whole.
class PushContext
{
public:
    PushContext(RecordRepository& repository, const UserAccount& user, const QString& client);

    const UserAccount& user() const { return m_user; }
    const QString& client() const { return m_client; }
    const UnitDirectory& units();

    // The row as the batch has it (`exists` false when there is none); null after a failure.
    SyncRecord* record(const QString& entity, const QString& uuid);
    void put(const SyncRecord& record);
    std::optional<QList<SyncRecord>> children(const QString& entity, const QString& parent);
    // The unit a sheet's subject belongs to: the unit with that code, or the unit of the person.
    QString subjectUnit(const QString& subjectCode);

    // The campaign's criteria set, read and checked by the core (null when it cannot be read).
    std::shared_ptr<const danhgia::CriteriaSet> criteriaSet(const QString& campaignUuid);
    std::optional<danhgia::ApprovalPolicy> policy(const QString& campaignUuid);

    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    QList<SyncRecord> touched() const;

private:
    RecordRepository& m_repository;
    UserAccount m_user; // its scope follows the units the batch writes
    QString m_client;
    std::optional<UnitDirectory> m_units;
    QHash<QString, SyncRecord> m_records; // by entity + "/" + uuid
    QStringList m_touched;
    QHash<QString, std::shared_ptr<const danhgia::CriteriaSet>> m_sets;
    QString m_error;
};

} // namespace danhgia::server
