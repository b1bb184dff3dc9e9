#pragma once

// The data the approval queue and classification tests work on, created through the core's
// stores as the app does: units and people imported from a catalogue, the staff and PAR criteria
// sets, three campaigns and their sheets moved through the workflow.
//
//   campaign  deadline    sheets                                   states
//   T1        2020-01-31  CC01..CC10 January (cong-chuc examples)  CC01-03 appraised, CC04 submitted,
//                         (past: the open ones are overdue)        CC05 approved, CC06-10 draft
//   T2        2999-12-31  CC01..CC10 February                      CC01-02 appraised, the rest draft
//   CCHC      none        SNV (a unit: Sở Nội vụ)                  draft
//
// The deadline of T1 and T2 is that of every stage (self-assessment, appraisal, classification).
// CC01-05 work in the commune XCL, CC06-10 in XHL. CC03 is renamed "Nguyễn Văn Dũng"; the
// February sheet of CC10 has no group, so its task group comes from the catalogue ("Chuyên viên").

#include "CommuneCatalogue.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "scoring/ScoreSheetReader.h"
#include "services/SheetTransitions.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"

#include <QHash>

namespace danhgia::test {

class QueueFixture
{
    static CampaignDeadlines sameDeadline(const QString& date)
    {
        const QDate day = QDate::fromString(date, Qt::ISODate);
        return {day, day, day};
    }

public:
    // Sheet ids by "campaign/subject": "T1/CC01".
    QHash<QString, qint64> sheets;

    static QString actor() { return QStringLiteral("Người chuẩn bị dữ liệu"); }

    qint64 sheet(const QString& campaign, const QString& subject) const
    {
        return sheets.value(campaign + QLatin1Char('/') + subject);
    }

    bool build(Database& db, QString* error)
    {
        return importCatalogue(db, error) && createSheets(db, error) && moveSheets(db, error);
    }

private:
    static bool importCatalogue(Database& db, QString* error)
    {
        const QStringList names{QStringLiteral("Hoàng Văn Bình"),  QStringLiteral("Nông Thị Hoa"),
                                QStringLiteral("Nguyễn Văn Dũng"), QStringLiteral("Vi Thị Mai"),
                                QStringLiteral("Triệu Văn Sơn"),   QStringLiteral("Lương Thị Lan"),
                                QStringLiteral("Hà Văn Tuấn"),     QStringLiteral("Chu Thị Ngọc"),
                                QStringLiteral("Mã Văn Khánh"),    QStringLiteral("Bế Thị Thu")};
        return importCommuneCatalogue(
            db, {{QStringLiteral("SNV"), QStringLiteral("Sở Nội vụ"), QStringLiteral("sở")}}, names, actor(),
            error);
    }

    bool createSheets(Database& db, QString* error)
    {
        return db.transaction(
            [&](QString* e) {
                ValidationIssues issues;
                const auto staff = CriteriaSetStore::import(
                    db.connection(), readData(QStringLiteral("examples/cong-chuc-2026.criteria.json")),
                    actor(), &issues, e);
                const auto par = staff
                    ? CriteriaSetStore::import(
                        db.connection(), readData(QStringLiteral("examples/cchc-so-2026.criteria.json")),
                        actor(), &issues, e)
                    : std::nullopt;
                if (!par) {
                    return false;
                }
                const struct
                {
                    const char* code;
                    const char* title;
                    const char* month;
                    const char* deadline;
                } staffCampaigns[] = {{"T1", "Đánh giá tháng 01/2026", "01", "2020-01-31"},
                                      {"T2", "Đánh giá tháng 02/2026", "02", "2999-12-31"}};
                for (const auto& c : staffCampaigns) {
                    const QString code = QString::fromUtf8(c.code);
                    const auto campaign = CampaignStore::ensure(db.connection(),
                                                                {0,
                                                                 code,
                                                                 QString::fromUtf8(c.title),
                                                                 QStringLiteral("staff"),
                                                                 *staff,
                                                                 {},
                                                                 sameDeadline(QString::fromUtf8(c.deadline)),
                                                                 QString(),
                                                                 QString()},
                                                                actor(), e);
                    if (!campaign) {
                        return false;
                    }
                    for (int i = 1; i <= 10; ++i) {
                        const QString subject = QStringLiteral("CC%1").arg(i, 2, 10, QLatin1Char('0'));
                        ScoreSheet sheet = ScoreSheetReader::read(
                            readData(QStringLiteral("examples/cong-chuc/%1-2026-%2.scores.json")
                                         .arg(subject, QString::fromUtf8(c.month))),
                            &issues);
                        if (subject == QLatin1String("CC03")) {
                            sheet.subject.name = QStringLiteral("Nguyễn Văn Dũng");
                        }
                        if (subject == QLatin1String("CC10") && code == QLatin1String("T2")) {
                            sheet.subject.group.clear();
                        }
                        if (!add(db, campaign->id, code, sheet, e)) {
                            return false;
                        }
                    }
                }
                const auto cchc = CampaignStore::ensure(db.connection(),
                                                        {0,
                                                         QStringLiteral("CCHC"),
                                                         QStringLiteral("Chỉ số CCHC 2026"),
                                                         QStringLiteral("par_index"),
                                                         *par,
                                                         {QStringLiteral("2026")},
                                                         {},
                                                         QString(),
                                                         QString()},
                                                        actor(), e);
                return cchc
                    && add(db, cchc->id, QStringLiteral("CCHC"),
                           ScoreSheetReader::read(readData(QStringLiteral("examples/cchc/SNV.scores.json")),
                                                  &issues),
                           e);
            },
            error);
    }

    bool add(Database& db, qint64 campaignId, const QString& campaign, const ScoreSheet& sheet,
             QString* error)
    {
        const auto id = SheetStore::save(db.connection(), campaignId, sheet, actor(), QString(), error);
        if (id) {
            sheets.insert(campaign + QLatin1Char('/') + sheet.subject.id, *id);
        }
        return id.has_value();
    }

    bool moveSheets(Database& db, QString* error)
    {
        const struct
        {
            const char* sheet;
            QList<std::pair<WorkflowAction, Role>> steps;
        } moves[] = {
            {"T1/CC01",
             {{WorkflowAction::Submit, Role::SelfAssessor}, {WorkflowAction::Appraise, Role::Appraiser}}},
            {"T1/CC02",
             {{WorkflowAction::Submit, Role::SelfAssessor}, {WorkflowAction::Appraise, Role::Appraiser}}},
            {"T1/CC03",
             {{WorkflowAction::Submit, Role::SelfAssessor}, {WorkflowAction::Appraise, Role::Appraiser}}},
            {"T1/CC04", {{WorkflowAction::Submit, Role::SelfAssessor}}},
            {"T1/CC05",
             {{WorkflowAction::Submit, Role::SelfAssessor},
              {WorkflowAction::Appraise, Role::Appraiser},
              {WorkflowAction::Approve, Role::UnitHead}}},
            {"T2/CC01",
             {{WorkflowAction::Submit, Role::SelfAssessor}, {WorkflowAction::Appraise, Role::Appraiser}}},
            {"T2/CC02",
             {{WorkflowAction::Submit, Role::SelfAssessor}, {WorkflowAction::Appraise, Role::Appraiser}}},
        };
        for (const auto& move : moves) {
            for (const auto& [action, role] : move.steps) {
                if (!SheetTransitions::apply(db, sheets.value(QString::fromUtf8(move.sheet)), action, role,
                                             actor(), QString(), error)) {
                    return false;
                }
            }
        }
        return true;
    }
};

} // namespace danhgia::test
