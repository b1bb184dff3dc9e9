#include "demo/DemoCouncil.h"

#include "database/Database.h"
#include "demo/DemoSteps.h"
#include "stores/CouncilStore.h"

#include <array>

namespace danhgia {

namespace {

struct CandidateRow
{
    const char* id;
    const char* name;
    std::array<int, 5> scores; // tenths of a point, one per member
};

constexpr std::array<CandidateRow, 8> Candidates{{
    {"UV01", "Lý Thị Hồng Nhung", {{785, 800, 770, 790, 780}}},
    {"UV02", "Hoàng Minh Tuấn", {{650, 700, 680, 660, 690}}},
    {"UV03", "Triệu Thị Mai Anh", {{820, 700, 760, 790, 810}}}, // 12 points apart: dialogue
    {"UV04", "Nông Văn Khải", {{455, 480, 470, 500, 465}}},
    {"UV05", "Vi Thị Thu Trang", {{880, 860, 900, 870, 875}}},
    {"UV06", "Dương Quốc Việt", {{720, 600, 700, 690, 710}}}, // dialogue held, agreed 70
    {"UV07", "Chu Thị Lệ Quyên", {{600, 610, 590, 620, 605}}},
    {"UV08", "Mã Văn Hiếu", {{740, 760, 750, 745, 755}}},
}};

} // namespace

bool DemoCouncil::create(Database& db, QString* error)
{
    CouncilRecord record;
    CouncilSession& session = record.session;
    session.title = QStringLiteral("Hội đồng sát hạch tuyển dụng công chức Sở Nội vụ năm 2026 – Phỏng vấn");
    session.max = Decimal::fromInt(100);
    session.decimals = 1;
    session.pass = Decimal::fromInt(50);
    session.dialogue = CouncilSession::decision612Rules();
    session.members = {
        {QStringLiteral("TV1"), QStringLiteral("Hoàng Văn Thụ"), QStringLiteral("chu_tich")},
        {QStringLiteral("TV2"), QStringLiteral("Lăng Thị Phượng"), QStringLiteral("pho_chu_tich")},
        {QStringLiteral("TV3"), QStringLiteral("Nông Thị Hạnh"), QStringLiteral("uy_vien")},
        {QStringLiteral("TV4"), QStringLiteral("Đinh Công Trứ"), QStringLiteral("uy_vien")},
        {QStringLiteral("TV5"), QStringLiteral("Bế Thị Thanh Hoa"), QStringLiteral("thu_ky")},
    };
    for (const CandidateRow& row : Candidates) {
        CouncilCandidate candidate;
        candidate.id = QString::fromLatin1(row.id);
        candidate.name = QString::fromUtf8(row.name);
        for (int m = 0; m < 5; ++m) {
            candidate.scores.append(
                {session.members.at(m).id, Decimal::fromUnits(qint64(row.scores.at(m)) * 1000)});
        }
        session.candidates.append(candidate);
    }
    const QString secretary = QStringLiteral("Bế Thị Thanh Hoa (council_secretary)");
    const auto councilId = CouncilStore::save(db, record, Role::CouncilSecretary, secretary, error);
    return councilId
        && CouncilStore::setAgreedScore(db, *councilId, QStringLiteral("UV06"), Decimal::fromInt(70),
                                        Role::CouncilChair, DemoSteps::chair(), QStringLiteral("chu_tich"),
                                        error);
}

} // namespace danhgia
