#include "documents/ResultReport.h"

#include "documentdata/DocumentWording.h"
#include "documents/DocumentComposer.h"
#include "documents/ResultReportTables.h"
#include "text/VietnameseText.h"

#include <QLocale>
#include <QRegularExpression>

namespace danhgia {

namespace {

QString quotaRuleText(const ResultReportData& data)
{
    static const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    const QuotaRule& quota = *data.quota;
    const Decimal percent = quota.ratio.times(Decimal::fromInt(100), Decimal::Places);
    const bool perUnit = quota.per.contains(QStringLiteral("unit"));
    return DocumentWording::text(perUnit ? "report.quota_rule_per_unit" : "report.quota_rule")
        .arg(quota.grade, percent.toLocaleString(vietnamese), quota.of.join(QStringLiteral(", ")));
}

QString partsLegend(const ResultReportData& data)
{
    static const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    QStringList items;
    for (const ResultReportPart& part : data.parts) {
        items.append(DocumentWording::text("report.part_legend_item")
                         .arg(part.code, part.title, part.max.toLocaleString(vietnamese)));
    }
    return DocumentWording::text("report.parts_legend").arg(items.join(QStringLiteral("; ")));
}

} // namespace

DocumentSettings ResultReport::settingsFor(const DocumentSettings& unitSettings)
{
    DocumentSettings settings = unitSettings;
    settings.symbol = DocumentWording::text("report.symbol").arg(unitSettings.agencyCode());
    return settings;
}

QString ResultReport::campaignPhrase(const ResultReportData& data)
{
    QString phrase = VietnameseText::normalize(data.campaignTitle);
    // "Đánh giá, ..." -> "đánh giá, ...", but "CCHC ..." stays.
    if (phrase.size() > 1 && phrase.at(0).isUpper() && phrase.at(1).isLower()) {
        phrase[0] = phrase.at(0).toLower();
    }
    if (!data.unitName.isEmpty()) {
        phrase = DocumentWording::text("report.phrase_of_unit").arg(phrase, data.unitName);
    }
    return phrase;
}

QString ResultReport::periodText(const QString& period)
{
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = month.match(period);
    return match.hasMatch() ? match.captured(2) + QLatin1Char('/') + match.captured(1) : period;
}

PrintableDocument ResultReport::compose(const ResultReportData& data, const DocumentSettings& settings)
{
    DocumentComposer composer(settings);
    composer.addHeader(true);
    const QString phrase = campaignPhrase(data);
    composer.addTitle(DocumentWording::text("report.title"),
                      DocumentWording::text("report.subject").arg(phrase));
    composer.addParagraph(DocumentWording::text("report.intro").arg(settings.issuingAgency, phrase));
    if (data.periods.size() > 1) {
        QStringList periods;
        for (const QString& period : data.periods) {
            periods.append(periodText(period));
        }
        composer.addParagraph(
            DocumentWording::text("report.periods_mean").arg(periods.join(QStringLiteral(", "))));
    }

    composer.addHeading(DocumentWording::text("report.heading.summary"));
    composer.addParagraph(DocumentWording::text("report.total_count").arg(data.rows.size()));
    // Subjects without task groups (an index of agencies) are counted per grade only.
    const bool byGroup = ResultReportTables::hasTaskGroups(data);
    if (byGroup) {
        composer.addHeading(DocumentWording::text("report.heading.by_grade"));
    }
    composer.addTable(ResultReportTables::byGrade(data));
    if (byGroup) {
        composer.addHeading(DocumentWording::text("report.heading.by_group"));
        composer.addTable(ResultReportTables::byTaskGroup(data));
    }

    composer.addHeading(DocumentWording::text("report.heading.quota"));
    if (data.quota) {
        composer.addParagraph(quotaRuleText(data));
        composer.addTable(ResultReportTables::quota(data));
    } else {
        composer.addParagraph(DocumentWording::text("report.no_quota"));
    }
    const DocumentTable overrides = ResultReportTables::overrides(data);
    if (overrides.rows.isEmpty()) {
        composer.addParagraph(DocumentWording::text("report.no_overrides"));
    } else {
        composer.addParagraph(DocumentWording::text("report.overrides_intro").arg(overrides.rows.size()));
        composer.addTable(overrides);
    }

    composer.addHeading(DocumentWording::text("report.heading.results"));
    // The parts' legend above the table that has their columns.
    const bool partsApart = ResultReportTables::partsApart(data);
    if (!data.parts.isEmpty() && !partsApart) {
        composer.addParagraph(partsLegend(data));
    }
    composer.addTable(ResultReportTables::results(data));
    if (!data.parts.isEmpty() && partsApart) {
        composer.addParagraph(partsLegend(data));
        composer.addTable(ResultReportTables::partPoints(data));
    }
    composer.addRecipientsAndSigner(settings.recipients, settings.signer);

    const QString title = DocumentWording::text("report.document_title").arg(phrase);
    return composer.finish(title, VietnameseText::fileNameSlug(title));
}

} // namespace danhgia
