#include "documents/SheetPrintout.h"

#include "documentdata/DocumentWording.h"
#include "documents/DocumentComposer.h"
#include "documents/DocumentTable.h"
#include "results/ResultClassifier.h"
#include "scoring/SheetScorer.h"
#include "text/VietnameseText.h"

#include <QRegularExpression>

#include <optional>

namespace danhgia {

namespace {

// A line of dots to write on by hand, as printed forms leave it.
QString dots(int count)
{
    return QString(count, QLatin1Char('.'));
}

// One stage of the sheet as the core scores and grades it.
struct StageResult
{
    SubjectResult result;
    QString grade; // empty: no grade (a flag leaves the subject unclassified, or no band fits)
};

std::optional<StageResult> scoreStage(const CriteriaSet& set, const ScoreSheet* sheet,
                                      const std::vector<Decimal>& bests)
{
    if (!sheet || sheet->values.isEmpty()) {
        return std::nullopt;
    }
    StageResult stage;
    stage.result = SheetScorer(set).score(*sheet, bests);
    const ResultClassifier classifier(set);
    stage.grade = classifier.applyFlags(classifier.gradeForIndex(stage.result.index), sheet->flags);
    return stage;
}

QString gradeTitle(const CriteriaSet& set, const QString& code)
{
    if (code.isEmpty()) {
        return DocumentWording::text("sheet.not_graded");
    }
    const int index = set.gradeIndex(code);
    if (index < 0 || set.grades.at(index).title.isEmpty()) {
        return code;
    }
    return set.grades.at(index).title;
}

// The points of one criterion at one stage: blank before the stage has values or when the leaf
// has none, "Không áp dụng" when it is not applicable.
DocumentCell pointsCell(const std::optional<StageResult>& stage, const ScoreSheet* sheet,
                        const Criterion& node, int index)
{
    if (!stage) {
        return DocumentCell::fromText(QString());
    }
    const NodeScore& score = stage->result.nodes[static_cast<std::size_t>(index)];
    if (!node.isGroup && !sheet->values.contains(node.code)) {
        return DocumentCell::fromText(QString());
    }
    if (!score.applicable) {
        return DocumentCell::fromText(DocumentWording::text("sheet.not_applicable"), node.isGroup);
    }
    return DocumentCell::fromNumber(score.points, -1, node.isGroup);
}

DocumentTable criteriaTable(const SheetPrintoutData& data, const std::optional<StageResult>& self,
                            const std::optional<StageResult>& appraised)
{
    DocumentTable table;
    table.name = DocumentWording::text("sheet.table_name");
    table.headers
        = {DocumentWording::text("sheet.column_code"), DocumentWording::text("sheet.column_criterion"),
           DocumentWording::text("sheet.column_max"), DocumentWording::text("sheet.column_self"),
           DocumentWording::text(data.subjectIsUnit ? "sheet.column_appraised_unit"
                                                    : "sheet.column_appraised_person")};
    table.widths = {7, 53, 10, 15, 15};
    table.aligns = {DocumentTable::Align::Left, DocumentTable::Align::Left, DocumentTable::Align::Center,
                    DocumentTable::Align::Center, DocumentTable::Align::Center};
    const ScoreSheet* appraisedSheet = data.appraised ? &*data.appraised : nullptr;
    for (int i = 0; i < data.set.nodeCount(); ++i) {
        const Criterion& node = data.set.node(i);
        table.addRow({DocumentCell::fromText(node.code, node.isGroup),
                      DocumentCell::fromText(node.title, node.isGroup),
                      DocumentCell::fromNumber(node.max, -1, node.isGroup),
                      pointsCell(self, &data.self, node, i), pointsCell(appraised, appraisedSheet, node, i)});
    }
    // The totals, indexes and grades of both stages close the table.
    const auto stageCell = [&](const std::optional<StageResult>& stage, int what) {
        if (!stage) {
            return DocumentCell::fromText(QString());
        }
        switch (what) {
            case 0:
                return DocumentCell::fromNumber(stage->result.total, -1, true);
            case 1:
                return DocumentCell::fromNumber(stage->result.index, -1, true);
            default:
                return DocumentCell::fromText(gradeTitle(data.set, stage->grade), true);
        }
    };
    const char* const labels[] = {"sheet.total_row", "sheet.index_row", "sheet.grade_row"};
    for (int what = 0; what < 3; ++what) {
        table.addRow({DocumentCell::fromText(QString()),
                      DocumentCell::fromText(DocumentWording::text(labels[what]), true),
                      what == 0 ? DocumentCell::fromNumber(data.set.totalMax(), -1, true)
                                : DocumentCell::fromText(QString()),
                      stageCell(self, what), stageCell(appraised, what)});
    }
    return table;
}

void addSubject(DocumentComposer& composer, const SheetPrintoutData& data)
{
    QList<QPair<QString, QString>> fields;
    const auto field = [&](const char* key, const QString& value) {
        fields.append({DocumentWording::text(key), value});
    };
    const QString name = data.subjectName.isEmpty() ? data.self.subject.id : data.subjectName;
    if (data.subjectIsUnit) {
        field("sheet.unit_name", name);
        field("sheet.parent_agency", data.parentAgencyName);
    } else {
        field("sheet.person_name", name);
        field("sheet.person_position", data.position);
        field("sheet.person_unit", data.unitName);
        field("sheet.person_agency", data.agencyName == data.unitName ? QString() : data.agencyName);
    }
    QStringList flags;
    for (const QString& code : data.self.flags) {
        const GradeFlag* flag = data.set.flag(code);
        flags.append(flag && !flag->title.isEmpty() ? flag->title : code);
    }
    field("sheet.flags", flags.join(QLatin1String("; ")));
    composer.addFields(fields);
}

void addComments(DocumentComposer& composer, const SheetPrintoutData& data)
{
    composer.addHeading(DocumentWording::text(data.subjectIsUnit ? "sheet.section_comments_unit"
                                                                 : "sheet.section_comments_person"));
    if (data.comments.isEmpty()) {
        composer.addParagraph(dots(120) + QLatin1Char('\n') + dots(128));
        return;
    }
    for (const SheetPrintoutData::Comment& comment : data.comments) {
        const QString text = comment.code.isEmpty()
            ? comment.text
            : DocumentWording::text("sheet.comment_on_criterion").arg(comment.code, comment.text);
        composer.addParagraph(QStringLiteral("- ") + text);
    }
}

void addGrades(DocumentComposer& composer, const SheetPrintoutData& data,
               const std::optional<StageResult>& appraised)
{
    composer.addHeading(DocumentWording::text("sheet.section_grade"));
    const QString proposed = appraised ? gradeTitle(data.set, appraised->grade) : dots(88);
    const QString decided = data.decision ? gradeTitle(data.set, data.decision->grade) : dots(56);
    composer.addFields({{DocumentWording::text("sheet.proposed_grade"), proposed},
                        {DocumentWording::text("sheet.decided_grade"), decided}});
    if (data.decision && data.decision->isOverride) {
        composer.addParagraph(DocumentWording::text("sheet.decision_override")
                                  .arg(data.decision->reason, data.decision->approver));
    }
}

} // namespace

DocumentSettings SheetPrintout::defaultSettings(const QDate& date)
{
    DocumentSettings settings = DocumentSettings::defaults(date);
    settings.number = 0;
    settings.symbol.clear();
    settings.signer = DocumentSigner();
    settings.recipients.clear();
    return settings;
}

QString SheetPrintout::periodTitle(const QString& period)
{
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    const QString text = period.trimmed();
    if (const auto match = year.match(text); match.hasMatch()) {
        return DocumentWording::text("sheet.period_year").arg(match.captured(1));
    }
    if (const auto match = month.match(text); match.hasMatch()) {
        const int number = match.captured(2).toInt();
        if (number >= 1 && number <= 12) {
            // As in dates (Decree 30): January and February take a leading zero.
            const QString monthText
                = number <= 2 ? QStringLiteral("0%1").arg(number) : QString::number(number);
            return DocumentWording::text("sheet.period_month").arg(monthText, match.captured(1));
        }
    }
    if (const auto match = quarter.match(text); match.hasMatch()) {
        static const char* const Roman[] = {"I", "II", "III", "IV"};
        return DocumentWording::text("sheet.period_quarter")
            .arg(QLatin1String(Roman[match.captured(2).toInt() - 1]), match.captured(1));
    }
    return text;
}

QString SheetPrintout::fileName(const SheetPrintoutData& data)
{
    const QString name = data.subjectName.isEmpty() ? data.self.subject.id : data.subjectName;
    return VietnameseText::fileNameSlug(name + QLatin1Char(' ') + data.self.period.value_or(QString()));
}

PrintableDocument SheetPrintout::compose(const SheetPrintoutData& data, const DocumentSettings& settings)
{
    const std::optional<StageResult> self = scoreStage(data.set, &data.self, data.selfBests);
    const std::optional<StageResult> appraised
        = scoreStage(data.set, data.appraised ? &*data.appraised : nullptr, data.appraisedBests);

    DocumentSettings header = settings;
    if (!data.subjectIsUnit && !data.agencyName.isEmpty()) {
        header.issuingAgency = data.agencyName;
        header.parentAgency = data.parentAgencyName;
    }
    DocumentComposer composer(header);
    composer.addHeader(true, false);
    const QString period = periodTitle(data.self.period.value_or(QString()));
    composer.addTitle(DocumentWording::text("sheet.title"), period.isEmpty() ? data.campaignTitle : period);
    addSubject(composer, data);

    composer.addHeading(DocumentWording::text("sheet.section_points"));
    composer.addTable(criteriaTable(data, self, appraised));
    addComments(composer, data);
    addGrades(composer, data, appraised);

    const QString name = data.subjectName.isEmpty() ? data.self.subject.id : data.subjectName;
    DocumentSigner left;
    left.title = DocumentWording::text(data.subjectIsUnit ? "sheet.signer_unit" : "sheet.signer_person");
    left.name = data.subjectIsUnit ? QString() : name;
    DocumentSigner right = settings.signer;
    if (right.title.isEmpty()) {
        right.title
            = DocumentWording::text(data.subjectIsUnit ? "sheet.signer_appraiser" : "sheet.signer_head");
    }
    composer.addSignatures(left, right);

    const QString title = DocumentWording::text("sheet.document_title")
                              .arg(name, period.isEmpty() ? data.campaignTitle : period);
    return composer.finish(title, fileName(data));
}

} // namespace danhgia
