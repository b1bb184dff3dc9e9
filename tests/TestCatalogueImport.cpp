// danhgia::CatalogueImport: lists of units and people read from CSV (UTF-8 with a byte order
// mark and semicolons; real TCVN3, VNI and Windows-1258 bytes written as hex escapes) and from
// .xlsx workbooks (with cells typed in the .VnTime and VNI fonts), planned row by row against the
// database (create, update, unchanged, reject with every problem named by row and column), and
// applied in one transaction that writes nothing when anything is wrong.
// Messages are checked in English (the source text), so that translating them breaks nothing.

#include "TestSupport.h"
#include "database/Database.h"
#include "services/CatalogueImport.h"
#include "tabular/XlsxWriter.h"
#include "text/AppLanguage.h"
#include "text/VietnameseText.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace danhgia;
using Action = ImportPlan::Action;
using Encoding = LegacyEncoding::Encoding;

Q_DECLARE_METATYPE(danhgia::LegacyEncoding::Encoding)

namespace {

const QByteArray UnitsCsv("Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên\n"
                          "LS,UBND tỉnh Lạng Sơn,tỉnh,\n"
                          "SNV,Sở Nội vụ,Sở,LS\n"
                          "XCL,Ủy ban nhân dân xã Chi Lăng,xã,LS\n"
                          "PTC,Phòng Tổ chức cán bộ,phòng,SNV\n");

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        qFatal("query failed: %s", qPrintable(query.lastError().text()));
    }
    return query.value(0).toLongLong();
}

QString value(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        qFatal("query failed: %s", qPrintable(query.lastError().text()));
    }
    return query.value(0).toString();
}

} // namespace

class TestCatalogueImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(QString::number(++m_files) + QLatin1Char('-') + name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    QString writeXlsx(const QString& name, const QList<QStringList>& rows)
    {
        const QString path = m_dir.filePath(QString::number(++m_files) + QLatin1Char('-') + name);
        XlsxWriter writer(path);
        writer.addSheet(QStringLiteral("Danh sách"));
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < rows[r].size(); ++c) {
                writer.writeText(r, c, rows[r][c]);
            }
        }
        if (!writer.close()) {
            qFatal("cannot write %s: %s", qPrintable(path), qPrintable(writer.errorString()));
        }
        return path;
    }

    Table read(const QString& path, Encoding* detected = nullptr)
    {
        QString error;
        const std::optional<Table> table = CatalogueImport::readTable(path, &error, detected);
        if (!table) {
            qFatal("cannot read %s: %s", qPrintable(path), qPrintable(error));
        }
        return *table;
    }

    std::unique_ptr<Database> newDatabase()
    {
        auto db = std::make_unique<Database>();
        QString error;
        if (!db->open(m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_files)), &error)) {
            qFatal("cannot open the database: %s", qPrintable(error));
        }
        return db;
    }

    // A database with the units of UnitsCsv.
    std::unique_ptr<Database> databaseWithUnits()
    {
        auto db = newDatabase();
        const ImportPlan plan = CatalogueImport::planUnits(
            db->connection(), read(writeFile(QStringLiteral("u.csv"), UnitsCsv)));
        QString error;
        if (!CatalogueImport::apply(*db, plan, Role::Administrator, QStringLiteral("tester"), &error)) {
            qFatal("cannot import the units: %s", qPrintable(error));
        }
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        AppLanguage::install(QStringLiteral("en"));
    }

    void readsUtf8WithBomAndSemicolons()
    {
        // "Nguyễn" typed with combining marks (NFD), as some Mac and web exports give it.
        const QString decomposed = QStringLiteral("Nguyễn Văn An").normalized(QString::NormalizationForm_D);
        const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + "Mã;Họ và tên;Mã đơn vị\r\n" + "P1;"
            + decomposed.toUtf8() + ";  SNV \r\n";
        Encoding detected = Encoding::Unknown;
        const Table table = read(writeFile(QStringLiteral("bom.csv"), bytes), &detected);
        QCOMPARE(detected, Encoding::Utf8);
        QCOMPARE(
            table.header,
            (QStringList{QStringLiteral("Mã"), QStringLiteral("Họ và tên"), QStringLiteral("Mã đơn vị")}));
        QCOMPARE(table.rowCount(), 1);
        QCOMPARE(table.rowNumbers.at(0), 2);
        QCOMPARE(table.cell(0, 1), QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(table.cell(0, 1).size(), 13); // NFC
        QCOMPARE(table.cell(0, 2), QStringLiteral("SNV"));
    }

    void readsLegacyCsv_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("names");
        // clang-format off
        QTest::newRow("TCVN3") << QByteArray(
            "M\xb7,H\xe4 v\xb5 t\xaan,Ch\xf8" "c v\xf4,M\xb7 \xae\xacn v\xde,L\xb7nh \xae\xb9o\n"
            "P1,Nguy\xd4n V\xa8n \x83,Ph\xe3 Gi\xb8m \xae\xe8" "c,SNV,c\xe3\n"
            "P2,\xa7\xc6ng Th\xde H\xad\xacng,Chuy\xaan vi\xaan,SNV,kh\xabng\n"
            "P3,L\xaa Th\xde B\xdd" "ch Ng\xe4" "c,K\xd5 to\xb8n,SNV,\n")
            << Encoding::Tcvn3
            << QStringList{QStringLiteral("Mã"), QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ"),
                           QStringLiteral("Mã đơn vị"), QStringLiteral("Lãnh đạo")}
            << QStringList{QStringLiteral("Nguyễn Văn Á"), QStringLiteral("Đặng Thị Hương"),
                           QStringLiteral("Lê Thị Bích Ngọc")};
        QTest::newRow("VNI") << QByteArray(
            "code,full name,unit\n"
            "P1,Nguye\xe3n Va\xean A\xd9,SNV\n"
            "P2,\xd1" "a\xebng Th\xf2 H\xf6\xf4ng,SNV\n"
            "P3,Tr\xf6\xf4\xf8ng Vie\xe4t,SNV\n")
            << Encoding::Vni
            << QStringList{QStringLiteral("code"), QStringLiteral("full name"), QStringLiteral("unit")}
            << QStringList{QStringLiteral("Nguyễn Văn Á"), QStringLiteral("Đặng Thị Hương"),
                           QStringLiteral("Trường Việt")};
        QTest::newRow("Windows-1258") << QByteArray(
            "code;full name;unit\n"
            "P1;Nguy\xea\xden V\xe3n \xc1;SNV\n"
            "P2;\xd0\xe3\xf2ng Thi\xf2 H\xfd\xf5ng;SNV\n")
            << Encoding::Windows1258
            << QStringList{QStringLiteral("code"), QStringLiteral("full name"), QStringLiteral("unit")}
            << QStringList{QStringLiteral("Nguyễn Văn Á"), QStringLiteral("Đặng Thị Hương")};
        // clang-format on
    }

    void readsLegacyCsv()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Encoding, encoding);
        QFETCH(QStringList, header);
        QFETCH(QStringList, names);
        Encoding detected = Encoding::Unknown;
        const Table table = read(writeFile(QStringLiteral("legacy.csv"), bytes), &detected);
        QCOMPARE(detected, encoding);
        QCOMPARE(table.header, header);
        QCOMPARE(table.rowCount(), names.size());
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(table.cell(i, 1), names[i]);
        }
        // The people plan against a database that has the unit.
        auto db = databaseWithUnits();
        const ImportPlan plan = CatalogueImport::planPeople(db->connection(), table);
        QVERIFY2(plan.isApplicable(), qPrintable(plan.problemTexts().join(QLatin1Char('\n'))));
        QCOMPARE(plan.count(Action::Create), names.size());
    }

    void convertsLegacyFontCellsOfWorkbooks()
    {
        // Excel keeps text typed in .VnTime (TCVN3) or VNI-Times as the Windows-1252 characters
        // of the bytes: "NguyÔn V¨n ƒ" (0x83 is "ƒ"), "Nguyeãn Vaên AÙ".
        const QString tcvn3Header = QStringLiteral("Hä vµ tªn");
        const QString tcvn3Name = QStringLiteral("NguyÔn V¨n ") + QChar(0x0192);
        const QString vniName = QStringLiteral("Nguyeãn Vaên AÙ");
        const QString path = writeXlsx(
            QStringLiteral("vntime.xlsx"),
            {{QStringLiteral("Danh sách cán bộ")},
             {QStringLiteral("Mã"), tcvn3Header, QStringLiteral("Mã đơn vị"), QStringLiteral("Chức vụ")},
             {QStringLiteral("P1"), tcvn3Name, QStringLiteral("SNV"), QStringLiteral("Chuyªn viªn")},
             {QStringLiteral("P2"), vniName, QStringLiteral("SNV"), QStringLiteral("Giaùm ñoác")},
             {QStringLiteral("P3"), QStringLiteral("Võ Thành Tâm"), QStringLiteral("SNV"),
              QStringLiteral("Café")}});
        Encoding detected = Encoding::Unknown;
        const Table table = read(path, &detected);
        QCOMPARE(detected, Encoding::Tcvn3);
        // The title row above the header is left out; rows keep Excel's numbers.
        QCOMPARE(table.headerNumber, 2);
        QCOMPARE(table.header.at(1), QStringLiteral("Họ và tên"));
        QCOMPARE(table.rowNumbers, (QList<int>{3, 4, 5}));
        QCOMPARE(table.cell(0, 1), QStringLiteral("Nguyễn Văn Á"));
        QCOMPARE(table.cell(0, 3), QStringLiteral("Chuyên viên"));
        QCOMPARE(table.cell(1, 1), QStringLiteral("Nguyễn Văn Á"));
        QCOMPARE(table.cell(1, 3), QStringLiteral("Giám đốc"));
        // Unicode text with only Latin-1 letters, and non-Vietnamese text, stay as they are.
        QCOMPARE(table.cell(2, 1), QStringLiteral("Võ Thành Tâm"));
        QCOMPARE(table.cell(2, 3), QStringLiteral("Café"));
    }

    void badBytesAreRejectedCellByCell()
    {
        // UTF-8 with one name pasted from an old file: neither UTF-8 nor a legacy encoding.
        const QByteArray bytes = QByteArray("Mã,Họ và tên,Mã đơn vị\n") + "P1,Nguyễn Văn An,SNV\n"
            + "P2,Tr\xff\xfe\xc0n B\xff,SNV\n" + "P3,Lê Thị Hoa,SNV\n";
        Encoding detected = Encoding::Utf8;
        const Table table = read(writeFile(QStringLiteral("bad.csv"), bytes), &detected);
        QCOMPARE(detected, Encoding::Unknown);
        QCOMPARE(table.cell(0, 1), QStringLiteral("Nguyễn Văn An"));
        auto db = databaseWithUnits();
        const ImportPlan plan = CatalogueImport::planPeople(db->connection(), table);
        QCOMPARE(plan.count(Action::Reject), 1);
        QCOMPARE(plan.count(Action::Create), 2);
        QCOMPARE(plan.problemTexts(),
                 QStringList{
                     QStringLiteral("row 3, column «Họ và tên»: the text cannot be read: the file has bytes "
                                    "that are not UTF-8, TCVN3, VNI or Windows-1258; save it as CSV UTF-8")});
    }

    void createsThenUnchangedThenUpdates()
    {
        auto db = newDatabase();
        const QString path = writeFile(QStringLiteral("units.csv"), UnitsCsv);
        ImportPlan plan = CatalogueImport::planUnits(db->connection(), read(path));
        QVERIFY(plan.isApplicable());
        QCOMPARE(plan.count(Action::Create), 4);
        QCOMPARE(plan.entries.at(0).row, 2);
        QCOMPARE(plan.summary(),
                 QStringLiteral("Units from \"%1\": 4 created, 0 updated, 0 unchanged, 0 rejected")
                     .arg(path.section(QLatin1Char('/'), -1)));
        QString error;
        QVERIFY2(CatalogueImport::apply(*db, plan, Role::Administrator, QStringLiteral("tester"), &error),
                 qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM units")), 4);
        QCOMPARE(value(*db, QStringLiteral("SELECT kind FROM units WHERE code = 'SNV'")),
                 QStringLiteral("department"));
        QCOMPARE(value(*db,
                       QStringLiteral("SELECT p.code FROM units u JOIN units p ON p.id = u.parent_id "
                                      "WHERE u.code = 'PTC'")),
                 QStringLiteral("SNV"));
        QCOMPARE(value(*db, QStringLiteral("SELECT search_key FROM units WHERE code = 'XCL'")),
                 QStringLiteral("uy ban nhan dan xa chi lang"));
        QVERIFY(
            value(*db, QStringLiteral("SELECT COUNT(*) FROM units WHERE code = 'LS' AND parent_id IS NULL"))
            == QLatin1String("1"));
        const qint64 outbox = count(*db, QStringLiteral("SELECT COUNT(*) FROM outbox"));
        const qint64 audit = count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QCOMPARE(outbox, 4);
        QCOMPARE(audit, 4);

        plan = CatalogueImport::planUnits(db->connection(), read(path));
        QCOMPARE(plan.count(Action::Unchanged), 4);
        QVERIFY(CatalogueImport::apply(*db, plan, Role::Administrator, QStringLiteral("tester"), &error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM outbox")), outbox);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);

        QByteArray changed = UnitsCsv;
        changed.replace("Sở Nội vụ", "Sở Nội vụ tỉnh Lạng Sơn");
        plan = CatalogueImport::planUnits(db->connection(),
                                          read(writeFile(QStringLiteral("units2.csv"), changed)));
        QCOMPARE(plan.count(Action::Update), 1);
        QCOMPARE(plan.count(Action::Unchanged), 3);
        QCOMPARE(plan.entries.at(1).action, Action::Update);
        QCOMPARE(plan.entries.at(1).changedColumns, QStringList{QStringLiteral("Tên đơn vị")});
        QCOMPARE(plan.details().at(1),
                 QStringLiteral("row 3: update SNV «Sở Nội vụ tỉnh Lạng Sơn» (changes: Tên đơn vị)"));
        QVERIFY(CatalogueImport::apply(*db, plan, Role::Administrator, QStringLiteral("tester"), &error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM outbox")), outbox + 1);
        QCOMPARE(value(*db, QStringLiteral("SELECT search_key FROM units WHERE code = 'SNV'")),
                 QStringLiteral("so noi vu tinh lang son"));
        QCOMPARE(value(*db, QStringLiteral("SELECT revision FROM units WHERE code = 'SNV'")),
                 QStringLiteral("2"));
    }

    void rejectsEveryProblemOfARow()
    {
        auto db = newDatabase();
        const QByteArray bytes("Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên\n"
                               "SNV,Sở Nội vụ,sở,\n"
                               "SNV,Sở Nội vụ (bản sao),ban,\n"
                               "X 1,,hành tinh,ZZZ\n"
                               "\n"
                               "PA,Phòng A,phòng,PA\n"
                               "PB,Phòng B,phòng,PC\n"
                               "PC,Phòng C,Phòng,SNV\n"
                               "DK,Đặc khu Vân Đồn,đặc khu,\n");
        const ImportPlan plan
            = CatalogueImport::planUnits(db->connection(), read(writeFile(QStringLiteral("u.csv"), bytes)));
        QVERIFY(plan.hasRejections());
        QVERIFY(!plan.hasFileProblems());
        QVERIFY(!plan.isApplicable());
        QCOMPARE(plan.entries.size(), 7); // the blank line is no row
        QCOMPARE(plan.count(Action::Create), 3);
        QCOMPARE(plan.count(Action::Reject), 4);
        const QStringList expected{
            QStringLiteral("row 3, column «Mã đơn vị»: the code \"SNV\" is already in row 2"),
            QStringLiteral("row 4, column «Mã đơn vị»: the code \"X 1\" contains spaces"),
            QStringLiteral("row 4, column «Tên đơn vị»: the value is missing"),
            QStringLiteral(
                "row 4, column «Loại»: the kind \"hành tinh\" is not known; use one of: tỉnh/province, "
                "sở/ban/ngành/department, xã/phường/đặc khu/commune, phòng/office, khác/other"),
            QStringLiteral("row 4, column «Mã đơn vị cấp trên»: the unit \"ZZZ\" is not in the list of units "
                           "(neither in the database nor in an earlier row)"),
            QStringLiteral("row 6, column «Mã đơn vị cấp trên»: a unit cannot be its own parent"),
            QStringLiteral("row 7, column «Mã đơn vị cấp trên»: the unit \"PC\" is not in the list of units "
                           "(neither in the database nor in an earlier row)"),
        };
        QCOMPARE(plan.problemTexts(), expected);
        QCOMPARE(plan.entries.at(6).values.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("commune"));

        QString error;
        QVERIFY(!CatalogueImport::apply(*db, plan, Role::Administrator, QStringLiteral("tester"), &error));
        QVERIFY(error.contains(QLatin1String("nothing was written")));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM units")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
    }

    void fileProblems()
    {
        auto db = databaseWithUnits();
        // A required column missing: named, and every row rejected; the other checks still run.
        ImportPlan plan = CatalogueImport::planPeople(
            db->connection(),
            read(writeFile(QStringLiteral("p.csv"), "code,name,leader\nP1,An,maybe\nP2,Bình,x\n")));
        QVERIFY(plan.hasFileProblems());
        QCOMPARE(plan.count(Action::Reject), 2);
        QCOMPARE(plan.problemTexts(),
                 (QStringList{
                     QStringLiteral("the required column «Mã đơn vị» (or «unit») is missing"),
                     QStringLiteral("row 2, column «leader»: \"maybe\" is not a leader value; use one of: "
                                    "có/không, x, 1/0, yes/no")}));
        // Empty, header only, a column given twice.
        plan = CatalogueImport::planUnits(db->connection(), read(writeFile(QStringLiteral("empty.csv"), "")));
        QCOMPARE(plan.problemTexts(), QStringList{QStringLiteral("the file is empty")});
        plan = CatalogueImport::planUnits(db->connection(),
                                          read(writeFile(QStringLiteral("h.csv"), "code,name,kind\n\n")));
        QCOMPARE(plan.problemTexts(),
                 QStringList{QStringLiteral("the file has no data rows below the header (row 1)")});
        QVERIFY(!plan.isApplicable());
        plan = CatalogueImport::planUnits(
            db->connection(),
            read(writeFile(QStringLiteral("twice.csv"), "Mã đơn vị,Tên,Loại,Code\nA,A,khác,A\n")));
        QCOMPARE(plan.problemTexts(),
                 QStringList{
                     QStringLiteral("row 1, column «Code»: the column «Mã đơn vị» already gives this; keep "
                                    "one of the two")});
        QString error;
        QVERIFY(!CatalogueImport::apply(*db, plan, Role::Administrator, QStringLiteral("tester"), &error));
    }

    void peopleValuesAndWarnings()
    {
        auto db = databaseWithUnits();
        const QByteArray bytes("MÃ;HỌ VÀ TÊN;chuc vu;Ma don vi;Nhom nhiem vu;Lanh dao\n"
                               "P1;Nguyễn Văn An;Giám đốc;SNV;Lãnh đạo sở;có\n"
                               "P2;Nguyễn văn an;Chuyên viên;SNV;;\n"
                               "P3;Nguyễn Văn An;Chuyên viên;PTC;;KHÔNG\n"
                               "P4;Lê Thị Hoa;;XYZ;;yes\n"
                               "P1;Trần Văn Bình;;SNV;;không biết\n"
                               "P5;Phạm Thu;;SNV;;0\n");
        const ImportPlan plan
            = CatalogueImport::planPeople(db->connection(), read(writeFile(QStringLiteral("p.csv"), bytes)));
        QCOMPARE(plan.count(Action::Create), 4);
        QCOMPARE(plan.count(Action::Reject), 2);
        QCOMPARE(
            plan.problemTexts(),
            (QStringList{
                QStringLiteral(
                    "row 5, column «Ma don vi»: the unit \"XYZ\" is not in the list of units (neither "
                    "in the database nor in an earlier row)"),
                QStringLiteral("row 6, column «MÃ»: the code \"P1\" is already in row 2"),
                QStringLiteral("row 6, column «Lanh dao»: \"không biết\" is not a leader value; use one of: "
                               "có/không, x, 1/0, yes/no"),
            }));
        // The same name in the same unit (ignoring case) under another code is a warning only.
        QCOMPARE(
            plan.warningTexts(),
            QStringList{QStringLiteral("row 3, column «HỌ VÀ TÊN»: the same name is in row 2 in the same "
                                       "unit, with the code \"P1\"; check that these are two different "
                                       "people")});
        QCOMPARE(plan.entries.at(1).action, Action::Create);
        QCOMPARE(plan.entries.at(0).values.value(QStringLiteral("is_leader")).toInt(), 1);
        QCOMPARE(plan.entries.at(1).values.value(QStringLiteral("is_leader")).toInt(), 0);
        QCOMPARE(plan.entries.at(2).values.value(QStringLiteral("is_leader")).toInt(), 0);
        QCOMPARE(plan.entries.at(0).values.value(QStringLiteral("task_group")).toString(),
                 QStringLiteral("Lãnh đạo sở"));
    }

    void leaderValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("leader");
        for (const char* yes : {"có", "Có", "x", "X", "1", "yes", "Yes"}) {
            QTest::addRow("yes: \"%s\"", yes) << QString::fromUtf8(yes) << 1;
        }
        for (const char* no : {"", "không", "Không", "khong", "0", "no", "NO"}) {
            QTest::addRow("no: \"%s\"", no) << QString::fromUtf8(no) << 0;
        }
        for (const char* bad : {"2", "true", "có thể", "-"}) {
            QTest::addRow("bad: \"%s\"", bad) << QString::fromUtf8(bad) << -1;
        }
    }

    void leaderValues()
    {
        QFETCH(QString, text);
        QFETCH(int, leader);
        auto db = databaseWithUnits();
        const QByteArray bytes
            = QByteArray("Mã,Họ và tên,Mã đơn vị,Lãnh đạo\nP1,An,SNV,") + text.toUtf8() + '\n';
        const ImportPlan plan
            = CatalogueImport::planPeople(db->connection(), read(writeFile(QStringLiteral("l.csv"), bytes)));
        QCOMPARE(plan.entries.size(), 1);
        if (leader < 0) {
            QCOMPARE(plan.entries.at(0).action, Action::Reject);
            QCOMPARE(plan.entries.at(0).problems.at(0).column, QStringLiteral("Lãnh đạo"));
        } else {
            QCOMPARE(plan.entries.at(0).action, Action::Create);
            QCOMPARE(plan.entries.at(0).values.value(QStringLiteral("is_leader")).toInt(), leader);
        }
    }

    void applyPeopleFromWorkbookAndKeepsAbsentColumns()
    {
        auto db = databaseWithUnits();
        const QString path
            = writeXlsx(QStringLiteral("people.xlsx"),
                        {{QStringLiteral("Code"), QStringLiteral("Full name"), QStringLiteral("Position"),
                          QStringLiteral("Unit"), QStringLiteral("Leader")},
                         {QStringLiteral("P1"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("Giám đốc"),
                          QStringLiteral("SNV"), QStringLiteral("x")},
                         {QStringLiteral("P2"), QStringLiteral("Lê Thị Hoa"), QString(),
                          QStringLiteral("PTC"), QString()}});
        ImportPlan plan = CatalogueImport::planPeople(db->connection(), read(path));
        QString error;
        QVERIFY2(CatalogueImport::apply(*db, plan, Role::Administrator, QStringLiteral("tester"), &error),
                 qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM people")), 2);
        QCOMPARE(value(*db,
                       QStringLiteral("SELECT u.code FROM people p JOIN units u ON u.id = p.unit_id "
                                      "WHERE p.code = 'P2'")),
                 QStringLiteral("PTC"));
        QCOMPARE(value(*db, QStringLiteral("SELECT is_leader FROM people WHERE code = 'P1'")),
                 QStringLiteral("1"));
        QCOMPARE(value(*db, QStringLiteral("SELECT search_key FROM people WHERE code = 'P1'")),
                 QStringLiteral("nguyen van an"));
        QCOMPARE(value(*db, QStringLiteral("SELECT entity FROM outbox ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("people"));
        QCOMPARE(value(*db, QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("tester"));

        // A list without the position and leader columns leaves them as they are.
        plan = CatalogueImport::planPeople(
            db->connection(),
            read(writeFile(QStringLiteral("short.csv"), "Mã,Họ và tên,Mã đơn vị\nP1,Nguyễn Văn An,SNV\n")));
        QCOMPARE(plan.count(Action::Unchanged), 1);
        plan = CatalogueImport::planPeople(
            db->connection(),
            read(writeFile(QStringLiteral("move.csv"), "Mã,Họ và tên,Mã đơn vị\nP1,Nguyễn Văn An,PTC\n")));
        QCOMPARE(plan.count(Action::Update), 1);
        QCOMPARE(plan.entries.at(0).changedColumns, QStringList{QStringLiteral("Mã đơn vị")});
        QVERIFY(CatalogueImport::apply(*db, plan, Role::Administrator, QStringLiteral("tester"), &error));
        QCOMPARE(
            value(*db, QStringLiteral("SELECT position || '|' || is_leader FROM people WHERE code = 'P1'")),
            QStringLiteral("Giám đốc|1"));
        // The same name in the same unit under a new code: a warning, the row is created.
        plan = CatalogueImport::planPeople(
            db->connection(),
            read(writeFile(QStringLiteral("again.csv"), "Mã,Họ và tên,Mã đơn vị\nP9,nguyễn văn an,PTC\n")));
        QCOMPARE(plan.count(Action::Create), 1);
        QCOMPARE(plan.warningTexts(),
                 QStringList{
                     QStringLiteral("row 2, column «Họ và tên»: the database already has \"nguyễn văn an\" "
                                    "in this unit, with the code \"P1\"; check that these are two "
                                    "different people")});
    }

    void severalFilesInOneTransaction()
    {
        auto db = newDatabase();
        const Table units = read(writeFile(QStringLiteral("units.csv"), UnitsCsv));
        const Table more
            = read(writeFile(QStringLiteral("more.csv"),
                             "code,name,kind,parent\nPTC,Trùng mã,phòng,SNV\nVP,Văn phòng,phòng,SNV\n"));
        const ImportPlan first = CatalogueImport::planUnits(db->connection(), units);
        const ImportPlan second = CatalogueImport::planUnits(db->connection(), more, {first});
        QCOMPARE(second.problemTexts(),
                 QStringList{
                     QStringLiteral("row 2, column «code»: the code \"PTC\" is already in row 5 of the file "
                                    "\"%1\"")
                         .arg(units.sourceName)});
        QCOMPARE(second.entries.at(1).action, Action::Create); // its parent comes from the first file
        QString error;
        QVERIFY(!CatalogueImport::apply(*db, QList<ImportPlan>{first, second}, Role::Administrator,
                                        QStringLiteral("tester"), &error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM units")), 0);

        // People may refer to units of a plan applied with them.
        const ImportPlan people = CatalogueImport::planPeople(
            db->connection(), read(writeFile(QStringLiteral("p.csv"), "Mã,Họ và tên,Mã đơn vị\nP1,An,PTC\n")),
            {first});
        QVERIFY(people.isApplicable());
        QVERIFY2(CatalogueImport::apply(*db, QList<ImportPlan>{people, first}, Role::Administrator,
                                        QStringLiteral("tester"), &error),
                 qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM units")), 4);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM people")), 1);
    }

    void parentLoopsAreRejected()
    {
        auto db = databaseWithUnits();
        // SNV is below LS in the database; making LS a child of PTC (below SNV) would loop.
        const ImportPlan plan = CatalogueImport::planUnits(
            db->connection(),
            read(writeFile(QStringLiteral("loop.csv"), "code,name,kind,parent\nLS,Tỉnh,tỉnh,PTC\n")));
        QCOMPARE(
            plan.problemTexts(),
            QStringList{QStringLiteral("row 2, column «parent»: the unit \"PTC\" is below this unit, so the "
                                       "chain of parent units would loop")});
    }

    void failureInTheTransactionWritesNothing()
    {
        auto db = databaseWithUnits();
        const qint64 outbox = count(*db, QStringLiteral("SELECT COUNT(*) FROM outbox"));
        ImportPlan plan = CatalogueImport::planPeople(
            db->connection(),
            read(writeFile(QStringLiteral("p.csv"),
                           "Mã,Họ và tên,Mã đơn vị\nP1,An,SNV\nP2,Bình,SNV\nP3,Chi,SNV\n")));
        QVERIFY(plan.isApplicable());
        plan.entries[2].values.insert(QStringLiteral("is_leader"), 7); // fails the CHECK constraint
        QString error;
        QVERIFY(!CatalogueImport::apply(*db, plan, Role::Administrator, QStringLiteral("tester"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM people")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM outbox")), outbox);
    }

    void refusesOldExcelFiles()
    {
        QString error;
        const QString path
            = writeFile(QStringLiteral("old.xls"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
        QVERIFY(!CatalogueImport::readTable(path, &error));
        QVERIFY(error.contains(QLatin1String(".xlsx")));
        QVERIFY(!CatalogueImport::readTable(m_dir.filePath(QStringLiteral("missing.csv")), &error));
        QVERIFY(error.contains(QLatin1String("missing.csv")));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCatalogueImport)
#include "TestCatalogueImport.moc"
