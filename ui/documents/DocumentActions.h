#pragma once

#include "documentdata/DocumentSettings.h"
#include "documents/PrintableDocument.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace danhgia::ui {

class AppSession;
class DocumentDialog;

// What the screens print: each action loads its data from the open database, composes the
// document and opens the preview dialog, where the header can be edited before printing or saving.
// Errors (a sheet not appraised yet, an unknown campaign) are shown through DialogService.
class DocumentActions
{
    Q_DECLARE_TR_FUNCTIONS(DocumentActions)

public:
    // Minutes and summary sheet of an interview council.
    static void printCouncil(QWidget* parent, AppSession& session, qint64 councilId);
    // The printable score sheet (phiếu đánh giá, xếp loại).
    static void printSheet(QWidget* parent, AppSession& session, qint64 sheetId);
    // The appraisal minutes of an appraised unit's sheet; their chair and secretary are kept for
    // the campaign's appraisal council (AppraisalCouncilSigners) for its next minutes.
    static void printAppraisalMinutes(QWidget* parent, AppSession& session, qint64 sheetId);
    // The campaign's appraisal council (AppraisalCouncilDialog): its founding decision, members
    // present and absent, quorum and conclusion, which every appraisal minutes then print.
    static void editAppraisalCouncil(QWidget* parent, AppSession& session, const QString& campaignCode);
    // The appraisal minutes of every appraised unit of the campaign, one PDF each, in a folder the
    // user chooses; a summary of what was written and why a unit was not (AppraisalMinutesBatch).
    static void printCampaignAppraisalMinutes(QWidget* parent, AppSession& session,
                                              const QString& campaignCode);
    // The report of a campaign's results, and the draft decision recognising them; their
    // header and signer are kept per unit (the Department of Home Affairs) for the next time.
    static void printReport(QWidget* parent, AppSession& session, const QString& campaignCode);
    static void printDecision(QWidget* parent, AppSession& session, const QString& campaignCode);

    // Every score sheet of a campaign to PDF files in a folder the user chooses, with progress
    // and cancel.
    static void exportCampaignSheets(QWidget* parent, AppSession& session, const QString& campaignCode);

    // Tests see the dialog here instead of it being shown modally.
    static void setDialogObserver(std::function<void(DocumentDialog&)> observer);

private:
    using Composer = std::function<PrintableDocument(const DocumentSettings&)>;
    using UnitSettings = std::function<DocumentSettings(const DocumentSettings&)>;
    // `keepForUnit`: the unit whose settings the edited ones become (through `toUnit`) when the
    // document is printed or saved; empty: they are not kept.
    static void show(QWidget* parent, AppSession& session, const QString& title, Composer composer,
                     const DocumentSettings& settings, const QString& keepForUnit,
                     UnitSettings toUnit = UnitSettings());
    // The same with the dialog's own keeper of the edited settings (none when empty).
    static void showKeeping(QWidget* parent, const QString& title, Composer composer,
                            const DocumentSettings& settings,
                            std::function<QString(const DocumentSettings&)> keeper);
    // The stored settings of the Department of Home Affairs (or the defaults of the catalogue).
    static std::optional<QPair<QString, DocumentSettings>> homeAffairsSettings(AppSession& session,
                                                                               QString* error);
    static void fail(QWidget* parent, const QString& title, const QString& message);
    // The appraisal minutes' settings for the campaign: the defaults, the header of the Department
    // of Home Affairs, the chair and secretary kept for its council.
    static std::optional<DocumentSettings> appraisalSettings(AppSession& session, const QString& campaignCode,
                                                             QString* error);
    // The report (or the draft decision) of a campaign, with the header of the Department of
    // Home Affairs, kept for the next time.
    static void printResults(QWidget* parent, AppSession& session, const QString& campaignCode,
                             bool decision);
};

} // namespace danhgia::ui
