// A person's flags in a campaign (stores/PersonFlagStore) on the shipped civil-servant template: a
// flag recorded goes onto every sheet of the person and changes the grade of the classification,
// removing it (with a reason) gives the grade back; who, when and why are kept and read back from
// the audit trail; the outbox has each change; refusals name what is wrong and write nothing; a
// schema-5 database gains the table.

#include "QuotaFixture.h"
#include "RowCount.h"
#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/SchemaMigrations.h"
#include "services/CampaignSheets.h"
#include "stores/CampaignStore.h"
#include "stores/ClassificationStore.h"
#include "stores/PersonFlagStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

class TestPersonFlagStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    QString m_path;
    Database m_db;
    const QString m_actor = QStringLiteral("Hoàng Thị Lan (Phòng Tổ chức)");

    QString gradeOf(const QString& subject)
    {
        QString error;
        const auto c = ClassificationStore::classify(m_db.connection(), QuotaFixture::campaign(), &error);
        if (!c) {
            qFatal("classify failed: %s", qPrintable(error));
        }
        for (const auto& r : c->result.results) {
            if (r.subjectId == subject) {
                return r.grade;
            }
        }
        return QStringLiteral("(missing)");
    }

    qint64 count(const QString& sql) const { return countRows(m_path, sql); }

    QString sheetFlags()
    {
        QSqlQuery query(m_db.connection());
        if (!query.exec(QStringLiteral("SELECT group_concat(subject_code || flags, ';') FROM score_sheets"))
            || !query.next()) {
            qFatal("cannot read the sheets' flags");
        }
        return query.value(0).toString();
    }

    PersonFlag flag(const char* person, const char* code, const char* reason) const
    {
        return {QString::fromLatin1(person),
                QString::fromLatin1(code),
                QString::fromUtf8(reason),
                QString(),
                QDate(),
                QString(),
                QDateTime()};
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_path = m_dir.filePath(QStringLiteral("f-%1.sqlite").arg(++m_databases));
        QVERIFY(m_db.open(m_path, &error));
        QVERIFY2(QuotaFixture::build(m_db, &error), qPrintable(error));
    }

    void cleanup() { m_db.close(); }

    void disciplineForcesTheGradeUntilRemoved()
    {
        const QString before = gradeOf(QStringLiteral("CC03"));
        QCOMPARE(before, QStringLiteral("HTTNV")); // 99.39, above the quota of XCL
        PersonFlag discipline = flag("CC03", "ky_luat", "Quyết định kỷ luật khiển trách");
        discipline.documentNumber = QStringLiteral("12/QĐ-UBND");
        discipline.documentDate = QDate(2026, 3, 2);
        const qint64 outbox = count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        QString error;
        QVERIFY2(PersonFlagStore::record(m_db, QuotaFixture::campaign(), discipline, Role::Administrator,
                                         m_actor, &error),
                 qPrintable(error));
        QCOMPARE(gradeOf(QStringLiteral("CC03")), QStringLiteral("KHTNV"));
        QCOMPARE(gradeOf(QStringLiteral("CC01")), QStringLiteral("HTTNV")); // nobody else
        QSqlQuery sheet(m_db.connection());
        QVERIFY(sheet.exec(QStringLiteral("SELECT flags FROM score_sheets WHERE subject_code = 'CC03'"))
                && sheet.next());
        QCOMPARE(sheet.value(0).toString(), QStringLiteral("[\"ky_luat\"]"));
        sheet.finish();
        // The flag's row and the sheet's change, each in the outbox.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox")), outbox + 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'person_flags'")), 1);

        QString readError;
        const auto listed
            = PersonFlagStore::list(m_db.connection(), QuotaFixture::campaign(), QString(), &readError);
        QVERIFY2(listed, qPrintable(readError));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().personCode, QStringLiteral("CC03"));
        QCOMPARE(listed->first().recordedBy, m_actor);
        QCOMPARE(listed->first().documentNumber, QStringLiteral("12/QĐ-UBND"));
        QCOMPARE(listed->first().documentDate, QDate(2026, 3, 2));
        QVERIFY(qAbs(listed->first().recordedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);

        QVERIFY2(PersonFlagStore::remove(
                     m_db, QuotaFixture::campaign(), QStringLiteral("CC03"), QStringLiteral("ky_luat"),
                     QStringLiteral("Quyết định kỷ luật bị hủy"), Role::Administrator, m_actor, &error),
                 qPrintable(error));
        QCOMPARE(gradeOf(QStringLiteral("CC03")), before);
        QVERIFY(
            PersonFlagStore::list(m_db.connection(), QuotaFixture::campaign(), QStringLiteral("CC03"), &error)
                ->isEmpty());
        const auto history = PersonFlagStore::history(m_db.connection(), QuotaFixture::campaign(),
                                                      QStringLiteral("CC03"), &error);
        QVERIFY2(history, qPrintable(error));
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).flagCode, QStringLiteral("ky_luat"));
        QVERIFY(!history->at(0).removed);
        QCOMPARE(history->at(0).reason, QStringLiteral("Quyết định kỷ luật khiển trách"));
        QCOMPARE(history->at(0).actor, m_actor);
        QVERIFY(history->at(1).removed);
        QCOMPARE(history->at(1).reason, QStringLiteral("Quyết định kỷ luật bị hủy"));
        QVERIFY(history->at(1).at.isValid());
        QVERIFY(AuditLog::verify(m_db.connection()).ok);

        // Recorded again later: in force again, the history goes on.
        QVERIFY2(PersonFlagStore::record(m_db, QuotaFixture::campaign(), discipline, Role::Administrator,
                                         m_actor, &error),
                 qPrintable(error));
        QCOMPARE(gradeOf(QStringLiteral("CC03")), QStringLiteral("KHTNV"));
        QCOMPARE(PersonFlagStore::history(m_db.connection(), QuotaFixture::campaign(), QStringLiteral("CC03"),
                                          &error)
                     ->size(),
                 3);
    }

    // Maternity leave waives "worked under 6 months"; a flag already on the sheet stays alongside.
    void maternityLeaveKeepsAShortYearClassified()
    {
        QString error;
        QVERIFY2(PersonFlagStore::record(m_db, QuotaFixture::campaign(),
                                         flag("CC01", "duoi_6_thang", "Tuyển dụng từ tháng 8/2026"),
                                         Role::UnitHead, m_actor, &error),
                 qPrintable(error));
        QCOMPARE(gradeOf(QStringLiteral("CC01")), QString());
        QVERIFY2(
            PersonFlagStore::record(m_db, QuotaFixture::campaign(),
                                    flag("CC01", "thai_san", "Nghỉ thai sản từ tháng 2 đến tháng 7/2026"),
                                    Role::UnitHead, m_actor, &error),
            qPrintable(error));
        QCOMPARE(gradeOf(QStringLiteral("CC01")), QStringLiteral("HTTNV"));
        QSqlQuery sheet(m_db.connection());
        QVERIFY(sheet.exec(QStringLiteral("SELECT flags FROM score_sheets WHERE subject_code = 'CC01'"))
                && sheet.next());
        QCOMPARE(sheet.value(0).toString(), QStringLiteral("[\"duoi_6_thang\",\"thai_san\"]"));
    }

    void refusalsNameTheProblemAndWriteNothing_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("named");
        QTest::newRow("self-assessor")
            << int(Role::SelfAssessor) << QStringLiteral("CC03") << QStringLiteral("ky_luat")
            << QStringLiteral("Lý do") << Roles::title(Role::SelfAssessor);
        QTest::newRow("unknown flag")
            << int(Role::Administrator) << QStringLiteral("CC03") << QStringLiteral("nghi_phep")
            << QStringLiteral("Lý do") << QStringLiteral("nghi_phep");
        QTest::newRow("no reason") << int(Role::Administrator) << QStringLiteral("CC03")
                                   << QStringLiteral("ky_luat") << QStringLiteral("  ")
                                   << QStringLiteral("CC03");
        QTest::newRow("not a participant")
            << int(Role::Administrator) << QStringLiteral("CC99") << QStringLiteral("ky_luat")
            << QStringLiteral("Lý do") << QStringLiteral("CC99");
    }

    void refusalsNameTheProblemAndWriteNothing()
    {
        QFETCH(int, role);
        QFETCH(QString, person);
        QFETCH(QString, code);
        QFETCH(QString, reason);
        QFETCH(QString, named);
        const qint64 outbox = count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        const QString sheetFlags = this->sheetFlags();
        const PersonFlag refused{person, code, reason, QString(), QDate(), QString(), QDateTime()};
        QString error;
        QVERIFY(
            !PersonFlagStore::record(m_db, QuotaFixture::campaign(), refused, Role(role), m_actor, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox")), outbox);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM person_flags")), 0);
        QCOMPARE(this->sheetFlags(), sheetFlags);
    }

    void aFlagInForceIsNotRecordedTwiceAndRemovalNeedsAReason()
    {
        QString error;
        QVERIFY(PersonFlagStore::record(m_db, QuotaFixture::campaign(),
                                        flag("CC02", "vang_3_6_thang", "Nghỉ ốm 4 tháng"),
                                        Role::Administrator, m_actor, &error));
        QVERIFY(!PersonFlagStore::record(m_db, QuotaFixture::campaign(),
                                         flag("CC02", "vang_3_6_thang", "Nghỉ ốm 4 tháng"),
                                         Role::Administrator, m_actor, &error));
        QVERIFY2(error.contains(QStringLiteral("vang_3_6_thang")) && error.contains(m_actor),
                 qPrintable(error));
        QVERIFY(!PersonFlagStore::remove(m_db, QuotaFixture::campaign(), QStringLiteral("CC02"),
                                         QStringLiteral("vang_3_6_thang"), QStringLiteral(" "),
                                         Role::Administrator, m_actor, &error));
        QVERIFY2(error.contains(QStringLiteral("CC02")), qPrintable(error));
        QVERIFY(!PersonFlagStore::remove(m_db, QuotaFixture::campaign(), QStringLiteral("CC02"),
                                         QStringLiteral("ky_luat"), QStringLiteral("Nhầm"),
                                         Role::Administrator, m_actor, &error));
        QVERIFY2(error.contains(QStringLiteral("ky_luat")), qPrintable(error));
        QVERIFY(!PersonFlagStore::remove(m_db, QuotaFixture::campaign(), QStringLiteral("CC02"),
                                         QStringLiteral("vang_3_6_thang"), QStringLiteral("Nhầm"),
                                         Role::Appraiser, m_actor, &error));
        QCOMPARE(gradeOf(QStringLiteral("CC02")), QStringLiteral("HTNV"));
    }

    // Sheets created later for the person in the campaign (a new period) carry the flag too.
    void aPersonsNewSheetsCarryTheFlag()
    {
        QString error;
        QVERIFY2(PersonFlagStore::record(m_db, QuotaFixture::campaign(),
                                         flag("CC06", "don_vi_tham_nhung", "Đơn vị bị xử lý về lãng phí"),
                                         Role::Administrator, m_actor, &error),
                 qPrintable(error));
        auto campaign = CampaignStore::find(m_db.connection(), QuotaFixture::campaign(), &error);
        QVERIFY2(campaign, qPrintable(error));
        campaign->periods = QStringList{QStringLiteral("2026-02")};
        QVERIFY2(m_db.transaction(
                     [&](QString* e) {
                         return CampaignStore::ensure(m_db.connection(), *campaign, m_actor, e).has_value();
                     },
                     &error),
                 qPrintable(error));
        QVERIFY2(CampaignStore::addParticipantCodes(m_db, QuotaFixture::campaign(),
                                                    {QStringLiteral("CC06"), QStringLiteral("CC07")}, m_actor,
                                                    &error),
                 qPrintable(error));
        const auto created
            = CampaignSheets::create(m_db, QuotaFixture::campaign(), Role::Administrator, m_actor, &error);
        QVERIFY2(created, qPrintable(error));
        QVERIFY(*created >= 2);
        QSqlQuery query(m_db.connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT subject_code, flags FROM score_sheets WHERE period = '2026-02' ORDER BY subject_code")));
        QStringList found;
        while (query.next()) {
            found.append(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString());
        }
        QCOMPARE(found,
                 (QStringList{QStringLiteral("CC06 [\"don_vi_tham_nhung\"]"), QStringLiteral("CC07 []")}));
    }

    // A sheet of the person saved again (imported from its file, which lists no flag) keeps it.
    void aSheetSavedAgainKeepsTheFlag()
    {
        QString error;
        QVERIFY2(PersonFlagStore::record(m_db, QuotaFixture::campaign(),
                                         flag("CC04", "ky_luat", "Khiển trách"), Role::Administrator, m_actor,
                                         &error),
                 qPrintable(error));
        const auto campaign = CampaignStore::find(m_db.connection(), QuotaFixture::campaign(), &error);
        QVERIFY2(campaign, qPrintable(error));
        ValidationIssues issues;
        const ScoreSheet sheet = ScoreSheetReader::read(
            readData(QStringLiteral("examples/cong-chuc/CC04-2026-01.scores.json")), &issues);
        QVERIFY(sheet.flags.isEmpty());
        QVERIFY2(m_db.transaction(
                     [&](QString* e) {
                         return SheetStore::save(m_db.connection(), campaign->id, sheet, m_actor, QString(),
                                                 e)
                             .has_value();
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(gradeOf(QStringLiteral("CC04")), QStringLiteral("KHTNV"));
    }

    // A database of schema 5 gains the table on opening, and a flag can be recorded in it.
    void schemaFiveIsUpgraded()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema-5-%1.sqlite").arg(++m_databases));
        {
            QSqlDatabase old
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema5"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery query(old);
            for (int version = 1; version <= 5; ++version) {
                for (const QString& statement : SchemaMigrations::statements(version)) {
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
                }
            }
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 5")));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema5"));
        QCOMPARE(
            countRows(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'person_flags'")),
            0);
        m_db.close();
        m_path = path;
        QString error;
        QVERIFY2(m_db.open(path, &error), qPrintable(error));
        QCOMPARE(SchemaMigrations::userVersion(m_db.connection(), &error), SchemaMigrations::latestVersion());
        QVERIFY(
            SchemaMigrations::statements(6).join(QLatin1Char(' ')).contains(QStringLiteral("person_flags")));
        QVERIFY2(QuotaFixture::build(m_db, &error), qPrintable(error));
        QVERIFY2(PersonFlagStore::record(m_db, QuotaFixture::campaign(),
                                         flag("CC05", "suy_thoai", "Kết luận số 3/KL-UBKT"),
                                         Role::Administrator, m_actor, &error),
                 qPrintable(error));
        QCOMPARE(gradeOf(QStringLiteral("CC05")), QStringLiteral("KHTNV"));
        QVERIFY(m_db.checkIntegrity(&error));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestPersonFlagStore)
#include "TestPersonFlagStore.moc"
