// Tabular files, .xlsx side: XlsxWriter's workbooks read back by TabularReader cell by cell, a
// workbook written by hand as another producer would (shared strings with rich text runs, inline
// strings, gaps in rows and columns, prefixed namespaces), and the errors of damaged files.

#include "TestSupport.h"
#include "tabular/TabularReader.h"
#include "tabular/XlsxReader.h"
#include "tabular/XlsxWriter.h"

#include <QFile>
#include <QTemporaryDir>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <cmath>

using danhgia::Table;
using danhgia::TabularReader;
using danhgia::TabularReadOptions;
using danhgia::XlsxReader;
using danhgia::XlsxWriter;

namespace {

using Parts = QList<QPair<QString, QByteArray>>;

const QByteArray Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QStringList cells(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items) {
        list.append(QString::fromUtf8(item));
    }
    return list;
}

bool writeZip(const QString& path, const Parts& parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        return false;
    }
    for (const auto& part : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.first))) {
            return false;
        }
        file.write(part.second);
        file.close();
        if (file.getZipError() != 0) {
            return false;
        }
    }
    zip.close();
    return zip.getZipError() == 0;
}

QByteArray zipPart(const QString& path, const QString& name)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name)) {
        return QByteArray();
    }
    QuaZipFile file(&zip);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

QByteArray relationship(const char* id, const char* type, const char* target)
{
    return QByteArray("<Relationship Id=\"") + id + "\" Type=\"" + Relationships + '/' + type + "\" Target=\""
        + target + "\"/>";
}

// A workbook as another producer writes it: the main namespace with an "x:" prefix in the first
// sheet, relationships with a "rel:" prefix, an absolute target, rich text and phonetic runs,
// inline strings, cells without references, a formula, booleans, an error and escapes.
Parts foreignWorkbook()
{
    const QByteArray xmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    return {
        {QStringLiteral("[Content_Types].xml"),
         xmlDecl + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {QStringLiteral("_rels/.rels"),
         xmlDecl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
             + relationship("rId1", "officeDocument", "xl/workbook.xml") + "</Relationships>"},
        {QStringLiteral("xl/workbook.xml"),
         xmlDecl + "<workbook xmlns=\"" + Main + "\" xmlns:rel=\"" + Relationships + "\"><sheets>"
             + "<sheet name=\"Dữ liệu\" sheetId=\"1\" rel:id=\"rId1\"/>"
             + "<sheet name=\"Tóm tắt\" sheetId=\"2\" rel:id=\"rId2\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         xmlDecl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
             + relationship("rId1", "worksheet", "worksheets/sheet1.xml")
             + relationship("rId2", "worksheet", "/xl/worksheets/sheet2.xml")
             + relationship("rId3", "sharedStrings", "sharedStrings.xml")
             + relationship("rId4", "styles", "styles.xml") + "</Relationships>"},
        {QStringLiteral("xl/sharedStrings.xml"),
         xmlDecl + "<sst xmlns=\"" + Main + "\" count=\"4\" uniqueCount=\"4\">"
             + "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Họ và </t></r><r><t>tên</t></r></si>"
             + "<si><t>Nguyễn Thị Ánh</t><rPh sb=\"0\" eb=\"1\"><t>ngữ âm</t></rPh><phoneticPr "
               "fontId=\"1\"/></si>"
             + "<si><t>Dòng 1_x000D_\nDòng 2</t></si>"
             + "<si><t>a_x005F_x0041_b &amp; &lt;c&gt;</t></si></sst>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         xmlDecl + "<x:worksheet xmlns:x=\"" + Main + "\"><x:dimension ref=\"A1:E7\"/><x:sheetData>"
             + "<x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c>"
             + "<x:c r=\"C1\" t=\"inlineStr\"><x:is><x:r><x:t xml:space=\"preserve\">Điểm </x:t></x:r>"
             + "<x:r><x:rPr><x:i/></x:rPr><x:t>TB</x:t></x:r></x:is></x:c>"
             + "<x:c r=\"D1\" t=\"inlineStr\"><x:is><x:t>Đạt</x:t></x:is></x:c></x:row>"
             + "<x:row r=\"3\"><x:c r=\"A3\" t=\"s\"><x:v>1</x:v></x:c><x:c r=\"C3\" "
               "s=\"2\"><x:v>85.67</x:v></x:c>"
             + "<x:c r=\"D3\" t=\"b\"><x:v>1</x:v></x:c>"
             + "<x:c r=\"E3\" t=\"str\"><x:f>A3&amp;\"!\"</x:f><x:v>Nguyễn Thị Ánh!</x:v></x:c></x:row>"
             + "<x:row r=\"4\" spans=\"1:5\"><x:c "
               "t=\"s\"><x:v>2</x:v></x:c><x:c><x:v>1.0000000000000002</x:v></x:c>"
             + "<x:c t=\"n\"><x:v>-3E-2</x:v></x:c><x:c t=\"b\"><x:v>0</x:v></x:c>"
             + "<x:c t=\"e\"><x:v>#DIV/0!</x:v></x:c></x:row>"
             + "<x:row r=\"6\"><x:c r=\"B6\" t=\"s\"><x:v>3</x:v></x:c><x:c r=\"C6\" s=\"1\"/></x:row>"
             + "<x:row r=\"7\"><x:c r=\"A7\" s=\"1\"/></x:row><x:row r=\"8\"/>"
             + "</x:sheetData><x:pageMargins left=\"0.7\"/></x:worksheet>"},
        {QStringLiteral("xl/worksheets/sheet2.xml"),
         xmlDecl + "<worksheet xmlns=\"" + Main + "\"><sheetData><row r=\"2\">"
             + "<c r=\"B2\" t=\"inlineStr\"><is><t>Tổng</t></is></c><c r=\"C2\"><v>42</v></c></row>"
             + "</sheetData></worksheet>"},
    };
}

Parts replacePart(Parts parts, const QString& name, const QByteArray& data)
{
    for (auto& part : parts) {
        if (part.first == name) {
            part.second = data;
        }
    }
    return parts;
}

} // namespace

class TestTabularXlsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writtenWorkbookReadsBackCellByCell()
    {
        const QString path = m_dir.filePath(QStringLiteral("kết quả đánh giá.xlsx"));
        const QStringList header = cells({"STT", "Họ và tên", "Điểm", "Xếp loại", "Ghi chú"});
        const QList<QStringList> texts{
            cells({"", "Nguyễn Văn Ánh", "", "Hoàn thành tốt nhiệm vụ", ""}),
            cells({"", "Trần Thị Đào", "", "Hoàn thành xuất sắc nhiệm vụ", "Được khen thưởng"}),
            cells({"", "Lê Hữu Phước", "", " tab\tvà _x0041_ \x01 CR\r\n ", "Dòng 1\nDòng 2"}),
            cells({"", "", "", "", ""}),
            cells({"", "", "", "", "Chỉ cột cuối — ỹ ữ ẵ"}),
        };
        const QList<double> scores{85.67, 90, 0.5};
        {
            XlsxWriter writer(path);
            QVERIFY(writer.addSheet(QStringLiteral("Kết quả")));
            QVERIFY(writer.writeHeader(header));
            QVERIFY(writer.setColumnWidths({6, 30, 10, 28, 40}));
            for (int row = 0; row < texts.size(); ++row) {
                for (int column = 0; column < header.size(); ++column) {
                    QVERIFY(writer.writeText(row + 1, column, texts.at(row).at(column)));
                }
                if (row < scores.size()) {
                    QVERIFY(writer.writeNumber(row + 1, 0, row + 1, QStringLiteral("0")));
                    QVERIFY(writer.writeNumber(row + 1, 2, scores.at(row), QStringLiteral("0.00")));
                }
            }
            QVERIFY(writer.addSheet(QStringLiteral("Tổng hợp")));
            QVERIFY(writer.writeText(0, 0, QStringLiteral("Số người")));
            QVERIFY(writer.writeNumber(0, 1, 3));
            QVERIFY(writer.writeNumber(0, 2, 0.1 + 0.2));
            QVERIFY(writer.writeNumber(0, 3, -1e21, QStringLiteral("#,##0")));
            QVERIFY2(writer.close(), qPrintable(writer.errorString()));
        }

        QString error;
        const auto table = TabularReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->sheetName, QStringLiteral("Kết quả"));
        QCOMPARE(table->header, header);
        QCOMPARE(table->rowNumbers, QList<int>({2, 3, 4, 5, 6}));
        const QStringList numbers{QStringLiteral("85.67"), QStringLiteral("90"), QStringLiteral("0.5")};
        for (int row = 0; row < texts.size(); ++row) {
            for (int column = 0; column < header.size(); ++column) {
                QString expected = texts.at(row).at(column);
                if (row < scores.size() && column == 0) {
                    expected = QString::number(row + 1);
                } else if (row < scores.size() && column == 2) {
                    expected = numbers.at(row);
                }
                QCOMPARE(table->cell(row, column), expected);
            }
        }
        QVERIFY(table->isBlankRow(3));

        const auto names = TabularReader::sheetNames(path, &error);
        QVERIFY2(names, qPrintable(error));
        QCOMPARE(*names, cells({"Kết quả", "Tổng hợp"}));
        const auto summary = TabularReader::readXlsx(path, &error, {QStringLiteral("TỔNG HỢP"), 0, QChar()});
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->sheetName, QStringLiteral("Tổng hợp"));
        // Numbers are written in their shortest exact form and read back as stored.
        QCOMPARE(summary->rows,
                 QList<QStringList>({cells({"Số người", "3", "0.30000000000000004", "-1E+21"})}));

        // The number format, the bold header and the frozen first row are in the file.
        const QByteArray styles = zipPart(path, QStringLiteral("xl/styles.xml"));
        QVERIFY(styles.contains("formatCode=\"0.00\""));
        QVERIFY(styles.contains("<b/>"));
        QVERIFY(styles.contains("wrapText=\"1\""));
        const QByteArray sheet = zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"));
        QVERIFY(sheet.contains("ySplit=\"1\""));
        QVERIFY(sheet.contains("state=\"frozen\""));
        QVERIFY(sheet.contains("<cols>"));
    }

    void writerErrors()
    {
        const QString path = m_dir.filePath(QStringLiteral("lỗi.xlsx"));
        {
            XlsxWriter writer(path);
            QVERIFY(!writer.addSheet(QStringLiteral("Quý 1/2024")));
            QVERIFY2(writer.errorString().contains(QStringLiteral("Quý 1/2024")),
                     qPrintable(writer.errorString()));
            QVERIFY(!writer.writeText(0, 0, QStringLiteral("x")));
            QVERIFY(!writer.close());
        }
        QVERIFY(!QFile::exists(path));
        {
            XlsxWriter writer(path);
            QVERIFY(writer.addSheet(QStringLiteral("Kết quả")));
            QVERIFY(!writer.addSheet(QStringLiteral("kết QUẢ")));
        }
        {
            XlsxWriter writer(path);
            QVERIFY(writer.addSheet(QStringLiteral("A")));
            QVERIFY(!writer.writeNumber(0, 0, std::nan("")));
            QVERIFY2(writer.errorString().contains(QStringLiteral("A1")), qPrintable(writer.errorString()));
        }
        {
            XlsxWriter writer(path);
            QVERIFY(!writer.writeText(0, 0, QStringLiteral("no sheet yet")));
        }
        {
            XlsxWriter writer(path);
            QVERIFY(writer.addSheet(QStringLiteral("A")));
            QVERIFY(!writer.writeText(0, 16384, QStringLiteral("x")));
        }
        {
            XlsxWriter writer(path);
            QVERIFY(writer.addSheet(QStringLiteral("A")));
            QVERIFY(writer.writeText(0, 0, QStringLiteral("never written")));
        }
        QVERIFY(!QFile::exists(path));

        {
            XlsxWriter writer(path);
            QVERIFY(writer.addSheet(QStringLiteral("A")));
            QVERIFY(writer.writeText(0, 0, QStringLiteral("x")));
            QVERIFY(writer.writeText(0, 0, QString()));
            QVERIFY(writer.close());
            QVERIFY(!writer.close());
        }
        QString error;
        const auto empty = TabularReader::readXlsx(path, &error, {QString(), 0, QChar()});
        QVERIFY2(empty, qPrintable(error));
        QCOMPARE(empty->rowCount(), 0);
        {
            XlsxWriter writer(path);
            QVERIFY(writer.close());
        }
        QCOMPARE(TabularReader::sheetNames(path, &error).value_or(QStringList()),
                 QStringList{QStringLiteral("Sheet1")});

        const QString nowhere = m_dir.filePath(QStringLiteral("không có/thư mục.xlsx"));
        XlsxWriter writer(nowhere);
        QVERIFY(writer.addSheet(QStringLiteral("A")));
        QVERIFY(!writer.close());
        QVERIFY2(writer.errorString().contains(QStringLiteral("thư mục.xlsx")),
                 qPrintable(writer.errorString()));
    }

    void workbookOfAnotherProducer()
    {
        const QString path = m_dir.filePath(QStringLiteral("khác.xlsx"));
        QVERIFY(writeZip(path, foreignWorkbook()));
        QString error;
        const auto names = TabularReader::sheetNames(path, &error);
        QVERIFY2(names, qPrintable(error));
        QCOMPARE(*names, cells({"Dữ liệu", "Tóm tắt"}));

        const auto table = TabularReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->sheetName, QStringLiteral("Dữ liệu"));
        QCOMPARE(table->header, cells({"Họ và tên", "", "Điểm TB", "Đạt"}));
        QCOMPARE(table->headerNumber, 1);
        QCOMPARE(table->rowNumbers, QList<int>({2, 3, 4, 5, 6}));
        QCOMPARE(table->rows.at(0), QStringList());
        QCOMPARE(table->rows.at(1), cells({"Nguyễn Thị Ánh", "", "85.67", "TRUE", "Nguyễn Thị Ánh!"}));
        QCOMPARE(table->rows.at(2),
                 cells({"Dòng 1\r\nDòng 2", "1.0000000000000002", "-3E-2", "FALSE", "#DIV/0!"}));
        QCOMPARE(table->rows.at(3), QStringList());
        QCOMPARE(table->rows.at(4), cells({"", "a_x0041_b & <c>"}));
        QCOMPARE(table->cell(1, 1), QString());
        QCOMPARE(table->cell(4, 4), QString());

        const auto summary = TabularReader::readXlsx(path, &error, {QStringLiteral("tóm tắt"), 0, QChar()});
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->rows, QList<QStringList>({QStringList(), cells({"", "Tổng", "42"})}));
        QCOMPARE(summary->rowNumbers, QList<int>({1, 2}));

        QCOMPARE(XlsxReader::decodeEscapes(QStringLiteral("_x0009_x_x00_y_xZZZZ_")),
                 QStringLiteral("\tx_x00_y_xZZZZ_"));
    }

    void damagedZipIsReported()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("hỏng.xlsx"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 this is not a zip archive at all");
        file.close();
        QString error;
        QVERIFY(!TabularReader::read(garbage, &error));
        QVERIFY2(error.contains(QStringLiteral("hỏng.xlsx")), qPrintable(error));

        const QString whole = m_dir.filePath(QStringLiteral("đủ.xlsx"));
        QVERIFY(writeZip(whole, foreignWorkbook()));
        QFile source(whole);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        const QString cut = m_dir.filePath(QStringLiteral("cụt.xlsx"));
        QFile truncated(cut);
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(bytes.left(bytes.size() / 2));
        truncated.close();
        QVERIFY(!TabularReader::read(cut, &error));
        QVERIFY2(error.contains(QStringLiteral("cụt.xlsx")), qPrintable(error));

        QVERIFY(!TabularReader::read(m_dir.filePath(QStringLiteral("không có.xlsx")), &error));
        QVERIFY2(error.contains(QStringLiteral("không có.xlsx")), qPrintable(error));
    }

    void missingSheetListsTheSheets()
    {
        const QString path = m_dir.filePath(QStringLiteral("thiếu.xlsx"));
        QVERIFY(writeZip(path, foreignWorkbook()));
        QString error;
        QVERIFY(!TabularReader::readXlsx(path, &error, {QStringLiteral("Quý 3"), 1, QChar()}));
        QVERIFY2(error.contains(QStringLiteral("thiếu.xlsx")) && error.contains(QStringLiteral("Quý 3"))
                     && error.contains(QStringLiteral("Dữ liệu"))
                     && error.contains(QStringLiteral("Tóm tắt")),
                 qPrintable(error));
    }

    void brokenPartsAreNamed()
    {
        QString error;
        const QString malformed = m_dir.filePath(QStringLiteral("xml.xlsx"));
        QVERIFY(writeZip(malformed,
                         replacePart(foreignWorkbook(), QStringLiteral("xl/worksheets/sheet1.xml"),
                                     "<worksheet xmlns=\"" + Main
                                         + "\"><sheetData>\n<row r=\"1\"><c r=\"A1\"><v>1</v></row>"
                                           "</sheetData></worksheet>")));
        QVERIFY(!TabularReader::read(malformed, &error));
        QVERIFY2(error.contains(QStringLiteral("xml.xlsx")) && error.contains(QStringLiteral("sheet1.xml"))
                     && error.contains(QStringLiteral(" 2")),
                 qPrintable(error));

        const QString missingPart = m_dir.filePath(QStringLiteral("part.xlsx"));
        Parts parts = foreignWorkbook();
        parts.removeIf(
            [](const auto& part) { return part.first == QLatin1String("xl/worksheets/sheet1.xml"); });
        QVERIFY(writeZip(missingPart, parts));
        QVERIFY(!TabularReader::read(missingPart, &error));
        QVERIFY2(error.contains(QStringLiteral("part.xlsx")) && error.contains(QStringLiteral("sheet1.xml")),
                 qPrintable(error));
        // The other sheet still reads.
        QVERIFY2(TabularReader::readXlsx(missingPart, &error, {QStringLiteral("Tóm tắt"), 2, QChar()}),
                 qPrintable(error));

        const QString badIndex = m_dir.filePath(QStringLiteral("index.xlsx"));
        QVERIFY(writeZip(badIndex,
                         replacePart(foreignWorkbook(), QStringLiteral("xl/worksheets/sheet1.xml"),
                                     "<worksheet xmlns=\"" + Main
                                         + "\"><sheetData><row r=\"1\"><c r=\"B1\" t=\"s\"><v>9</v></c>"
                                           "</row></sheetData></worksheet>")));
        QVERIFY(!TabularReader::read(badIndex, &error));
        QVERIFY2(error.contains(QStringLiteral("index.xlsx")) && error.contains(QStringLiteral("B1")),
                 qPrintable(error));
    }

    void oldXlsIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("cũ.xls"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(504, '\0'));
        file.close();
        QCOMPARE(TabularReader::formatOf(path), TabularReader::Format::Ole);
        QString error;
        QVERIFY(!TabularReader::read(path, &error));
        QVERIFY2(error.contains(QStringLiteral("cũ.xls")), qPrintable(error));
        // An .xlsx renamed to .csv is still read as a workbook.
        const QString renamed = m_dir.filePath(QStringLiteral("đổi tên.csv"));
        QVERIFY(writeZip(renamed, foreignWorkbook()));
        QCOMPARE(TabularReader::formatOf(renamed), TabularReader::Format::Xlsx);
    }

private:
    QTemporaryDir m_dir;
};

DANHGIA_TEST_GUILESS_MAIN(TestTabularXlsx)
#include "TestTabularXlsx.moc"
