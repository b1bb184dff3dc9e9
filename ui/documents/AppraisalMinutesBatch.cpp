#include "AppraisalMinutesBatch.h"

#include "database/Database.h"
#include "documents/AppraisalComparison.h"
#include "documents/AppraisalMinutes.h"
#include "documents/DocumentFonts.h"
#include "documents/DocumentRenderer.h"
#include "sources/AppraisalCouncilDetails.h"
#include "sources/AppraisalMinutesSource.h"

#include <QDir>
#include <QSet>

namespace danhgia {

namespace {

// The first error of a sheet that does not fit its criteria set, for people.
QString firstError(const ValidationIssues& issues)
{
    for (const ValidationIssue& issue : issues) {
        if (issue.isError()) {
            return issue.toText();
        }
    }
    return {};
}

} // namespace

AppraisalMinutesBatch::Result AppraisalMinutesBatch::print(Database& db, const QString& campaignCode,
                                                           const QString& folder,
                                                           const DocumentSettings& settings)
{
    Result result;
    const auto sheets = AppraisalMinutesSource::appraisedSheets(db.connection(), campaignCode, &result.error);
    if (!sheets) {
        return result;
    }
    if (sheets->isEmpty()) {
        result.error = tr("No unit of the campaign %1 has been appraised yet: there are no minutes to print.")
                           .arg(campaignCode);
        return result;
    }
    const auto council = AppraisalCouncilDetails::load(db.connection(), campaignCode, &result.error);
    if (!council) {
        return result;
    }
    if (!QDir().mkpath(folder)) {
        result.error = tr("The folder %1 cannot be created.").arg(folder);
        return result;
    }
    DocumentFonts::registerBundledFonts();
    QSet<QString> taken;
    for (const qint64 sheetId : *sheets) {
        QString error;
        auto input = AppraisalMinutesSource::load(db, sheetId, &error);
        if (!input) {
            result.failures.append(error);
            continue;
        }
        const QString unit = input->unitName();
        const AppraisalComparison::Issues issues = AppraisalComparison::check(*input);
        if (issues.hasErrors()) {
            const QString self = firstError(issues.self);
            result.failures.append(tr("%1: the scores do not fit the criteria set (%2)")
                                       .arg(unit, self.isEmpty() ? firstError(issues.appraised) : self));
            continue;
        }
        DocumentSettings unitSettings = settings;
        AppraisalCouncilDetails::applyTo(*council, &*input, &unitSettings);
        const PrintableDocument document = AppraisalMinutes::compose(*input, unitSettings);
        const QString base = document.fileName.isEmpty() ? QString::number(sheetId) : document.fileName;
        QString name = base + QStringLiteral(".pdf");
        for (int n = 2; taken.contains(name); ++n) {
            name = QStringLiteral("%1-%2.pdf").arg(base).arg(n);
        }
        const QString path = QDir(folder).filePath(name);
        if (!DocumentRenderer::writePdf(document, path, &error)) {
            result.failures.append(tr("%1: %2").arg(unit, error));
            continue;
        }
        taken.insert(name);
        result.files.append(path);
    }
    return result;
}

QString AppraisalMinutesBatch::summary(const Result& result, const QString& folder)
{
    if (!result.error.isEmpty()) {
        return result.error;
    }
    QString text = tr("%n minutes written to %1.", nullptr, static_cast<int>(result.files.size()))
                       .arg(QDir::toNativeSeparators(folder));
    if (!result.failures.isEmpty()) {
        text += QStringLiteral("\n\n")
            + tr("%n unit(s) could not be printed:", nullptr, static_cast<int>(result.failures.size()))
            + QStringLiteral("\n• ") + result.failures.join(QStringLiteral("\n• "));
    }
    return text;
}

} // namespace danhgia
