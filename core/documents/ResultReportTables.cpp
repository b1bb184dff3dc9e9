#include "documents/ResultReportTables.h"

#include "documentdata/DocumentWording.h"

#include <QLocale>

#include <algorithm>

namespace danhgia {

namespace {

using Align = DocumentTable::Align;

DocumentCell text(const QString& value, bool bold = false)
{
    return DocumentCell::fromText(value, bold);
}

DocumentCell count(int value, bool bold = false)
{
    return DocumentCell::fromInteger(value, bold);
}

// count / all × 100 with the report's decimals; 0 when there is nobody.
DocumentCell share(int part, int all, int decimals, bool bold = false)
{
    const Decimal percent
        = all > 0 ? Decimal::fromRatio(WideInt(part) * WideInt(100), WideInt(all), decimals) : Decimal();
    return DocumentCell::fromNumber(percent, decimals, bold);
}

QString personOrUnitHeader(const ResultReportData& data)
{
    return DocumentWording::text(data.subjectsArePeople ? "report.column.person" : "report.column.unit");
}

// "Trưởng phòng" and the unit on the next line.
QString positionAndUnit(const ResultReportRow& row)
{
    QStringList lines;
    for (const QString& line : {row.position, row.unitName}) {
        if (!line.trimmed().isEmpty()) {
            lines.append(line.trimmed());
        }
    }
    return lines.join(QLatin1Char('\n'));
}

bool anyPositionOrUnit(const ResultReportData& data)
{
    return std::any_of(data.rows.cbegin(), data.rows.cend(),
                       [](const ResultReportRow& row) { return !positionAndUnit(row).isEmpty(); });
}

QStringList taskGroupsOf(const ResultReportData& data)
{
    QStringList groups;
    for (const ResultReportQuotaGroup& group : data.quotaGroups) {
        groups.append(group.taskGroup);
    }
    for (const ResultReportRow& row : data.rows) {
        if (!groups.contains(row.taskGroup)) {
            groups.append(row.taskGroup);
        }
    }
    return groups;
}

// "Hoàn thành tốt nhiệm vụ (HTTNV)", but "Nhóm A" for the grade A.
QString titleWithCode(const QString& title, const QString& code)
{
    if (title.split(QLatin1Char(' ')).contains(code)) {
        return title;
    }
    return DocumentWording::text("report.grade_with_code").arg(title, code);
}

DocumentCell partCell(const std::optional<Decimal>& points, int decimals)
{
    return points ? DocumentCell::fromNumber(*points, decimals) : DocumentCell::fromText(QStringLiteral("-"));
}

QString groupName(const QString& group)
{
    return group.isEmpty() ? DocumentWording::text("report.no_task_group") : group;
}

} // namespace

QString ResultReportTables::gradeText(const QString& code)
{
    return code.isEmpty() ? DocumentWording::text("report.not_classified") : code;
}

QList<QPair<QString, int>> ResultReportTables::gradeCounts(const ResultReportData& data)
{
    QList<QPair<QString, int>> counts;
    int graded = 0;
    for (const Grade& grade : data.grades) {
        const auto n = static_cast<int>(
            std::count_if(data.rows.cbegin(), data.rows.cend(),
                          [&](const ResultReportRow& r) { return r.grade == grade.code; }));
        counts.append({grade.code, n});
        graded += n;
    }
    if (graded < data.rows.size()) {
        counts.append({QString(), static_cast<int>(data.rows.size()) - graded});
    }
    return counts;
}

DocumentTable ResultReportTables::byGrade(const ResultReportData& data)
{
    DocumentTable table;
    table.name = DocumentWording::text("report.sheet.by_grade");
    table.headers
        = {DocumentWording::text("report.column.no"), DocumentWording::text("report.column.grade_title"),
           DocumentWording::text("report.column.count"), DocumentWording::text("report.column.percent")};
    table.widths = {8, 56, 18, 18};
    table.aligns = {Align::Center, Align::Left, Align::Right, Align::Right};
    const int all = static_cast<int>(data.rows.size());
    int number = 0;
    for (const auto& [code, n] : gradeCounts(data)) {
        const QString title = code.isEmpty() ? DocumentWording::text("report.not_classified")
                                             : titleWithCode(data.gradeTitle(code), code);
        table.addRow({count(++number), text(title), count(n), share(n, all, data.decimals)});
    }
    table.addRow({text(QString()), text(DocumentWording::text("report.total"), true), count(all, true),
                  share(all, all, data.decimals, true)});
    return table;
}

DocumentTable ResultReportTables::byTaskGroup(const ResultReportData& data)
{
    const auto counts = gradeCounts(data);
    DocumentTable table;
    table.name = DocumentWording::text("report.sheet.by_group");
    table.headers
        = {DocumentWording::text("report.column.no"), DocumentWording::text("report.column.task_group")};
    table.aligns = {Align::Center, Align::Left};
    const int gradeWidth = std::max(8, 60 / static_cast<int>(counts.size() + 1));
    table.widths = {8, 92 - gradeWidth * static_cast<int>(counts.size() + 1)};
    for (const auto& entry : counts) {
        table.headers.append(gradeText(entry.first));
        table.widths.append(gradeWidth);
    }
    table.headers.append(DocumentWording::text("report.total"));
    table.widths.append(gradeWidth);
    QList<int> totals(counts.size() + 1, 0);
    int number = 0;
    for (const QString& group : taskGroupsOf(data)) {
        QList<DocumentCell> cells{count(++number), text(groupName(group))};
        int all = 0;
        for (int g = 0; g < counts.size(); ++g) {
            const auto n = static_cast<int>(
                std::count_if(data.rows.cbegin(), data.rows.cend(), [&](const ResultReportRow& r) {
                    return r.taskGroup == group && r.grade == counts.at(g).first;
                }));
            cells.append(count(n));
            totals[g] += n;
            all += n;
        }
        cells.append(count(all, true));
        totals.last() += all;
        table.addRow(cells);
    }
    QList<DocumentCell> sum{text(QString()), text(DocumentWording::text("report.total"), true)};
    for (const int n : totals) {
        sum.append(count(n, true));
    }
    table.addRow(sum);
    return table;
}

DocumentTable ResultReportTables::quota(const ResultReportData& data)
{
    if (data.quota && data.quota->per.contains(QStringLiteral("unit"))) {
        return quotaScopes(data);
    }
    DocumentTable table;
    table.name = DocumentWording::text("report.sheet.quota");
    const QString grade = data.quota ? data.quota->grade : QString();
    table.headers = {DocumentWording::text("report.column.no"),
                     DocumentWording::text("report.column.task_group"),
                     DocumentWording::text("report.column.proposed").arg(grade),
                     DocumentWording::text("report.column.allowed"),
                     DocumentWording::text("report.column.kept"),
                     DocumentWording::text("report.column.demoted"),
                     DocumentWording::text("report.column.tied")};
    table.widths = {7, 33, 12, 12, 12, 12, 12};
    table.aligns
        = {Align::Center, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right};
    int number = 0;
    for (const ResultReportQuotaGroup& group : data.quotaGroups) {
        table.addRow({count(++number), text(groupName(group.taskGroup)), count(group.proposed),
                      group.allowed ? count(*group.allowed) : text(QStringLiteral("-")), count(group.kept),
                      count(group.demoted), count(group.tied)});
    }
    return table;
}

DocumentTable ResultReportTables::quotaScopes(const ResultReportData& data)
{
    DocumentTable table;
    table.name = DocumentWording::text("report.sheet.quota");
    const QString grade = data.quota ? data.quota->grade : QString();
    const QString base = data.quota ? data.quota->of.join(QStringLiteral(", ")) : QString();
    table.headers = {DocumentWording::text("report.column.no"),
                     DocumentWording::text("report.column.scope"),
                     DocumentWording::text("report.column.counted").arg(base),
                     DocumentWording::text("report.column.proposed").arg(grade),
                     DocumentWording::text("report.column.allowed"),
                     DocumentWording::text("report.column.kept"),
                     DocumentWording::text("report.column.demoted"),
                     DocumentWording::text("report.column.tied"),
                     DocumentWording::text("report.column.ceiling")};
    table.widths = {6, 19, 11, 11, 10, 9, 10, 10, 14};
    table.aligns = {Align::Center, Align::Left,  Align::Right, Align::Right, Align::Right,
                    Align::Right,  Align::Right, Align::Right, Align::Center};
    const QLocale vietnamese(QLocale::Vietnamese);
    int number = 0;
    for (const ResultReportQuotaScope& scope : data.quotaScopes) {
        const QString percent = scope.percent.toLocaleString(vietnamese) + QLatin1Char('%');
        const QString ceiling = scope.decisionNumber.isEmpty()
            ? percent
            : DocumentWording::text("report.ceiling.raised")
                  .arg(percent, scope.decisionNumber,
                       scope.decisionDate.toString(QStringLiteral("dd/MM/yyyy")));
        const QString where = scope.taskGroup.isEmpty()
            ? scope.unitName
            : scope.unitName + QLatin1Char('\n') + groupName(scope.taskGroup);
        table.addRow({count(++number), text(where), count(scope.counted), count(scope.proposed),
                      count(scope.allowed), count(scope.kept), count(scope.demoted), count(scope.tied),
                      text(ceiling)});
    }
    return table;
}

DocumentTable ResultReportTables::overrides(const ResultReportData& data)
{
    DocumentTable table;
    table.name = DocumentWording::text("report.sheet.overrides");
    table.headers
        = {DocumentWording::text("report.column.no"),       personOrUnitHeader(data),
           DocumentWording::text("report.column.by_rules"), DocumentWording::text("report.column.decided"),
           DocumentWording::text("report.column.reason"),   DocumentWording::text("report.column.approver")};
    table.widths = {7, 21, 12, 12, 30, 18};
    table.aligns = {Align::Center, Align::Left, Align::Center, Align::Center, Align::Left, Align::Left};
    int number = 0;
    for (const ResultReportRow& row : data.rows) {
        if (row.overridden) {
            table.addRow({count(++number), text(row.name), text(gradeText(row.ruleGrade)),
                          text(gradeText(row.grade)), text(row.reason), text(row.approver)});
        }
    }
    return table;
}

bool ResultReportTables::hasTaskGroups(const ResultReportData& data)
{
    return std::any_of(data.rows.cbegin(), data.rows.cend(),
                       [](const ResultReportRow& row) { return !row.taskGroup.isEmpty(); });
}

bool ResultReportTables::partsApart(const ResultReportData& data)
{
    return data.parts.size() > 4;
}

DocumentTable ResultReportTables::results(const ResultReportData& data)
{
    DocumentTable table;
    table.name = DocumentWording::text("report.sheet.results");
    const bool withPosition = anyPositionOrUnit(data);
    const bool withParts = !partsApart(data);
    int longestGrade = 1;
    for (const ResultReportRow& row : data.rows) {
        longestGrade = std::max<int>(longestGrade, static_cast<int>(gradeText(row.grade).size()));
    }
    // Widths that hold "100,00" and a grade code in bold at 12 pt; the names share the rest.
    const int gradeWidth = std::clamp(2 * longestGrade, 8, 12);
    const int partsWidth = withParts ? 8 * static_cast<int>(data.parts.size()) : 0;
    const int free = 100 - (6 + 9 + 9 + gradeWidth + 7) - partsWidth;
    const int nameWidth = withPosition ? free * 45 / 100 : free;

    table.headers = {DocumentWording::text("report.column.no"), personOrUnitHeader(data)};
    table.widths = {6, nameWidth};
    table.aligns = {Align::Center, Align::Left};
    if (withPosition) {
        table.headers.append(DocumentWording::text("report.column.position"));
        table.widths.append(free - nameWidth);
        table.aligns.append(Align::Left);
    }
    for (int p = 0; withParts && p < data.parts.size(); ++p) {
        table.headers.append(DocumentWording::text("report.column.part").arg(data.parts.at(p).code));
        table.widths.append(8);
        table.aligns.append(Align::Right);
    }
    table.headers << DocumentWording::text("report.column.total")
                  << DocumentWording::text("report.column.index")
                  << DocumentWording::text("report.column.grade")
                  << DocumentWording::text("report.column.rank");
    table.widths << 9 << 9 << gradeWidth << 7;
    table.aligns << Align::Right << Align::Right << Align::Center << Align::Center;

    int number = 0;
    for (const ResultReportRow& row : data.rows) {
        QList<DocumentCell> cells{count(++number), text(row.name)};
        if (withPosition) {
            cells.append(text(positionAndUnit(row)));
        }
        for (int p = 0; withParts && p < row.partPoints.size(); ++p) {
            cells.append(partCell(row.partPoints.at(p), data.decimals));
        }
        cells << DocumentCell::fromNumber(row.total, data.decimals)
              << DocumentCell::fromNumber(row.index, data.decimals) << text(gradeText(row.grade), true)
              << count(row.rank);
        table.addRow(cells);
    }
    return table;
}

DocumentTable ResultReportTables::partPoints(const ResultReportData& data)
{
    DocumentTable table;
    table.name = DocumentWording::text("report.sheet.parts");
    const auto partCount = static_cast<int>(data.parts.size());
    const int partWidth = std::min(12, 72 / std::max(1, partCount));
    table.headers = {DocumentWording::text("report.column.no"), personOrUnitHeader(data)};
    table.widths = {6, 94 - partWidth * partCount};
    table.aligns = {Align::Center, Align::Left};
    for (const ResultReportPart& part : data.parts) {
        table.headers.append(DocumentWording::text("report.column.part").arg(part.code));
        table.widths.append(partWidth);
        table.aligns.append(Align::Right);
    }
    int number = 0;
    for (const ResultReportRow& row : data.rows) {
        QList<DocumentCell> cells{count(++number), text(row.name)};
        for (const std::optional<Decimal>& points : row.partPoints) {
            cells.append(partCell(points, data.decimals));
        }
        table.addRow(cells);
    }
    return table;
}

DocumentTable ResultReportTables::recognised(const ResultReportData& data)
{
    DocumentTable table;
    table.name = DocumentWording::text("decision.sheet.annex");
    const bool withPosition = anyPositionOrUnit(data);
    table.headers = {DocumentWording::text("report.column.no"), personOrUnitHeader(data)};
    table.widths = {6, withPosition ? 23 : 50};
    table.aligns = {Align::Center, Align::Left};
    if (withPosition) {
        table.headers.append(DocumentWording::text("report.column.position"));
        table.widths.append(27);
        table.aligns.append(Align::Left);
    }
    table.headers << DocumentWording::text("report.column.total")
                  << DocumentWording::text("decision.column.grade");
    table.widths << 9 << 35;
    table.aligns << Align::Right << Align::Left;
    int number = 0;
    for (const ResultReportRow& row : data.rows) {
        QList<DocumentCell> cells{count(++number), text(row.name)};
        if (withPosition) {
            cells.append(text(positionAndUnit(row)));
        }
        cells << DocumentCell::fromNumber(row.total, data.decimals)
              << text(row.grade.isEmpty() ? DocumentWording::text("report.not_classified")
                                          : data.gradeTitle(row.grade));
        table.addRow(cells);
    }
    return table;
}

} // namespace danhgia
