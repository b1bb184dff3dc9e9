// Unit tests of CriteriaTableReader: a criteria set from a spreadsheet template.

#include "TestSupport.h"
#include "criteria/CriteriaSetReader.h"
#include "criteria/CriteriaTableReader.h"
#include "tabular/TabularReader.h"

#include <QJsonArray>

using namespace danhgia;

namespace {

// Part of tests/data/examples/cchc-so-2026.criteria.json, as an officer would fill the template.
const char ExampleCsv[]
    = "Mã,Tiêu chí,Điểm tối đa,Phương pháp,Mức,Tài liệu kiểm chứng,Bước,Trừ mỗi lần,Trừ tối đa,"
      "Không áp dụng được,Điểm sàn\n"
      "1,\"Công tác chỉ đạo, điều hành cải cách hành chính\",11,,,,,,,,\n"
      "1.1,Kế hoạch cải cách hành chính năm,2,,,,,,,,\n"
      "1.1.1,Ban hành kế hoạch CCHC năm kịp thời,\"0,5\",Chọn mức,"
      "\"Ban hành đúng thời hạn=0,5; Ban hành chậm=0,25; Không ban hành=0\",Bắt buộc,,,,,\n"
      "1.1.2,Mức độ hoàn thành kế hoạch CCHC,\"1,5\",Tỷ lệ theo khung,\"1=1,5; 0,8=1; 0,5=0,5\","
      "bắt buộc,,,,,\n"
      "1.2,\"Báo cáo CCHC định kỳ đầy đủ, đúng hạn\",1,ratio,1=1; 0.75=0.5,required,,,,,\n"
      "1.3,Kiểm tra công tác CCHC,2,,,,,,,,\n"
      "1.3.1,Tỷ lệ đơn vị trực thuộc được kiểm tra trong năm,1,Tỷ lệ,,Bắt buộc,,,,,\n"
      "1.3.2,Xử lý các vấn đề phát hiện qua kiểm tra,1,tỷ lệ theo khung,\"1=1; 0,7=0,5\",Bắt buộc,,,,Có,\n"
      "1.4,Công tác tuyên truyền CCHC,2,Chấm điểm,,Bắt buộc,\"0,25\",,,Không,\n"
      "1.5,\"Sáng kiến, giải pháp mới trong CCHC\",2,chon muc,"
      "Có sáng kiến được công nhận=2; Có giải pháp được triển khai=1; Không có=0,Không bắt buộc,,,,,\n"
      "1.6,Thực hiện nhiệm vụ được UBND tỉnh giao,2,Tỷ lệ theo khung,\"1=2; 0,9=1; 0,8=0,5\",Bắt buộc,,,,,\n"
      "9,Điểm trừ,0,,,,,,,,-2\n"
      "9.1,Vi phạm kỷ luật hành chính bị phát hiện,0,Điểm trừ,,Không bắt buộc,,\"0,5\",2,,\n";

Table readCsv(const QByteArray& csv)
{
    QString error;
    const auto table = TabularReader::readCsv(csv, QStringLiteral("test.csv"), &error);
    if (!table) {
        qFatal("CSV not read: %s", qPrintable(error));
    }
    return *table;
}

QString parentCode(const CriteriaSet& set, const Criterion& node)
{
    return node.parent < 0 ? QString() : set.node(node.parent).code;
}

bool issueAt(const ValidationIssues& issues, int row, const QString& column, const QString& code)
{
    const QString path
        = QCoreApplication::translate("CriteriaTableReader", "row %1, column «%2»").arg(row).arg(column);
    for (const ValidationIssue& issue : issues) {
        if (issue.isError() && issue.path == path && issue.code == code) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestCriteriaTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesJsonExample()
    {
        ValidationIssues issues;
        const auto json = CriteriaTableReader::toCriteriaJson(
            readCsv(ExampleCsv), QStringLiteral("cchc-so-2026"), 1, QStringLiteral("CCHC"),
            QStringLiteral("par_index"), &issues);
        for (const ValidationIssue& issue : issues) {
            qWarning("%s", qPrintable(issue.toText()));
        }
        QVERIFY(json.has_value());
        QVERIFY(!ValidationIssue::hasErrors(issues));
        ValidationIssues readIssues;
        const CriteriaSet fromTable = CriteriaSetReader::fromObject(*json, &readIssues);
        QVERIFY(!ValidationIssue::hasErrors(readIssues));
        const CriteriaSet example = CriteriaSetReader::read(
            danhgia::test::readData(QStringLiteral("examples/cchc-so-2026.criteria.json")), &readIssues);
        QVERIFY(!ValidationIssue::hasErrors(readIssues));

        QCOMPARE(fromTable.nodeCount(), 13);
        QCOMPARE(fromTable.topLevel().size(), 2);
        for (const Criterion& node : fromTable.nodes()) {
            const int index = example.indexOf(node.code);
            QVERIFY2(index >= 0, qPrintable(node.code));
            const Criterion& expected = example.node(index);
            const QByteArray what = node.code.toUtf8();
            QVERIFY2(node.title == expected.title, what.constData());
            QVERIFY2(node.max == expected.max, what.constData());
            QVERIFY2(node.floor == expected.floor, what.constData());
            QVERIFY2(node.isGroup == expected.isGroup, what.constData());
            QVERIFY2(parentCode(fromTable, node) == parentCode(example, expected), what.constData());
            QVERIFY2(node.evidence == expected.evidence, what.constData());
            QVERIFY2(node.naAllowed == expected.naAllowed, what.constData());
            if (node.isGroup) {
                QCOMPARE(node.children.size(), expected.children.size());
                continue;
            }
            const LeafMethod& got = node.method;
            const LeafMethod& want = expected.method;
            QVERIFY2(got.type == want.type, what.constData());
            QVERIFY2(got.step == want.step, what.constData());
            QVERIFY2(got.whenNone == want.whenNone, what.constData());
            QVERIFY2(got.perItem == want.perItem && got.limit == want.limit, what.constData());
            QCOMPARE(got.levels.size(), want.levels.size());
            for (int i = 0; i < got.levels.size(); ++i) {
                QCOMPARE(got.levels[i].title, want.levels[i].title);
                QVERIFY2(got.levels[i].points == want.levels[i].points, what.constData());
            }
            QCOMPARE(got.bands.size(), want.bands.size());
            for (int i = 0; i < got.bands.size(); ++i) {
                QVERIFY2(got.bands[i].from == want.bands[i].from, what.constData());
                QVERIFY2(got.bands[i].points == want.bands[i].points, what.constData());
            }
        }
        QCOMPARE(json->value(QStringLiteral("id")).toString(), QStringLiteral("cchc-so-2026"));
        QCOMPARE(json->value(QStringLiteral("kind")).toString(), QStringLiteral("par_index"));
    }

    void englishHeadersInAnotherOrder()
    {
        const Table table = readCsv("Method,Code,Title,Max,Evidence,NA_allowed\n"
                                    ",1,Group,3,,\n"
                                    "yes_no,1.1,Leaf,1,none,yes\n"
                                    "relative,1.2,Other,2,optional,no\n");
        ValidationIssues issues;
        const auto json = CriteriaTableReader::toCriteriaJson(
            table, QStringLiteral("s"), 2, QStringLiteral("S"), QStringLiteral("staff"), &issues);
        QVERIFY(json.has_value());
        const CriteriaSet set = CriteriaSetReader::fromObject(*json, &issues);
        QCOMPARE(set.version, 2);
        QCOMPARE(set.nodeCount(), 3);
        QVERIFY(set.node(set.indexOf(QStringLiteral("1.1"))).naAllowed);
        QVERIFY(set.node(set.indexOf(QStringLiteral("1.2"))).method.type == MethodType::Relative);
    }

    void reportsRowsAndColumns()
    {
        const Table table = readCsv("Mã,Tiêu chí,Điểm tối đa,Phương pháp,Mức,Tài liệu kiểm chứng\n"
                                    "1,Nhóm,5,,,\n"
                                    "1.1,Sai phương pháp,1,đoán mò,,\n"
                                    "1.2,Sai số,một,có/không,,\n"
                                    "2.1,Không có cha,1,có/không,,\n"
                                    "1.3,Sai mức,1,chọn mức,Tốt 1; Kém=0,\n"
                                    "1.4,Sai tài liệu,1,có/không,,có lẽ\n");
        ValidationIssues issues;
        const auto json = CriteriaTableReader::toCriteriaJson(
            table, QStringLiteral("x"), 1, QStringLiteral("X"), QStringLiteral("par_index"), &issues);
        QVERIFY(!json.has_value());
        QVERIFY(issueAt(issues, 3, QStringLiteral("Phương pháp"), QStringLiteral("1.1")));
        QVERIFY(issueAt(issues, 4, QStringLiteral("Điểm tối đa"), QStringLiteral("1.2")));
        QVERIFY(issueAt(issues, 5, QStringLiteral("Mã"), QStringLiteral("2.1")));
        QVERIFY(issueAt(issues, 6, QStringLiteral("Mức"), QStringLiteral("1.3")));
        QVERIFY(issueAt(issues, 7, QStringLiteral("Tài liệu kiểm chứng"), QStringLiteral("1.4")));
    }

    void missingColumnAndSetValidation()
    {
        ValidationIssues issues;
        QVERIFY(!CriteriaTableReader::toCriteriaJson(readCsv("Mã,Tiêu chí,Điểm tối đa\n1,A,1\n"),
                                                     QStringLiteral("x"), 1, QStringLiteral("X"),
                                                     QStringLiteral("par_index"), &issues)
                     .has_value());
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(QStringLiteral("Phương pháp")));

        // A level above the leaf's max passes the table but not CriteriaSetReader; the issue
        // names the row of the node.
        issues.clear();
        const Table table = readCsv("Mã,Tiêu chí,Điểm tối đa,Phương pháp,Mức\n"
                                    "1,A,1,chọn mức,Tốt=5; Kém=0\n");
        QVERIFY(!CriteriaTableReader::toCriteriaJson(table, QStringLiteral("x"), 1, QStringLiteral("X"),
                                                     QStringLiteral("par_index"), &issues)
                     .has_value());
        QVERIFY(ValidationIssue::hasErrors(issues));
        const QString marked = QCoreApplication::translate("CriteriaTableReader", "row %1 (%2)")
                                   .arg(2)
                                   .arg(QStringLiteral("@"));
        const QString prefix = marked.left(marked.indexOf(QLatin1Char('@')));
        bool located = false;
        for (const ValidationIssue& issue : issues) {
            located = located || issue.path.startsWith(prefix);
        }
        QVERIFY(located);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCriteriaTable)
#include "TestCriteriaTable.moc"
