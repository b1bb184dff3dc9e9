// Document settings kept per unit: defaults from the catalogue, what is stored over them, the
// outbox and the audit trail of every change, the fields of one document never stored, the
// schema migration, and the demo's Sở Nội vụ with its signer.

#include "RowCount.h"
#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/SchemaMigrations.h"
#include "demo/DemoDatabase.h"
#include "services/CatalogueImport.h"
#include "sources/DocumentSettingsStore.h"
#include "stores/StoredDocumentSettings.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using danhgia::test::countRows;

namespace {

const QDate Printed(2026, 1, 5);

// Units (code, name, kind, parent) imported the way officers import them.
bool importUnits(Database& db, const QList<QStringList>& rows, QString* error)
{
    Table table;
    table.sourceName = QStringLiteral("units");
    table.header = {QStringLiteral("Mã đơn vị"), QStringLiteral("Tên đơn vị"), QStringLiteral("Loại"),
                    QStringLiteral("Mã đơn vị cấp trên")};
    table.headerNumber = 1;
    for (const QStringList& row : rows) {
        table.appendRow(row, table.rowCount() + 2);
    }
    return CatalogueImport::apply(db, CatalogueImport::planUnits(db.connection(), table), Role::Administrator,
                                  QStringLiteral("tester"), error);
}

} // namespace

class TestDocumentSettingsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(m_demo, &error), qPrintable(error));
    }

    void defaultsComeFromTheCatalogue()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_demo, &error), qPrintable(error));
        const auto finance
            = DocumentSettingsStore::defaults(db.connection(), QStringLiteral("STC"), Printed, &error);
        QVERIFY2(finance, qPrintable(error));
        QCOMPARE(finance->parentAgency, QStringLiteral("UBND tỉnh Lạng Sơn"));
        QCOMPARE(finance->issuingAgency, QStringLiteral("Sở Tài chính"));
        QCOMPARE(finance->symbol, QStringLiteral("BC-STC"));
        QCOMPARE(finance->place, QStringLiteral("Lạng Sơn"));
        QCOMPARE(finance->date, Printed);
        QCOMPARE(finance->signer.authority, QStringLiteral("KT. Giám đốc"));
        QCOMPARE(finance->signer.title, QStringLiteral("Phó Giám đốc"));
        QVERIFY(finance->signer.name.isEmpty());

        // An office under the Sở Nội vụ: its parent is the Sở, its head a Trưởng phòng.
        const auto office
            = DocumentSettingsStore::defaults(db.connection(), QStringLiteral("SNV-CCVC"), Printed, &error);
        QVERIFY2(office, qPrintable(error));
        QCOMPARE(office->parentAgency, QStringLiteral("Sở Nội vụ"));
        QCOMPARE(office->issuingAgency, QStringLiteral("Phòng Công chức, viên chức"));
        QCOMPARE(office->place, QStringLiteral("Lạng Sơn"));
        QVERIFY(office->signer.authority.isEmpty());
        QCOMPARE(office->signer.title, QStringLiteral("Trưởng phòng"));

        // A commune's committee signs as a body; the province has no parent.
        const auto commune
            = DocumentSettingsStore::defaults(db.connection(), QStringLiteral("XCL"), Printed, &error);
        QVERIFY2(commune, qPrintable(error));
        QCOMPARE(commune->signer.authority, QStringLiteral("TM. Ủy ban nhân dân"));
        QCOMPARE(commune->signer.title, QStringLiteral("Chủ tịch"));
        const auto province
            = DocumentSettingsStore::defaults(db.connection(), QStringLiteral("UBND-LS"), Printed, &error);
        QVERIFY2(province, qPrintable(error));
        QVERIFY(province->parentAgency.isEmpty());
        QCOMPARE(province->place, QStringLiteral("Lạng Sơn"));

        const auto loaded
            = DocumentSettingsStore::load(db.connection(), QStringLiteral("STC"), Printed, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(!loaded->stored);
        QCOMPARE(loaded->settings.toJson(), finance->toJson());
    }

    void demoStoresTheSignerOfTheHomeAffairsDepartment()
    {
        QCOMPARE(countRows(m_demo, QStringLiteral("SELECT COUNT(*) FROM document_settings")), 1);
        QCOMPARE(
            countRows(m_demo, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity='document_settings'")),
            1);
        Database db;
        QString error;
        QVERIFY2(db.open(m_demo, &error), qPrintable(error));
        QCOMPARE(
            DocumentSettingsStore::homeAffairsUnit(db.connection(), &error).value_or(QStringLiteral("?")),
            QStringLiteral("SNV"));
        const auto loaded
            = DocumentSettingsStore::load(db.connection(), QStringLiteral("SNV"), Printed, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->stored);
        const DocumentSettings& settings = loaded->settings;
        QCOMPARE(settings.signer.name, QStringLiteral("Lương Thị Hồng Nhung"));
        QCOMPARE(settings.signer.authority, QStringLiteral("KT. Giám đốc"));
        QCOMPARE(settings.basis.split(QLatin1Char('\n')).size(), 2);
        QVERIFY(settings.basis.startsWith(QStringLiteral("Căn cứ Nghị định số 335/2025/NĐ-CP")));
        QCOMPARE(settings.recipients.last(), QStringLiteral("Lưu: VT, CCVC"));
        // What the demo does not store comes from the catalogue.
        QCOMPARE(settings.parentAgency, QStringLiteral("UBND tỉnh Lạng Sơn"));
        QCOMPARE(settings.issuingAgency, QStringLiteral("Sở Nội vụ"));
        QCOMPARE(settings.symbol, QStringLiteral("BC-SNV"));
        QCOMPARE(settings.date, Printed);
    }

    void everyChangeGoesToTheOutboxAndTheAuditTrail()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(m_demo, path));
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        const QString outbox = QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity='document_settings'");
        const QString audit
            = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity='document_settings' AND "
                             "actor='Trần Thu Hà (clerk)'");
        QCOMPARE(countRows(path, outbox), 1);

        DocumentSettings settings
            = *DocumentSettingsStore::defaults(db.connection(), QStringLiteral("STC"), Printed, &error);
        settings.signer.name = QStringLiteral("Đỗ Minh Khánh");
        settings.recipients = {QStringLiteral("UBND tỉnh"), QStringLiteral("Lưu: VT")};
        const QString actor = QStringLiteral("Trần Thu Hà (clerk)");
        QVERIFY2(DocumentSettingsStore::save(db, QStringLiteral("STC"), settings, actor, &error),
                 qPrintable(error));
        QCOMPARE(countRows(path, outbox), 2);
        QCOMPARE(countRows(path, audit), 1);
        QCOMPARE(countRows(path,
                           QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity='document_settings' AND "
                                          "operation='insert' AND payload LIKE '%\"unit_code\":\"STC\"%'")),
                 1);

        // The same settings again are no change; another signer is an update, revision 2.
        QVERIFY2(DocumentSettingsStore::save(db, QStringLiteral("STC"), settings, actor, &error),
                 qPrintable(error));
        QCOMPARE(countRows(path, outbox), 2);
        settings.signer.name = QStringLiteral("Bùi Quang Long");
        QVERIFY2(DocumentSettingsStore::save(db, QStringLiteral("STC"), settings, actor, &error),
                 qPrintable(error));
        QCOMPARE(countRows(path, outbox), 3);
        QCOMPARE(countRows(path, audit), 2);
        QCOMPARE(countRows(path,
                           QStringLiteral("SELECT MAX(revision) FROM outbox WHERE entity='document_settings' "
                                          "AND operation='update'")),
                 2);
        QVERIFY(AuditLog::verify(db.connection()).ok);

        const auto loaded
            = DocumentSettingsStore::load(db.connection(), QStringLiteral("STC"), Printed, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->stored);
        QCOMPARE(loaded->settings.signer.name, QStringLiteral("Bùi Quang Long"));
        QCOMPARE(loaded->settings.recipients, settings.recipients);
    }

    void theFieldsOfOneDocumentAreNotStored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(m_demo, path));
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        DocumentSettings settings = DocumentSettings::defaults(QDate(2020, 3, 9));
        settings.number = 17;
        settings.issuingAgency = QStringLiteral("Sở Y tế");
        QVERIFY2(DocumentSettingsStore::save(db, QStringLiteral("SYT"), settings, QStringLiteral("tester"),
                                             &error),
                 qPrintable(error));
        const auto stored = StoredDocumentSettings::load(db.connection(), QStringLiteral("SYT"), &error);
        QVERIFY2(stored, qPrintable(error));
        for (const char* key : {"number", "date", "meeting_start", "meeting_end"}) {
            QVERIFY2(!stored->contains(QLatin1String(key)), key);
        }
        QVERIFY(stored->contains(QStringLiteral("signer")));
        const auto loaded
            = DocumentSettingsStore::load(db.connection(), QStringLiteral("SYT"), Printed, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->settings.number, 0);
        QCOMPARE(loaded->settings.date, Printed);
        QCOMPARE(loaded->settings.meetingStart.date(), Printed);
    }

    void unknownUnitIsRefused()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_demo, &error), qPrintable(error));
        QVERIFY(!DocumentSettingsStore::load(db.connection(), QStringLiteral("KHONG-CO"), Printed, &error));
        QVERIFY2(error.contains(QStringLiteral("KHONG-CO")), qPrintable(error));
        error.clear();
        QVERIFY(!DocumentSettingsStore::save(db, QStringLiteral("KHONG-CO"),
                                             DocumentSettings::defaults(Printed), QStringLiteral("tester"),
                                             &error));
        QVERIFY2(error.contains(QStringLiteral("KHONG-CO")), qPrintable(error));
    }

    // A database of schema 1 gains the table on opening, and settings can be kept in it.
    void schemaOneIsUpgraded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(danhgia::test::dataPath(QStringLiteral("db/schema-v1.sqlite")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(SchemaMigrations::userVersion(db.connection(), &error), SchemaMigrations::latestVersion());
        QVERIFY(SchemaMigrations::statements(2)
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("document_settings")));
        QCOMPARE(countRows(path, QStringLiteral("SELECT COUNT(*) FROM document_settings")), 0);
        // Spelled the old way ("Uỷ"), the committee is still shortened and the place found.
        QVERIFY2(importUnits(db,
                             {{QStringLiteral("UBND-CB"), QStringLiteral("Uỷ ban nhân dân tỉnh Cao Bằng"),
                               QStringLiteral("province"), QString()},
                              {QStringLiteral("SNV-CB"), QStringLiteral("Sở Nội vụ"),
                               QStringLiteral("department"), QStringLiteral("UBND-CB")}},
                             &error),
                 qPrintable(error));
        QCOMPARE(DocumentSettingsStore::homeAffairsUnit(db.connection(), &error).value_or(QString()),
                 QStringLiteral("SNV-CB"));
        auto settings
            = DocumentSettingsStore::defaults(db.connection(), QStringLiteral("SNV-CB"), Printed, &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->parentAgency, QStringLiteral("UBND tỉnh Cao Bằng"));
        QCOMPARE(settings->place, QStringLiteral("Cao Bằng"));
        QCOMPARE(settings->symbol, QStringLiteral("BC-SNV-CB"));
        settings->signer.name = QStringLiteral("Nông Văn Sơn");
        QVERIFY2(DocumentSettingsStore::save(db, QStringLiteral("SNV-CB"), *settings,
                                             QStringLiteral("tester"), &error),
                 qPrintable(error));
        QCOMPARE(countRows(path, QStringLiteral("SELECT COUNT(*) FROM document_settings")), 1);
        QVERIFY(db.checkIntegrity(&error));
    }

    void noHomeAffairsDepartmentInAnEmptyCatalogue()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("empty.sqlite")), &error), qPrintable(error));
        const auto unit = DocumentSettingsStore::homeAffairsUnit(db.connection(), &error);
        QVERIFY2(unit, qPrintable(error));
        QVERIFY(unit->isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

DANHGIA_TEST_GUILESS_MAIN(TestDocumentSettingsStore)
#include "TestDocumentSettingsStore.moc"
