// Spreadsheets read into a score sheet (issue 13, item 7): a leaf's value written in a cell, the
// self-assessed values of a sheet (one row per criterion) and a task list (one row per task),
// each row checked on its own with a message that names the row and the criterion.

#include "TestSupport.h"

#include "criteria/CriteriaSetReader.h"
#include "scoring/LeafValueParser.h"
#include "scoring/SheetValuesTable.h"
#include "scoring/TaskListTable.h"

using namespace danhgia;

class TestSheetValuesTable : public QObject
{
    Q_OBJECT

private:
    CriteriaSet m_set;

    const Criterion& leaf(const char* code) const
    {
        return m_set.node(m_set.indexOf(QString::fromLatin1(code)));
    }

    std::optional<LeafValue> parse(const char* code, const QString& text, QString* error = nullptr) const
    {
        QString ignored;
        return LeafValueParser::parse(leaf(code), m_set.decimals, text, error ? error : &ignored);
    }

private Q_SLOTS:
    void initTestCase()
    {
        ValidationIssues issues;
        m_set = CriteriaSetReader::read(test::readData(QStringLiteral("sheet/every-method.criteria.json")),
                                        &issues);
        QVERIFY(m_set.indexOf(QStringLiteral("2.4")) >= 0);
    }

    void numbersTheVietnameseOrTheSpreadsheetWay()
    {
        QCOMPARE(LeafValueParser::parseNumber(QStringLiteral("8,5"))->toDisplayString(),
                 QStringLiteral("8.5"));
        QCOMPARE(LeafValueParser::parseNumber(QStringLiteral("8.5"))->toDisplayString(),
                 QStringLiteral("8.5"));
        QCOMPARE(LeafValueParser::parseNumber(QStringLiteral("1.000,25")),
                 Decimal::fromString(QStringLiteral("1000.25")));
        QCOMPARE(LeafValueParser::parseNumber(QStringLiteral(" 9 ")), Decimal::fromInt(9));
        QVERIFY(!LeafValueParser::parseNumber(QStringLiteral("tám")));
        QVERIFY(!LeafValueParser::parseNumber(QString()));
        QCOMPARE(*LeafValueParser::parseCount(QStringLiteral("1.000")), 1000);
        QCOMPARE(*LeafValueParser::parseCount(QStringLiteral("3.0")), 3);
        QVERIFY(!LeafValueParser::parseCount(QStringLiteral("1,5")));
        QVERIFY(!LeafValueParser::parseCount(QStringLiteral("-2")));
    }

    void yesAndNoInVietnameseWords()
    {
        for (const char* yes : {"có", "Có", "CO", "x", "Đạt", "1"}) {
            QCOMPARE(LeafValueParser::parseYesNo(QString::fromUtf8(yes)), std::optional<bool>(true));
        }
        for (const char* no : {"không", "Khong", "không đạt", "Chưa đạt", "0"}) {
            QCOMPARE(LeafValueParser::parseYesNo(QString::fromUtf8(no)), std::optional<bool>(false));
        }
        QVERIFY(!LeafValueParser::parseYesNo(QStringLiteral("có lẽ")));
    }

    void aValueForEachMethod()
    {
        QCOMPARE(parse("1.1", QStringLiteral("8,5"))->number, Decimal::fromUnits(85000));
        QCOMPARE(parse("1.1", QStringLiteral("8,5"))->kind, LeafValue::Kind::Points);
        QCOMPARE(parse("1.2", QStringLiteral("có"))->yes, true);
        QCOMPARE(parse("1.3", QStringLiteral("kha"))->level, 1); // "Khá", typed without accents
        QCOMPARE(parse("1.3", QStringLiteral("Chưa đạt"))->level, 3);
        QCOMPARE(parse("1.3", QStringLiteral("3"))->level, 2); // the third level as listed
        QCOMPARE(parse("1.4", QStringLiteral("2"))->count, 2);
        const auto ratio = parse("2.1", QStringLiteral("9 / 10"));
        QCOMPARE(ratio->kind, LeafValue::Kind::Ratio);
        QCOMPARE(ratio->done, 9);
        QCOMPARE(ratio->total, 10);
        QCOMPARE(parse("2.2", QStringLiteral("3/4"))->kind, LeafValue::Kind::Ratio);
        QCOMPARE(parse("2.3", QStringLiteral("12,5"))->kind, LeafValue::Kind::Value);
        QCOMPARE(parse("2.2", QStringLiteral("Không áp dụng"))->kind, LeafValue::Kind::NotApplicable);
    }

    void aValueTheMethodRefusesSaysWhatTheLeafTakes()
    {
        QString error;
        QVERIFY(!parse("1.1", QStringLiteral("8,3"), &error)); // the step is 0.5
        QVERIFY2(error.contains(QStringLiteral("8,3")), qPrintable(error));
        QVERIFY(!parse("1.1", QStringLiteral("11"), &error)); // above the maximum of 10
        QVERIFY(!error.isEmpty());
        QVERIFY(!parse("1.1", QStringLiteral("tám"), &error));
        QVERIFY2(error.contains(QStringLiteral("tám")), qPrintable(error));
        QVERIFY(!parse("1.2", QStringLiteral("có lẽ"), &error));
        QVERIFY(!parse("1.3", QStringLiteral("Xuất sắc"), &error));
        QVERIFY2(error.contains(QStringLiteral("1. Tốt")) && error.contains(QStringLiteral("4. Chưa đạt")),
                 qPrintable(error));
        QVERIFY(!parse("1.3", QStringLiteral("5"), &error)); // there are 4 levels
        QVERIFY(!parse("1.4", QStringLiteral("1,5"), &error));
        QVERIFY(!parse("2.1", QStringLiteral("11/10"), &error)); // more done than the total
        QVERIFY(!parse("2.1", QStringLiteral("90%"), &error));
        QVERIFY2(error.contains(QStringLiteral("9/10")), qPrintable(error));
        QVERIFY(!parse("1.1", QStringLiteral("KAD"), &error)); // 1.1 may not be not applicable
        QVERIFY(!error.isEmpty());
        QVERIFY(!parse("2.4", QStringLiteral("3"), &error)); // a task list is not one cell
        QVERIFY(!error.isEmpty());
    }

    void aSheetRowByRow()
    {
        const Table table = test::fixtureTable(
            {QStringLiteral("STT"), QStringLiteral("Mã tiêu chí"), QStringLiteral("Tên tiêu chí"),
             QStringLiteral("Giá trị"), QStringLiteral("Giải trình")},
            {{QStringLiteral("1"), QStringLiteral("1.1"), QStringLiteral("Chất lượng"), QStringLiteral("9"),
              QString()},
             {QStringLiteral("2"), QStringLiteral("1.2"), QString(), QStringLiteral("không"),
              QStringLiteral("Kế hoạch ban hành chậm do chờ ý kiến")},
             {QString(), QStringLiteral("1"), QStringLiteral("Chấm trực tiếp"), QString(), QString()},
             {QString(), QString(), QString(), QString(), QString()},
             {QStringLiteral("3"), QStringLiteral("9.9"), QString(), QStringLiteral("1"), QString()},
             {QStringLiteral("4"), QStringLiteral("1.1"), QString(), QStringLiteral("8"), QString()},
             {QStringLiteral("5"), QStringLiteral("2"), QString(), QStringLiteral("70"), QString()},
             {QStringLiteral("6"), QString(), QString(), QStringLiteral("5"), QString()},
             {QStringLiteral("7"), QStringLiteral("1.3"), QString(), QString(), QString()},
             {QStringLiteral("8"), QStringLiteral("2.1"), QString(), QStringLiteral("9 trên 10"),
              QString()}});
        const SheetValuesTable::Result read = SheetValuesTable::read(table, m_set);
        QVERIFY(read.problem.isEmpty());
        QCOMPARE(read.rows.size(), 9); // the blank row is left out
        const auto row = [&](int i) { return read.rows.at(i); };
        QCOMPARE(row(0).number, 2);
        QCOMPARE(row(0).code, QStringLiteral("1.1"));
        QCOMPARE(row(0).value->number, Decimal::fromInt(9));
        QVERIFY(row(0).problem.isEmpty());
        QCOMPARE(row(1).value->yes, false);
        QVERIFY(row(1).hasExplanation);
        QCOMPARE(row(1).explanation, QStringLiteral("Kế hoạch ban hành chậm do chờ ý kiến"));
        QVERIFY(row(2).problem.isEmpty()); // a group's row without a value: its title only
        QVERIFY(!row(2).value);
        QCOMPARE(row(3).number, 6);
        QVERIFY2(row(3).problem.contains(QStringLiteral("9.9")), qPrintable(row(3).problem));
        QVERIFY2(row(4).problem.contains(QStringLiteral("1.1"))
                     && row(4).problem.contains(QStringLiteral("2")),
                 qPrintable(row(4).problem)); // already on row 2
        QVERIFY(!row(4).value);
        QVERIFY(!row(5).problem.isEmpty()); // a group with a value
        QVERIFY(!row(6).problem.isEmpty()); // no code
        QVERIFY(row(7).problem.isEmpty()); // no value: nothing to change
        QVERIFY(!row(7).value);
        QVERIFY2(row(8).problem.contains(QStringLiteral("2.1"))
                     && row(8).problem.contains(QStringLiteral("9 trên 10")),
                 qPrintable(row(8).problem));
        QCOMPARE(read.refusedCount(), 5);
    }

    void columnTitlesWithoutAccentsOrOtherWords()
    {
        const Table table
            = test::fixtureTable({QStringLiteral("MA TIEU CHI"), QStringLiteral("Điểm tự đánh giá")},
                                 {{QStringLiteral("1.4"), QStringLiteral("1")}});
        const auto read = SheetValuesTable::read(table, m_set);
        QVERIFY(read.problem.isEmpty());
        QCOMPARE(read.rows.at(0).value->count, 1);
    }

    void aFileWithoutTheColumnsSaysWhichAreMissing()
    {
        const Table table = test::fixtureTable({QStringLiteral("Tiêu chí"), QStringLiteral("Số")},
                                               {{QStringLiteral("1.1"), QStringLiteral("9")}});
        const auto read = SheetValuesTable::read(table, m_set);
        QVERIFY2(read.problem.contains(QStringLiteral("\"Mã tiêu chí\"")), qPrintable(read.problem));
        QVERIFY2(read.problem.contains(QStringLiteral("\"Giá trị\"")), qPrintable(read.problem));
        QVERIFY(read.rows.isEmpty());
    }

    void aTaskListRowByRow()
    {
        const Table table = test::fixtureTable(
            {QStringLiteral("Nhiệm vụ"), QStringLiteral("Hệ số"), QStringLiteral("Hoàn thành"),
             QStringLiteral("Lỗi chất lượng"), QStringLiteral("Chậm tiến độ"),
             QStringLiteral("Có lý do khách quan")},
            {{QStringLiteral("Tham mưu kế hoạch CCHC năm"), QStringLiteral("1,5"), QStringLiteral("có"),
              QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("không")},
             {QStringLiteral("Báo cáo quý"), QString(), QString(), QString(), QString(), QString()},
             {QString(), QStringLiteral("0"), QStringLiteral("có lẽ"), QStringLiteral("-1"), QString(),
              QString()},
             {QStringLiteral("Rà soát thủ tục"), QString(), QStringLiteral("x"), QString(),
              QStringLiteral("2"), QStringLiteral("có")}});
        const TaskListTable::Result read = TaskListTable::read(table);
        QVERIFY(read.problem.isEmpty());
        QCOMPARE(read.rows.size(), 4);
        const TaskItem first = *read.rows.at(0).item;
        QCOMPARE(first.title, QStringLiteral("Tham mưu kế hoạch CCHC năm"));
        QCOMPARE(first.weight, Decimal::fromUnits(15000));
        QVERIFY(first.done);
        QCOMPARE(first.qualityFailures, 1);
        QVERIFY(!first.excused);
        const TaskItem defaults = *read.rows.at(1).item; // blank cells: coefficient 1, not done, 0, 0
        QCOMPARE(defaults.weight, Decimal::fromInt(1));
        QVERIFY(!defaults.done);
        QCOMPARE(defaults.delays, 0);
        const TaskListTable::Row& bad = read.rows.at(2);
        QVERIFY(!bad.item);
        QCOMPARE(bad.number, 4);
        for (const char* part : {"chưa có tên", "\"0\"", "có lẽ", "\"-1\""}) {
            QVERIFY2(bad.problem.contains(QString::fromUtf8(part)), qPrintable(bad.problem));
        }
        QCOMPARE(read.rows.at(3).item->delays, 2);
        QVERIFY(read.rows.at(3).item->excused);
        QCOMPARE(read.refusedCount(), 1);
        QCOMPARE(read.items().size(), 3);
    }

    void aTaskFileNeedsItsTaskColumn()
    {
        const auto read
            = TaskListTable::read(test::fixtureTable({QStringLiteral("Hệ số")}, {{QStringLiteral("1")}}));
        QVERIFY2(read.problem.contains(QStringLiteral("\"Nhiệm vụ\"")), qPrintable(read.problem));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSheetValuesTable)
#include "TestSheetValuesTable.moc"
