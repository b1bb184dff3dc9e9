#include "demo/DemoCatalogue.h"

#include <array>

namespace danhgia {

namespace {

struct UnitRow
{
    const char* code;
    const char* name;
    const char* kind;
    const char* parent;
};

// Departments (sở) and communes (xã) directly under the province, as after the 2025 merger;
// two offices (phòng) under the Department of Home Affairs.
constexpr std::array<UnitRow, 11> Units{{
    {"UBND-LS", "Ủy ban nhân dân tỉnh Lạng Sơn", "province", ""},
    {"SNV", "Sở Nội vụ", "department", "UBND-LS"},
    {"STC", "Sở Tài chính", "department", "UBND-LS"},
    {"SYT", "Sở Y tế", "department", "UBND-LS"},
    {"SGDDT", "Sở Giáo dục và Đào tạo", "department", "UBND-LS"},
    {"SXD", "Sở Xây dựng", "department", "UBND-LS"},
    {"SNNMT", "Sở Nông nghiệp và Môi trường", "department", "UBND-LS"},
    {"XCL", "Ủy ban nhân dân xã Chi Lăng", "commune", "UBND-LS"},
    {"XDD", "Ủy ban nhân dân xã Đồng Đăng", "commune", "UBND-LS"},
    {"SNV-CCVC", "Phòng Công chức, viên chức", "office", "SNV"},
    {"SNV-CCHC", "Phòng Cải cách hành chính", "office", "SNV"},
}};

// Family, middle and given names combined into 40 different people.
constexpr std::array<const char*, 10> FamilyNames{
    {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hà"}};
constexpr std::array<const char*, 8> MiddleNames{
    {"Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang", "Thanh"}};
constexpr std::array<const char*, 20> GivenNames{{"An",  "Bình", "Cường", "Dung",   "Đạt",  "Giang", "Hà",
                                                  "Hải", "Hạnh", "Hùng",  "Khánh",  "Lan",  "Linh",  "Long",
                                                  "Mai", "Nam",  "Ngọc",  "Phương", "Quân", "Yến"}};

// Where the 40 people work: the units that score their staff monthly.
constexpr std::array<const char*, 8> StaffUnits{
    {"SNV-CCVC", "SNV-CCHC", "STC", "SYT", "SGDDT", "SXD", "XCL", "XDD"}};

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

Table DemoCatalogue::units()
{
    Table table;
    table.sourceName = QStringLiteral("demo-units");
    table.header = {QStringLiteral("Mã đơn vị"), QStringLiteral("Tên đơn vị"), QStringLiteral("Loại"),
                    QStringLiteral("Mã đơn vị cấp trên")};
    table.headerNumber = 1;
    int line = 2;
    for (const UnitRow& unit : Units) {
        table.rows.append({text(unit.code), text(unit.name), text(unit.kind), text(unit.parent)});
        table.rowNumbers.append(line++);
    }
    return table;
}

Table DemoCatalogue::people()
{
    Table table;
    table.sourceName = QStringLiteral("demo-people");
    table.header = {QStringLiteral("Mã"),        QStringLiteral("Họ và tên"),     QStringLiteral("Chức vụ"),
                    QStringLiteral("Mã đơn vị"), QStringLiteral("Nhóm nhiệm vụ"), QStringLiteral("Lãnh đạo")};
    table.headerNumber = 1;
    for (int i = 0; i < 40; ++i) {
        const QString name = text(FamilyNames[i % FamilyNames.size()]) + QLatin1Char(' ')
            + text(MiddleNames[(i * 3) % MiddleNames.size()]) + QLatin1Char(' ')
            + text(GivenNames[(i * 7) % GivenNames.size()]);
        const int unitIndex = i % static_cast<int>(StaffUnits.size());
        // The first person of each unit leads it; the second is a deputy head.
        const int rank = i / static_cast<int>(StaffUnits.size());
        const bool leader = rank < 2;
        QString position;
        if (rank == 0) {
            position = QStringLiteral("Trưởng phòng");
        } else if (rank == 1) {
            position = QStringLiteral("Phó Trưởng phòng");
        } else if (rank == 2) {
            position = QStringLiteral("Chuyên viên chính");
        } else {
            position = QStringLiteral("Chuyên viên");
        }
        table.rows.append({QStringLiteral("CC%1").arg(i + 1, 3, 10, QLatin1Char('0')), name, position,
                           text(StaffUnits[unitIndex]), leader ? leaderGroup() : specialistGroup(),
                           leader ? QStringLiteral("có") : QStringLiteral("không")});
        table.rowNumbers.append(i + 2);
    }
    return table;
}

QStringList DemoCatalogue::departmentCodes()
{
    return {QStringLiteral("SNV"),   QStringLiteral("STC"), QStringLiteral("SYT"),
            QStringLiteral("SGDDT"), QStringLiteral("SXD"), QStringLiteral("SNNMT")};
}

QString DemoCatalogue::unitName(const QString& code)
{
    for (const UnitRow& unit : Units) {
        if (code == QLatin1String(unit.code)) {
            return text(unit.name);
        }
    }
    return code;
}

QString DemoCatalogue::leaderGroup()
{
    return QStringLiteral("Lãnh đạo phòng");
}

QString DemoCatalogue::specialistGroup()
{
    return QStringLiteral("Chuyên viên");
}

} // namespace danhgia
