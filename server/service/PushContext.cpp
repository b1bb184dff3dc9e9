#include "PushContext.h"

#include "criteria/CriteriaSetReader.h"

#include <QJsonDocument>

namespace danhgia::server {

namespace {

QString key(const QString& entity, const QString& uuid)
{
    return entity + QLatin1Char('/') + uuid;
}

} // namespace

PushContext::PushContext(RecordRepository& repository, const UserAccount& user, const QString& client)
    : m_repository(repository)
    , m_user(user)
    , m_client(client)
{ }

const UnitDirectory& PushContext::units()
{
    if (m_units) {
        return *m_units;
    }
    QString error;
    const auto stored = m_repository.units(&error);
    if (!stored) {
        m_error = error;
        m_units = UnitDirectory();
        return *m_units;
    }
    // The stored tree with the batch's units as the batch left them.
    QSet<QString> written;
    QList<UnitDirectory::Unit> batch;
    for (const QString& k : std::as_const(m_touched)) {
        const SyncRecord& r = m_records[k];
        if (r.entity != QLatin1String("units")) {
            continue;
        }
        written.insert(r.uuid);
        if (!r.deleted) {
            const auto text
                = [&r](const char* field) { return r.data.value(QLatin1String(field)).toString(); };
            batch.append({r.uuid, text("code"), text("name"), text("kind"), r.parentUuid});
        }
    }
    if (written.isEmpty()) {
        m_units = *stored;
        return *m_units;
    }
    UnitDirectory directory;
    for (const UnitDirectory::Unit& unit : stored->all()) {
        if (!written.contains(unit.uuid)) {
            directory.add(unit);
        }
    }
    for (const UnitDirectory::Unit& unit : std::as_const(batch)) {
        directory.add(unit);
    }
    m_user.visibleUnits = directory.subtree(m_user.unitUuid);
    m_user.provincial = directory.isProvincial(m_user.unitUuid);
    m_units = directory;
    return *m_units;
}

SyncRecord* PushContext::record(const QString& entity, const QString& uuid)
{
    const QString k = key(entity, uuid);
    auto it = m_records.find(k);
    if (it != m_records.end()) {
        return &it.value();
    }
    QString error;
    auto loaded = m_repository.load(entity, uuid, &error);
    if (!loaded) {
        m_error = error;
        return nullptr;
    }
    return &m_records.insert(k, *loaded).value();
}

void PushContext::put(const SyncRecord& record)
{
    const QString k = key(record.entity, record.uuid);
    if (!m_touched.contains(k)) {
        m_touched.append(k);
    }
    m_records.insert(k, record);
    if (record.entity == QLatin1String("units")) {
        m_units.reset();
        units(); // the account's scope now includes the unit
    }
    if (record.entity == QLatin1String("criteria_sets") || record.entity == QLatin1String("campaigns")) {
        m_sets.clear();
    }
}

std::optional<QList<SyncRecord>> PushContext::children(const QString& entity, const QString& parent)
{
    QString error;
    auto stored = m_repository.children(entity, parent, &error);
    if (!stored) {
        m_error = error;
        return std::nullopt;
    }
    // The batch's own changes win over what is stored.
    QList<SyncRecord> list;
    QSet<QString> seen;
    for (const SyncRecord& r : *stored) {
        const SyncRecord* current = record(entity, r.uuid);
        seen.insert(r.uuid);
        if (current && !current->deleted && current->parentUuid == parent) {
            list.append(*current);
        }
    }
    for (const QString& k : m_touched) {
        const SyncRecord& r = m_records[k];
        if (r.entity == entity && r.parentUuid == parent && !r.deleted && !seen.contains(r.uuid)) {
            list.append(r);
        }
    }
    return list;
}

QString PushContext::subjectUnit(const QString& subjectCode)
{
    if (const UnitDirectory::Unit* unit = units().findByCode(subjectCode)) {
        return unit->uuid;
    }
    for (const QString& k : m_touched) {
        const SyncRecord& r = m_records[k];
        if (r.entity == QLatin1String("people") && !r.deleted
            && r.data.value(QStringLiteral("code")).toString() == subjectCode) {
            return r.scopeUnit;
        }
    }
    QString error;
    const auto person = m_repository.byCode(QStringLiteral("people"), subjectCode, &error);
    if (!person) {
        m_error = error;
        return {};
    }
    return person->exists ? person->scopeUnit : QString();
}

std::shared_ptr<const danhgia::CriteriaSet> PushContext::criteriaSet(const QString& campaignUuid)
{
    if (m_sets.contains(campaignUuid)) {
        return m_sets.value(campaignUuid);
    }
    std::shared_ptr<const danhgia::CriteriaSet> result;
    const SyncRecord* campaign = record(QStringLiteral("campaigns"), campaignUuid);
    if (campaign && campaign->exists && !campaign->deleted) {
        const SyncRecord* set = record(QStringLiteral("criteria_sets"),
                                       campaign->data.value(QStringLiteral("criteria_set_uuid")).toString());
        if (set && set->exists && !set->deleted) {
            danhgia::ValidationIssues issues;
            auto read = std::make_shared<danhgia::CriteriaSet>(danhgia::CriteriaSetReader::read(
                set->data.value(QStringLiteral("document")).toString().toUtf8(), &issues));
            if (!danhgia::ValidationIssue::hasErrors(issues)) {
                result = read;
            }
        }
    }
    m_sets.insert(campaignUuid, result);
    return result;
}

std::optional<danhgia::ApprovalPolicy> PushContext::policy(const QString& campaignUuid)
{
    const SyncRecord* campaign = record(QStringLiteral("campaigns"), campaignUuid);
    if (!campaign || !campaign->exists || campaign->deleted) {
        return std::nullopt;
    }
    QString error;
    return danhgia::ApprovalPolicy::fromText(campaign->data.value(QStringLiteral("approvers")).toString(),
                                             campaign->data.value(QStringLiteral("kind")).toString(), &error);
}

QList<SyncRecord> PushContext::touched() const
{
    QList<SyncRecord> list;
    for (const QString& k : m_touched) {
        list.append(m_records.value(k));
    }
    return list;
}

} // namespace danhgia::server
