// The quota counted per agency in the app's classification (the subjects' unit filled from the
// catalogue, the shipped civil-servant template counting per unit and group), and a unit's raised
// ceiling recorded by the administrator (stores/QuotaCeilingStore): refused with every problem
// named, used by the classification, withdrawn, written to the audit trail; schema 3 upgraded.

#include "QuotaFixture.h"
#include "RowCount.h"
#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/SchemaMigrations.h"
#include "queries/CampaignResults.h"
#include "queries/UnitClassification.h"
#include "stores/ClassificationStore.h"
#include "stores/QuotaCeilingStore.h"
#include "stores/SheetContextStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

QuotaCeiling xclAt(const char* percent)
{
    return {QStringLiteral("XCL"),
            *Decimal::fromString(QString::fromLatin1(percent)),
            QStringLiteral("125/QĐ-UBND"),
            QDate(2026, 1, 20),
            QStringLiteral("Xã dẫn đầu phong trào thi đua năm 2025"),
            QString()};
}

const SubjectResult* find(const ClassificationStore::Classification& c, const QString& subject)
{
    for (const auto& r : c.result.results) {
        if (r.subjectId == subject) {
            return &r;
        }
    }
    return nullptr;
}

const QuotaRule::Scope* scopeOf(const ClassificationStore::Classification& c, const QString& unit)
{
    for (const auto& scope : c.result.quotaScopes) {
        if (scope.values.value(0) == unit) {
            return &scope;
        }
    }
    return nullptr;
}

} // namespace

class TestQuotaCeilingStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    QString m_path;
    Database m_db;

private Q_SLOTS:
    void init()
    {
        QString error;
        m_path = m_dir.filePath(QStringLiteral("q-%1.sqlite").arg(++m_databases));
        QVERIFY(m_db.open(m_path, &error));
        QVERIFY2(QuotaFixture::build(m_db, &error), qPrintable(error));
    }

    void cleanup() { m_db.close(); }

    void eachAgencyCountsItsOwnQuota()
    {
        QString error;
        const auto c = ClassificationStore::classify(m_db.connection(), QuotaFixture::campaign(), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->set.quota->per, QStringList({QStringLiteral("unit"), QStringLiteral("group")}));
        QCOMPARE(find(*c, QStringLiteral("CC01"))->unit, QStringLiteral("XCL"));
        QCOMPARE(find(*c, QStringLiteral("CC10"))->unit, QStringLiteral("XHL"));
        QCOMPARE(c->result.quotaScopes.size(), 2);
        const QuotaRule::Scope* xcl = scopeOf(*c, QStringLiteral("XCL"));
        QVERIFY(xcl);
        QCOMPARE(xcl->proposed, 4);
        QCOMPARE(xcl->allowed, 0);
        QCOMPARE(xcl->counted, 5);
        QCOMPARE(xcl->demoted, 4);
        // Pooled over both communes CC10 would keep the grade; within XHL nobody may.
        QCOMPARE(scopeOf(*c, QStringLiteral("XHL"))->allowed, 0);
        QCOMPARE(find(*c, QStringLiteral("CC10"))->quota, QuotaStatus::Demoted);
        QCOMPARE(find(*c, QStringLiteral("CC10"))->grade, QStringLiteral("HTTNV"));
        // Ranks are counted over the whole campaign, as the CLI does.
        QCOMPARE(find(*c, QStringLiteral("CC10"))->rank, 1);
        QCOMPARE(find(*c, QStringLiteral("CC03"))->rank, 2);

        // The sheet's context (editor, workflow, printout) knows the agency too.
        QSqlQuery query(m_db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM score_sheets WHERE subject_code = 'CC07'"))
                && query.next());
        const auto context = SheetContextStore::load(m_db.connection(), query.value(0).toLongLong(), &error);
        QVERIFY2(context, qPrintable(error));
        QCOMPARE(context->subject.unit, QStringLiteral("XHL"));

        const auto seen = UnitClassification::load(m_db.connection(), QuotaFixture::campaign(),
                                                   QStringLiteral("XHL"), &error);
        QVERIFY2(seen, qPrintable(error));
        QCOMPARE(seen->scopes.size(), 1);
        QCOMPARE(seen->scopes.first().unitCode, QStringLiteral("XHL"));
        QCOMPARE(seen->scopes.first().unitName, QStringLiteral("UBND xã Hữu Lũng"));
    }

    void aRecordedCeilingRaisesItsUnit()
    {
        QString error;
        QVERIFY2(QuotaCeilingStore::record(m_db, QuotaFixture::campaign(), xclAt("30"), Role::Administrator,
                                           QStringLiteral("Quản trị"), &error),
                 qPrintable(error));
        const auto ceilings = QuotaCeilingStore::list(m_db.connection(), QuotaFixture::campaign(), &error);
        QVERIFY2(ceilings, qPrintable(error));
        QCOMPARE(ceilings->size(), 1);
        QCOMPARE(ceilings->first().percent.toString(), QStringLiteral("30"));
        QCOMPARE(ceilings->first().decisionNumber, QStringLiteral("125/QĐ-UBND"));
        QCOMPARE(ceilings->first().decisionDate, QDate(2026, 1, 20));
        QCOMPARE(ceilings->first().recordedBy, QStringLiteral("Quản trị"));

        const auto c = ClassificationStore::classify(m_db.connection(), QuotaFixture::campaign(), &error);
        QVERIFY2(c, qPrintable(error));
        const QuotaRule::Scope* xcl = scopeOf(*c, QStringLiteral("XCL"));
        QCOMPARE(xcl->allowed, 1);
        QCOMPARE(xcl->kept, 1);
        QVERIFY(xcl->ceiling);
        QCOMPARE(xcl->ceiling->decisionNumber, QStringLiteral("125/QĐ-UBND"));
        QCOMPARE(find(*c, QStringLiteral("CC03"))->quota, QuotaStatus::Within);
        QCOMPARE(find(*c, QStringLiteral("CC03"))->grade, QStringLiteral("HTXSNV"));
        QVERIFY(!scopeOf(*c, QStringLiteral("XHL"))->ceiling);
        QCOMPARE(find(*c, QStringLiteral("CC10"))->quota, QuotaStatus::Demoted);
        // The campaign's results (export, charts) count with the same ceiling.
        const auto results
            = CampaignResults::compute(m_db.connection(), QuotaFixture::campaign(), false, &error);
        QVERIFY2(results, qPrintable(error));
        for (const SubjectResult& r : results->result.results) {
            QCOMPARE(r.quota, find(*c, r.subjectId)->quota);
            QCOMPARE(r.grade, find(*c, r.subjectId)->grade);
        }

        // In the audit trail with its reason, the chain intact; in the outbox for the server.
        QCOMPARE(countRows(m_path,
                           QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'quota_ceilings' "
                                          "AND actor = 'Quản trị' AND reason LIKE 'Xã dẫn đầu%'")),
                 1);
        QCOMPARE(
            countRows(m_path, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'quota_ceilings'")),
            1);
        QVERIFY(AuditLog::verify(m_db.connection()).ok);
    }

    void onlyTheAdministratorRecordsOrWithdraws()
    {
        QString error;
        QVERIFY(!QuotaCeilingStore::record(m_db, QuotaFixture::campaign(), xclAt("30"), Role::UnitHead,
                                           QStringLiteral("Chủ tịch"), &error));
        QVERIFY2(error.contains(Roles::title(Role::UnitHead)), qPrintable(error));
        QVERIFY2(error.contains(Roles::title(Role::Administrator)), qPrintable(error));
        QVERIFY2(QuotaCeilingStore::record(m_db, QuotaFixture::campaign(), xclAt("30"), Role::Administrator,
                                           QStringLiteral("Quản trị"), &error),
                 qPrintable(error));
        error.clear();
        QVERIFY(!QuotaCeilingStore::withdraw(m_db, QuotaFixture::campaign(), QStringLiteral("XCL"),
                                             QStringLiteral("Nhầm"), Role::Appraiser, QStringLiteral("x"),
                                             &error));
        QVERIFY2(error.contains(Roles::title(Role::Appraiser)), qPrintable(error));
        QCOMPARE(QuotaCeilingStore::list(m_db.connection(), QuotaFixture::campaign(), &error)->size(), 1);
    }

    void aCeilingWithProblemsIsRefusedAndNothingWritten()
    {
        QString error;
        QuotaCeiling ceiling = xclAt("130");
        ceiling.decisionNumber.clear();
        QVERIFY(!QuotaCeilingStore::record(m_db, QuotaFixture::campaign(), ceiling, Role::Administrator,
                                           QStringLiteral("Quản trị"), &error));
        QCOMPARE(ceiling.problems().size(), 2);
        QCOMPARE(error, ceiling.problems().join(QLatin1Char(' ')));
        QVERIFY2(error.contains(QStringLiteral("100%")) && error.contains(QStringLiteral("XCL")),
                 qPrintable(error));
        QVERIFY(!QuotaCeilingStore::record(m_db, QuotaFixture::campaign(),
                                           {QStringLiteral("KHONG-CO"),
                                            *Decimal::fromString(QStringLiteral("30")),
                                            QStringLiteral("1/QĐ"),
                                            QDate(2026, 1, 2),
                                            QStringLiteral("x"),
                                            {}},
                                           Role::Administrator, QStringLiteral("Quản trị"), &error));
        QVERIFY2(error.contains(QStringLiteral("KHONG-CO")), qPrintable(error));
        QVERIFY(!QuotaCeilingStore::record(m_db, QStringLiteral("KHONG-CO-DOT"), xclAt("30"),
                                           Role::Administrator, QStringLiteral("Quản trị"), &error));
        QVERIFY2(error.contains(QStringLiteral("KHONG-CO-DOT")), qPrintable(error));
        QCOMPARE(countRows(m_path, QStringLiteral("SELECT COUNT(*) FROM quota_ceilings")), 0);
    }

    void aWithdrawnCeilingNoLongerApplies()
    {
        QString error;
        QVERIFY2(QuotaCeilingStore::record(m_db, QuotaFixture::campaign(), xclAt("30"), Role::Administrator,
                                           QStringLiteral("Quản trị"), &error),
                 qPrintable(error));
        QVERIFY(!QuotaCeilingStore::withdraw(m_db, QuotaFixture::campaign(), QStringLiteral("XCL"), QString(),
                                             Role::Administrator, QStringLiteral("Quản trị"), &error));
        QVERIFY2(error.contains(QStringLiteral("XCL")), qPrintable(error));
        QVERIFY(!QuotaCeilingStore::withdraw(m_db, QuotaFixture::campaign(), QStringLiteral("XHL"),
                                             QStringLiteral("Nhầm đơn vị"), Role::Administrator,
                                             QStringLiteral("Quản trị"), &error));
        QVERIFY2(error.contains(QStringLiteral("XHL")), qPrintable(error));
        QVERIFY2(QuotaCeilingStore::withdraw(m_db, QuotaFixture::campaign(), QStringLiteral("XCL"),
                                             QStringLiteral("Quyết định bị thu hồi"), Role::Administrator,
                                             QStringLiteral("Quản trị"), &error),
                 qPrintable(error));
        QVERIFY(QuotaCeilingStore::list(m_db.connection(), QuotaFixture::campaign(), &error)->isEmpty());
        const auto c = ClassificationStore::classify(m_db.connection(), QuotaFixture::campaign(), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(scopeOf(*c, QStringLiteral("XCL"))->allowed, 0);
        QCOMPARE(find(*c, QStringLiteral("CC03"))->quota, QuotaStatus::Demoted);
        // Recorded again, it applies again (the same row).
        QVERIFY2(QuotaCeilingStore::record(m_db, QuotaFixture::campaign(), xclAt("30"), Role::Administrator,
                                           QStringLiteral("Quản trị"), &error),
                 qPrintable(error));
        QCOMPARE(QuotaCeilingStore::list(m_db.connection(), QuotaFixture::campaign(), &error)->size(), 1);
        QCOMPARE(countRows(m_path, QStringLiteral("SELECT COUNT(*) FROM quota_ceilings")), 1);
    }

    // A database of schema 3 gains the table on opening, and a ceiling can be recorded in it.
    void schemaThreeIsUpgraded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("db/schema-v3.sqlite")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(countRows(path, QStringLiteral("PRAGMA user_version")), 3);
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(SchemaMigrations::latestVersion() >= 4);
        QCOMPARE(SchemaMigrations::userVersion(db.connection(), &error), SchemaMigrations::latestVersion());
        QVERIFY(SchemaMigrations::statements(4)
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("quota_ceilings")));
        const auto none = QuotaCeilingStore::list(db.connection(), QStringLiteral("CCHC-2026"), &error);
        QVERIFY2(none && none->isEmpty(), qPrintable(error));
        QVERIFY2(QuotaFixture::build(db, &error), qPrintable(error));
        QVERIFY2(QuotaCeilingStore::record(db, QuotaFixture::campaign(), xclAt("25.5"), Role::Administrator,
                                           QStringLiteral("Quản trị"), &error),
                 qPrintable(error));
        QCOMPARE(QuotaCeilingStore::list(db.connection(), QuotaFixture::campaign(), &error)->first().percent,
                 *Decimal::fromString(QStringLiteral("25.5")));
        QVERIFY(db.checkIntegrity(&error));
        QVERIFY(AuditLog::verify(db.connection()).ok);
        db.close();
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestQuotaCeilingStore)
#include "TestQuotaCeilingStore.moc"
