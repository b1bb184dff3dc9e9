#include "DocumentActions.h"

#include "AppSession.h"
#include "AppraisalCouncilDialog.h"
#include "AppraisalMinutesBatch.h"
#include "DialogService.h"
#include "DocumentDialog.h"
#include "SheetBatchExportDialog.h"
#include "database/Database.h"
#include "documents/AppraisalComparison.h"
#include "documents/AppraisalMinutes.h"
#include "documents/CouncilMinutes.h"
#include "documents/RecognitionDecision.h"
#include "documents/ResultReport.h"
#include "documents/SheetPrintout.h"
#include "sources/AppraisalCouncilDetails.h"
#include "sources/AppraisalCouncilSigners.h"
#include "sources/AppraisalMinutesSource.h"
#include "sources/DocumentSettingsStore.h"
#include "sources/ResultReportSource.h"
#include "sources/SheetPrintoutSource.h"
#include "stores/CouncilStore.h"

#include <QDir>
#include <QStandardPaths>

namespace danhgia::ui {

namespace {

std::function<void(DocumentDialog&)>& observer()
{
    static std::function<void(DocumentDialog&)> current;
    return current;
}

} // namespace

void DocumentActions::setDialogObserver(std::function<void(DocumentDialog&)> dialogObserver)
{
    observer() = std::move(dialogObserver);
}

void DocumentActions::fail(QWidget* parent, const QString& title, const QString& message)
{
    DialogService::warn(parent, title, message);
}

void DocumentActions::show(QWidget* parent, AppSession& session, const QString& title, Composer composer,
                           const DocumentSettings& settings, const QString& keepForUnit, UnitSettings toUnit)
{
    DocumentDialog::SettingsKeeper keeper;
    if (!keepForUnit.isEmpty()) {
        keeper = [&session, keepForUnit, toUnit](const DocumentSettings& edited) {
            QString error;
            const DocumentSettings unit = toUnit ? toUnit(edited) : edited;
            if (!session.hasDatabase()
                || !DocumentSettingsStore::save(session.database(), keepForUnit, unit, session.actor(),
                                                &error)) {
                return error.isEmpty() ? tr("no database is open") : error;
            }
            return QString();
        };
    }
    showKeeping(parent, title, std::move(composer), settings, std::move(keeper));
}

void DocumentActions::showKeeping(QWidget* parent, const QString& title, Composer composer,
                                  const DocumentSettings& settings,
                                  std::function<QString(const DocumentSettings&)> keeper)
{
    DocumentDialog dialog(title, std::move(composer), settings, parent);
    if (keeper) {
        dialog.setSettingsKeeper(std::move(keeper));
    }
    if (observer()) {
        observer()(dialog);
        return;
    }
    dialog.exec();
}

std::optional<QPair<QString, DocumentSettings>> DocumentActions::homeAffairsSettings(AppSession& session,
                                                                                     QString* error)
{
    QSqlDatabase& db = session.database().connection();
    const auto unit = DocumentSettingsStore::homeAffairsUnit(db, error);
    if (!unit) {
        return std::nullopt;
    }
    if (unit->isEmpty()) {
        return qMakePair(QString(), DocumentSettings::defaults(QDate::currentDate()));
    }
    const auto loaded = DocumentSettingsStore::load(db, *unit, QDate::currentDate(), error);
    if (!loaded) {
        return std::nullopt;
    }
    return qMakePair(*unit, loaded->settings);
}

void DocumentActions::printCouncil(QWidget* parent, AppSession& session, qint64 councilId)
{
    const QString title = tr("Council minutes");
    QString error;
    const auto record = CouncilStore::load(session.database().connection(), councilId, &error);
    if (!record) {
        fail(parent, title, error);
        return;
    }
    DocumentSettings settings = CouncilMinutes::defaultSettings(QDate::currentDate());
    if (const auto home = homeAffairsSettings(session, &error)) {
        settings.parentAgency = home->second.parentAgency;
        settings.place = home->second.place;
    }
    const CouncilSession council = record->session;
    show(
        parent, session, title,
        [council](const DocumentSettings& edited) { return CouncilMinutes(council, edited).compose(); },
        settings, QString());
}

void DocumentActions::printSheet(QWidget* parent, AppSession& session, qint64 sheetId)
{
    const QString title = tr("Score sheet");
    QString error;
    SheetPrintoutSource source(session.database().connection());
    const auto data = source.load(sheetId, &error);
    if (!data) {
        fail(parent, title, error);
        return;
    }
    DocumentSettings settings = SheetPrintout::defaultSettings(QDate::currentDate());
    if (const auto home = homeAffairsSettings(session, &error)) {
        settings.place = home->second.place;
    }
    const SheetPrintoutData sheet = *data;
    show(
        parent, session, title,
        [sheet](const DocumentSettings& edited) { return SheetPrintout::compose(sheet, edited); }, settings,
        QString());
}

void DocumentActions::printAppraisalMinutes(QWidget* parent, AppSession& session, qint64 sheetId)
{
    const QString title = tr("Appraisal minutes");
    QString error;
    auto input = AppraisalMinutesSource::load(session.database(), sheetId, &error);
    if (!input) {
        fail(parent, title, error);
        return;
    }
    const QString campaign = input->campaignCode;
    auto settings = appraisalSettings(session, campaign, &error);
    const auto council = settings
        ? AppraisalCouncilDetails::load(session.database().connection(), campaign, &error)
        : std::nullopt;
    if (!council) {
        fail(parent, title, error);
        return;
    }
    // The members present and absent, the conclusion and the founding decision of the campaign's council.
    AppraisalCouncilDetails::applyTo(*council, &*input, &*settings);
    const AppraisalMinutesInput minutes = *input;
    showKeeping(
        parent, title,
        [minutes](const DocumentSettings& edited) { return AppraisalMinutes::compose(minutes, edited); },
        *settings,
        [&session, campaign](const DocumentSettings& edited) {
            QString keepError;
            if (!session.hasDatabase()
                || !AppraisalCouncilSigners::save(session.database(), campaign, edited, session.actor(),
                                                  &keepError)) {
                return keepError.isEmpty() ? tr("no database is open") : keepError;
            }
            return QString();
        });
}

std::optional<DocumentSettings>
DocumentActions::appraisalSettings(AppSession& session, const QString& campaignCode, QString* error)
{
    DocumentSettings settings = AppraisalMinutes::defaultSettings(QDate::currentDate());
    QString ignored;
    if (const auto home = homeAffairsSettings(session, &ignored)) {
        settings.parentAgency = home->second.parentAgency;
        settings.place = home->second.place;
    }
    // The chair and the secretary of the campaign's appraisal council, as its last minutes had them.
    return AppraisalCouncilSigners::load(session.database().connection(), campaignCode, settings, error);
}

void DocumentActions::editAppraisalCouncil(QWidget* parent, AppSession& session, const QString& campaignCode)
{
    QString error;
    if (!session.hasDatabase()) {
        return;
    }
    AppraisalCouncilDialog::run(session, campaignCode, parent, &error);
    if (!error.isEmpty()) {
        fail(parent, tr("Appraisal council"), error);
    }
}

void DocumentActions::printCampaignAppraisalMinutes(QWidget* parent, AppSession& session,
                                                    const QString& campaignCode)
{
    const QString title = tr("Appraisal minutes of every appraised unit");
    if (!session.hasDatabase()) {
        return;
    }
    QString error;
    const auto settings = appraisalSettings(session, campaignCode, &error);
    if (!settings) {
        fail(parent, title, error);
        return;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder
        = DialogService::chooseFolder(parent, tr("Folder for the appraisal minutes of %1").arg(campaignCode),
                                      QDir(documents).filePath(campaignCode));
    if (folder.isEmpty()) {
        return;
    }
    const AppraisalMinutesBatch::Result result
        = AppraisalMinutesBatch::print(session.database(), campaignCode, folder, *settings);
    const QString summary = AppraisalMinutesBatch::summary(result, folder);
    if (result.files.isEmpty()) {
        fail(parent, title, summary);
        return;
    }
    DialogService::inform(parent, title, summary);
}

void DocumentActions::printReport(QWidget* parent, AppSession& session, const QString& campaignCode)
{
    printResults(parent, session, campaignCode, false);
}

void DocumentActions::printDecision(QWidget* parent, AppSession& session, const QString& campaignCode)
{
    printResults(parent, session, campaignCode, true);
}

void DocumentActions::printResults(QWidget* parent, AppSession& session, const QString& campaignCode,
                                   bool decision)
{
    const QString title = decision ? tr("Draft decision") : tr("Report of the results");
    QString error;
    const auto data
        = ResultReportSource::load(session.database().connection(), campaignCode, QString(), &error);
    const auto home = data ? homeAffairsSettings(session, &error) : std::nullopt;
    if (!data || !home) {
        fail(parent, title, error);
        return;
    }
    const ResultReportData report = *data;
    if (decision) {
        show(
            parent, session, title,
            [report](const DocumentSettings& edited) {
                return RecognitionDecision::compose(report, edited, QString());
            },
            RecognitionDecision::settingsFor(home->second), home->first,
            &RecognitionDecision::unitSettingsFrom);
        return;
    }
    show(
        parent, session, title,
        [report](const DocumentSettings& edited) { return ResultReport::compose(report, edited); },
        ResultReport::settingsFor(home->second), home->first);
}

void DocumentActions::exportCampaignSheets(QWidget* parent, AppSession& session, const QString& campaignCode)
{
    const QString title = tr("Export score sheets to PDF");
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder
        = DialogService::chooseFolder(parent, tr("Folder for the PDF files of %1").arg(campaignCode),
                                      QDir(documents).filePath(campaignCode));
    if (folder.isEmpty()) {
        return;
    }
    BatchDocumentExport::Request request;
    request.databasePath = session.databasePath();
    request.campaignCode = campaignCode;
    request.folder = folder;
    request.settings = SheetPrintout::defaultSettings(QDate::currentDate());
    QString error;
    if (const auto home = homeAffairsSettings(session, &error)) {
        request.settings.place = home->second.place;
    }
    SheetBatchExportDialog progress(parent);
    if (!progress.run(request, &error)) {
        fail(parent, title, error);
        return;
    }
    DialogService::inform(parent, title, progress.summary(folder));
}

} // namespace danhgia::ui
