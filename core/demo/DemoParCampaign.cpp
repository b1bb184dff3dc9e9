#include "demo/DemoParCampaign.h"

#include "database/Database.h"
#include "demo/DemoCatalogue.h"
#include "demo/DemoDatabase.h"
#include "demo/DemoSheetValues.h"
#include "demo/DemoSteps.h"
#include "services/SurveyPointsWriter.h"
#include "stores/EvidenceStore.h"
#include "stores/SheetStore.h"
#include "stores/SurveyStore.h"

namespace danhgia {

namespace {

// How far each department has come: the workflow state of its sheet.
SheetState stateOf(int index)
{
    static const SheetState States[] = {SheetState::Approved,  SheetState::Appraised, SheetState::Appraised,
                                        SheetState::Submitted, SheetState::Submitted, SheetState::Draft};
    return States[index % 6];
}

// Evidence for every leaf that requires it; one leaf per department is explained instead.
bool attachEvidence(Database& db, const CriteriaSet& set, qint64 sheetId, const QString& unitCode,
                    const QString& actor, QString* error)
{
    bool explained = false;
    for (const Criterion& node : set.nodes()) {
        if (node.isGroup || node.evidence == EvidenceRule::None) {
            continue;
        }
        if (node.evidence == EvidenceRule::Required && !explained
            && node.code.startsWith(QLatin1String("3."))) {
            explained = true;
            const QString text
                = QStringLiteral("Số liệu tiêu chí %1 được trích từ Hệ thống thông tin giải quyết "
                                 "thủ tục hành chính tỉnh; báo cáo đang chờ ký, sẽ bổ sung trước "
                                 "khi thẩm định.")
                      .arg(node.code);
            if (!SheetStore::setExplanation(db.connection(), sheetId, node.code, text, actor, error)) {
                return false;
            }
            continue;
        }
        if (node.evidence == EvidenceRule::Optional) {
            continue;
        }
        const QString name
            = QStringLiteral("%1_TC%2_minh-chung.pdf")
                  .arg(unitCode, QString(node.code).replace(QLatin1Char('.'), QLatin1Char('-')));
        const QByteArray pdf = DemoParCampaign::evidencePdf(
            QStringLiteral("%1 - tieu chi %2 - bao cao minh chung nam 2026").arg(unitCode, node.code));
        if (!EvidenceStore::attachData(db, sheetId, node.code, pdf, name, actor, error)) {
            return false;
        }
    }
    return true;
}

// A survey of citizens for criterion 8.1: five questions, about 30 questionnaires per department.
bool createSurvey(Database& db, DemoSheetValues& values, QString* error)
{
    SurveyRecord survey;
    survey.campaignCode = QString::fromLatin1(DemoDatabase::ParCampaign);
    survey.title = QStringLiteral("Khảo sát sự hài lòng của người dân, tổ chức năm 2026");
    survey.criterionCodes = {QStringLiteral("8.1")};
    survey.plan.defaultPlanned = 30;
    const QStringList questions{
        QStringLiteral("Việc tiếp cận thông tin về thủ tục hành chính"),
        QStringLiteral("Thái độ, tinh thần phục vụ của công chức"),
        QStringLiteral("Thời gian giải quyết hồ sơ so với quy định"),
        QStringLiteral("Chi phí thực hiện thủ tục hành chính"),
        QStringLiteral("Kết quả giải quyết thủ tục hành chính"),
    };
    for (const QString& text : questions) {
        SurveyQuestion question;
        question.text = text;
        question.options = {{QStringLiteral("Rất hài lòng"), Decimal::fromInt(1)},
                            {QStringLiteral("Hài lòng"), Decimal::fromUnits(7500)},
                            {QStringLiteral("Bình thường"), Decimal::fromUnits(5000)},
                            {QStringLiteral("Không hài lòng"), Decimal()}};
        survey.definition.questions.append(question);
    }
    const QString actor = DemoSteps::appraiser();
    const auto surveyId
        = SurveyStore::save(db, survey, Role::Administrator, DemoSteps::administrator(), error);
    if (!surveyId) {
        return false;
    }
    const QStringList units = DemoCatalogue::departmentCodes();
    for (int u = 0; u < units.size(); ++u) {
        // The last department is still collecting: fewer questionnaires than planned.
        const int count = u + 1 == units.size() ? 18 : values.between(30, 34);
        for (int i = 0; i < count; ++i) {
            SurveyAnswers answers;
            for (int q = 0; q < questions.size(); ++q) {
                const int roll = values.between(1, 100);
                // One in twenty answers left blank, as on real paper forms.
                answers.append(roll <= 5 ? -1 : roll <= 45 + u * 3 ? 0 : roll <= 85 ? 1 : roll <= 96 ? 2 : 3);
            }
            if (!SurveyStore::addResponse(db, *surveyId, units.at(u), answers, Role::Appraiser, actor,
                                          error)) {
                return false;
            }
        }
    }
    return SurveyPointsWriter::applyToSheets(db, *surveyId, Role::Appraiser, actor, error).has_value();
}

} // namespace

bool DemoParCampaign::create(Database& db, DemoSheetValues& values, QString* error)
{
    auto setup = DemoSteps::importSet(db, QStringLiteral(":/criteria/cchc-so-2026.criteria.json"), error);
    if (!setup) {
        return false;
    }
    const CriteriaSet& set = setup->criteriaSet();
    CampaignRecord record;
    record.code = QString::fromLatin1(DemoDatabase::ParCampaign);
    record.title = QStringLiteral("Xác định Chỉ số cải cách hành chính năm 2026 của các sở, ban, ngành");
    record.periods = {QStringLiteral("2026")};
    record.deadlines.classification = QDate(2026, 11, 15);
    const auto campaign = setup->create(record, {}, DemoSteps::administrator(), error);
    if (!campaign) {
        return false;
    }
    const QStringList units = DemoCatalogue::departmentCodes();
    QList<qint64> sheetIds;
    for (int i = 0; i < units.size(); ++i) {
        const QString name = DemoCatalogue::unitName(units.at(i));
        const QString actor = DemoSteps::selfAssessor(QStringLiteral("Văn phòng %1").arg(name));
        ScoreSheet sheet;
        sheet.criteriaId = set.id;
        sheet.subject = {units.at(i), name, QString(), QString()};
        sheet.period = QStringLiteral("2026");
        values.fill(set, values.between(70, 96), sheet);
        const auto sheetId = setup->addSheet(sheet, actor, QString(), error);
        if (!sheetId || !attachEvidence(db, set, *sheetId, units.at(i), actor, error)) {
            return false;
        }
        const SheetState target = stateOf(i);
        if (!DemoSteps::advance(db, *sheetId, SheetState::Draft, std::min(target, SheetState::Submitted),
                                actor, error)) {
            return false;
        }
        if (target >= SheetState::Appraised
            && (!DemoSteps::appraise(db, values, campaign->id, set, sheet, 3, error)
                || !DemoSteps::advance(db, *sheetId, SheetState::Submitted, target, actor, error))) {
            return false;
        }
    }
    return createSurvey(db, values, error);
}

QByteArray DemoParCampaign::evidencePdf(const QString& title)
{
    // The smallest well-formed PDF: one A4 page with one line of Helvetica; offsets are counted
    // so that readers need not repair the cross-reference table.
    const QByteArray text = title.toLatin1().replace('(', ' ').replace(')', ' ').replace('\\', ' ');
    const QByteArray stream = "BT /F1 14 Tf 72 770 Td (" + text + ") Tj ET";
    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace danhgia
