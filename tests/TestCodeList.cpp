// A list of codes as a user gives it (text/CodeList): pasted text, or the code column of a table
// read from a CSV or Excel file; each code once, in the order given. The participants page of a
// campaign and `danhgia-cli campaign create --participants` read their lists with it.

#include "TestSupport.h"
#include "text/CodeList.h"

using namespace danhgia;

class TestCodeList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromText()
    {
        QCOMPARE(CodeList::fromText(QStringLiteral(" CC01\nCC02, CC03;CC01\tXCL  XHL\r\n")),
                 (QStringList{QStringLiteral("CC01"), QStringLiteral("CC02"), QStringLiteral("CC03"),
                              QStringLiteral("XCL"), QStringLiteral("XHL")}));
        QVERIFY(CodeList::fromText(QStringLiteral(" \n ,; ")).isEmpty());
    }

    void fromTableByTitle()
    {
        Table table;
        table.sourceName = QStringLiteral("ds.xlsx");
        table.header = {QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Mã cán bộ")};
        table.appendRow({QStringLiteral("1"), QStringLiteral("Hoàng Văn Bình"), QStringLiteral(" CC01 ")}, 2);
        table.appendRow({}, 3);
        table.appendRow({QStringLiteral("2"), QStringLiteral("Nguyễn Thị An"), QStringLiteral("CC02")}, 4);
        table.appendRow({QStringLiteral("3"), QStringLiteral("Hoàng Văn Bình"), QStringLiteral("CC01")}, 5);
        QString error;
        QCOMPARE(CodeList::fromTable(table, &error),
                 (QStringList{QStringLiteral("CC01"), QStringLiteral("CC02")}));
        table.header[2] = QStringLiteral("MA");
        QCOMPARE(CodeList::fromTable(table, &error)->size(), 2);
        table.header[2] = QStringLiteral("code");
        QCOMPARE(CodeList::fromTable(table, &error)->size(), 2);
    }

    void singleColumnWithoutTitle()
    {
        Table table;
        table.header = {QStringLiteral("XCL")};
        table.appendRow({QStringLiteral("XHL")}, 2);
        QString error;
        QCOMPARE(CodeList::fromTable(table, &error),
                 (QStringList{QStringLiteral("XCL"), QStringLiteral("XHL")}));
    }

    void noCodeColumn()
    {
        Table table;
        table.sourceName = QStringLiteral("ds.csv");
        table.header = {QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ")};
        table.appendRow({QStringLiteral("Nguyễn Thị An"), QStringLiteral("Chuyên viên")}, 2);
        QString error;
        QVERIFY(!CodeList::fromTable(table, &error));
        QVERIFY2(error.contains(QStringLiteral("ds.csv")) && error.contains(QStringLiteral("Mã")),
                 qPrintable(error));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCodeList)
#include "TestCodeList.moc"
