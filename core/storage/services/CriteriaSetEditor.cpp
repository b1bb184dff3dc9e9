#include "services/CriteriaSetEditor.h"

#include "criteria/CriteriaSetVersions.h"
#include "database/Database.h"
#include "stores/CriteriaSetStore.h"
#include "workflow/RecordPermissions.h"

namespace danhgia {

namespace {

// The checks every write makes: the role, then the set's own problems.
bool draftWriteAllowed(const CriteriaSet& set, Role role, ValidationIssues* issues, QString* error)
{
    const QString refused = RecordPermissions::refusal(RecordKind::CampaignSetup, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return false;
    }
    *issues = CriteriaSetVersions::check(set);
    if (ValidationIssue::hasErrors(*issues)) {
        *error
            = CriteriaSetEditor::tr("The criteria set has errors and was not saved; fix the problems listed");
        return false;
    }
    return true;
}

} // namespace

std::optional<qint64> CriteriaSetEditor::createDraft(Database& db, const CriteriaSet& set, Role role,
                                                     const QString& actor, ValidationIssues* issues,
                                                     QString* error)
{
    if (!draftWriteAllowed(set, role, issues, error)) {
        return std::nullopt;
    }
    qint64 rowId = 0;
    const bool done = db.transaction(
        [&](QString* e) {
            const auto written = CriteriaSetStore::writeDraft(db.connection(), 0, set, actor, e);
            rowId = written.value_or(0);
            return written.has_value();
        },
        error);
    return done ? std::optional<qint64>(rowId) : std::nullopt;
}

bool CriteriaSetEditor::saveDraft(Database& db, qint64 rowId, const CriteriaSet& set, Role role,
                                  const QString& actor, ValidationIssues* issues, QString* error)
{
    const QString forbidden = RecordPermissions::refusal(RecordKind::CampaignSetup, role);
    if (!forbidden.isEmpty()) {
        *error = forbidden;
        return false;
    }
    *issues = CriteriaSetVersions::check(set);
    return db.transaction(
        [&](QString* e) {
            QSqlDatabase& connection = db.connection();
            const auto loaded = CriteriaSetStore::loadWithIssues(connection, rowId, e);
            const auto status = loaded ? CriteriaSetStore::status(connection, rowId, e) : std::nullopt;
            if (!status) {
                return false;
            }
            const CriteriaSet* stored = &loaded->set;
            const QString refused = CriteriaSetVersions::changeRefusal(*status, stored->id, stored->version);
            if (!refused.isEmpty()) {
                *e = refused;
                return false;
            }
            if (stored->id != set.id || stored->version != set.version) {
                *e = tr("A draft keeps its id and version (%1, version %2)")
                         .arg(stored->id)
                         .arg(stored->version);
                return false;
            }
            return CriteriaSetStore::writeDraft(connection, rowId, set, actor, e).has_value();
        },
        error);
}

std::optional<qint64> CriteriaSetEditor::copyToNewVersion(Database& db, qint64 rowId, const QString& title,
                                                          Role role, const QString& actor, QString* error)
{
    const QString refused = RecordPermissions::refusal(RecordKind::CampaignSetup, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return std::nullopt;
    }
    if (title.trimmed().isEmpty()) {
        *error = tr("Title: the new version needs a title");
        return std::nullopt;
    }
    qint64 copied = 0;
    const bool done = db.transaction(
        [&](QString* e) {
            QSqlDatabase& connection = db.connection();
            auto loaded = CriteriaSetStore::loadWithIssues(connection, rowId, e);
            CriteriaSet* set = loaded ? &loaded->set : nullptr;
            const auto stored = set ? CriteriaSetStore::versions(connection, set->id, e) : std::nullopt;
            if (!stored) {
                return false;
            }
            set->version = CriteriaSetVersions::nextVersion(*stored);
            set->title = title.trimmed();
            const auto written = CriteriaSetStore::writeDraft(connection, 0, *set, actor, e);
            copied = written.value_or(0);
            return written.has_value();
        },
        error);
    return done ? std::optional<qint64>(copied) : std::nullopt;
}

bool CriteriaSetEditor::publish(Database& db, qint64 rowId, Role role, const QString& actor, QString* error)
{
    const QString refused = RecordPermissions::refusal(RecordKind::CampaignSetup, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return false;
    }
    return db.transaction(
        [&](QString* e) {
            QSqlDatabase& connection = db.connection();
            const auto loaded = CriteriaSetStore::loadWithIssues(connection, rowId, e);
            const auto status = loaded ? CriteriaSetStore::status(connection, rowId, e) : std::nullopt;
            if (!status) {
                return false;
            }
            QString why = CriteriaSetVersions::changeRefusal(*status, loaded->set.id, loaded->set.version);
            if (why.isEmpty()) {
                why = CriteriaSetVersions::publishRefusal(CriteriaSetVersions::check(loaded->set));
            }
            if (!why.isEmpty()) {
                *e = why;
                return false;
            }
            return CriteriaSetStore::markPublished(connection, rowId, actor, e);
        },
        error);
}

} // namespace danhgia
