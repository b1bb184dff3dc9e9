<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppraisalMinutesBatch</name>
    <message numerus="yes">
        <location filename="../ui/documents/AppraisalMinutesBatch.cpp" line="+94"/>
        <source>%n minutes written to %1.</source>
        <translation>
            <numerusform>%n minutes written to %1.</numerusform>
            <numerusform>%n minutes written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n unit(s) could not be printed:</source>
        <translation>
            <numerusform>%n unit could not be printed:</numerusform>
            <numerusform>%n units could not be printed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/CampaignCommand.cpp" line="+204"/>
        <source>%n participant(s), %1 score sheet(s) created</source>
        <translation>
            <numerusform>%n participant, %1 score sheet(s) created</numerusform>
            <numerusform>%n participants, %1 score sheet(s) created</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message numerus="yes">
        <location filename="../core/storage/services/CampaignEditor.cpp" line="+203"/>
        <source>Periods: the period %1 has %n score sheet(s); it cannot be removed</source>
        <translation>
            <numerusform>Periods: the period %1 has %n score sheet; it cannot be removed</numerusform>
            <numerusform>Periods: the period %1 has %n score sheets; it cannot be removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictComparison</name>
    <message numerus="yes">
        <location filename="../core/rules/conflicts/ConflictComparison.cpp" line="+282"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ConflictsCommand.cpp" line="+145"/>
        <source>%1	%2	while %3	server version %4	%n field(s) differ	recorded on %5</source>
        <translation>
            <numerusform>%1	%2	while %3	server version %4	%n field differ	recorded on %5</numerusform>
            <numerusform>%1	%2	while %3	server version %4	%n fields differ	recorded on %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CouncilPresets</name>
    <message numerus="yes">
        <location filename="../core/rules/councils/CouncilPresets.cpp" line="+37"/>
        <source>the pass mark %1 has more than %n decimal(s)</source>
        <translation>
            <numerusform>the pass mark %1 has more than %n decimal</numerusform>
            <numerusform>the pass mark %1 has more than %n decimals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaSetVersions</name>
    <message numerus="yes">
        <location filename="../core/rules/criteria/CriteriaSetVersions.cpp" line="+40"/>
        <source>The version cannot be published while it has %n error(s); fix them first. The first one: %1</source>
        <translation>
            <numerusform>The version cannot be published while it has %n error; fix it first. The first one: %1</numerusform>
            <numerusform>The version cannot be published while it has %n errors; fix them first. The first one: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="+92"/>
        <source>Exported %n result(s) to %1
</source>
        <translation>
            <numerusform>Exported %n result to %1
</numerusform>
            <numerusform>Exported %n results to %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Exported %n score sheet(s) to %1
</source>
        <translation>
            <numerusform>Exported %n score sheet to %1
</numerusform>
            <numerusform>Exported %n score sheets to %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommand.cpp" line="+234"/>
        <source>Imported %n criteria set(s).
</source>
        <translation>
            <numerusform>Imported %n criteria set.
</numerusform>
            <numerusform>Imported %n criteria sets.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>Imported %n score sheet(s) into the campaign %1.
</source>
        <translation>
            <numerusform>Imported %n score sheet into the campaign %1.
</numerusform>
            <numerusform>Imported %n score sheets into the campaign %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeafScorer</name>
    <message numerus="yes">
        <location filename="../core/rules/scoring/LeafScorer.cpp" line="+219"/>
        <source>from 0 to %1 points, with at most %n decimal place(s)</source>
        <translation>
            <numerusform>from 0 to %1 points, with at most %n decimal place</numerusform>
            <numerusform>from 0 to %1 points, with at most %n decimal places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>one of its %n level(s)</source>
        <translation>
            <numerusform>one of its %n level</numerusform>
            <numerusform>one of its %n levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>a value from 0, with at most %n decimal place(s)</source>
        <translation>
            <numerusform>a value from 0, with at most %n decimal place</numerusform>
            <numerusform>a value from 0, with at most %n decimal places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>above 0 and at most %1, with at most %n decimal place(s)</source>
        <translation>
            <numerusform>above 0 and at most %1, with at most %n decimal place</numerusform>
            <numerusform>above 0 and at most %1, with at most %n decimal places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeafValueText</name>
    <message numerus="yes">
        <location filename="../ui/sheet/LeafValueText.cpp" line="+62"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %n task(s) done</source>
        <translation>
            <numerusform>%1 of %n task done</numerusform>
            <numerusform>%1 of %n tasks done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetHistory</name>
    <message numerus="yes">
        <location filename="../core/storage/queries/SheetHistory.cpp" line="+172"/>
        <source>%1 of %n task(s) done</source>
        <translation>
            <numerusform>%1 of %n task done</numerusform>
            <numerusform>%1 of %n tasks done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%1, %n value(s)</source>
        <translation>
            <numerusform>%1, %n value</numerusform>
            <numerusform>%1, %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetImportCommand</name>
    <message numerus="yes">
        <location filename="../ui/sheet/SheetImportCommand.cpp" line="+22"/>
        <source>import of %n criterion/criteria</source>
        <translation>
            <numerusform>import of %n criterion</numerusform>
            <numerusform>import of %n criteria</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetValuesImport</name>
    <message numerus="yes">
        <location filename="../core/storage/services/SheetValuesImport.cpp" line="+85"/>
        <source>%n row(s) refused: nothing will be written until the file is corrected (see the rows marked &quot;Refused&quot;).</source>
        <translation>
            <numerusform>%n row refused: nothing will be written until the file is corrected (see the row marked &quot;Refused&quot;).</numerusform>
            <numerusform>%n rows refused: nothing will be written until the file is corrected (see the rows marked &quot;Refused&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n criterion/criteria will be written; %1 unchanged; %2 without a value.</source>
        <translation>
            <numerusform>%n criterion will be written; %1 unchanged; %2 without a value.</numerusform>
            <numerusform>%n criteria will be written; %1 unchanged; %2 without a value.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionReadiness</name>
    <message numerus="yes">
        <location filename="../core/rules/workflow/SubmissionReadiness.cpp" line="+50"/>
        <source>The sheet cannot be submitted while %n problem(s) remain:</source>
        <translation>
            <numerusform>The sheet cannot be submitted while %n problem remains:</numerusform>
            <numerusform>The sheet cannot be submitted while %n problems remain:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyDefinitionValidator</name>
    <message numerus="yes">
        <location filename="../core/rules/scoring/SurveyDefinitionValidator.cpp" line="+20"/>
        <source>%n questionnaire(s) are recorded with this survey&apos;s questions</source>
        <translation>
            <numerusform>%n questionnaire is recorded with this survey&apos;s questions</numerusform>
            <numerusform>%n questionnaires are recorded with this survey&apos;s questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyPointsWriter</name>
    <message numerus="yes">
        <location filename="../core/storage/services/SurveyPointsWriter.cpp" line="+261"/>
        <source>Sociological survey points “%1”: %n valid questionnaire(s); %2 is their mean coefficient (about %3), and %3 × %4 points at most = %5 points</source>
        <translation>
            <numerusform>Sociological survey points “%1”: %n valid questionnaire; %2 is their mean coefficient (about %3), and %3 × %4 points at most = %5 points</numerusform>
            <numerusform>Sociological survey points “%1”: %n valid questionnaires; %2 is their mean coefficient (about %3), and %3 × %4 points at most = %5 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Sociological survey points “%1”: %n valid questionnaire(s); their mean coefficient is about %2, and %2 × %3 points at most = %4 points</source>
        <translation>
            <numerusform>Sociological survey points “%1”: %n valid questionnaire; their mean coefficient is about %2, and %2 × %3 points at most = %4 points</numerusform>
            <numerusform>Sociological survey points “%1”: %n valid questionnaires; their mean coefficient is about %2, and %2 × %3 points at most = %4 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>no valid questionnaire (%n entered)</source>
        <translation>
            <numerusform>no valid questionnaire (%n entered)</numerusform>
            <numerusform>no valid questionnaire (%n entered)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::ApprovalQueueView</name>
    <message numerus="yes">
        <location filename="../ui/queue/ApprovalQueueView.cpp" line="+340"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Return %n sheet(s)</source>
        <translation>
            <numerusform>Return %n sheet</numerusform>
            <numerusform>Return %n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Approve %n sheet(s)</source>
        <translation>
            <numerusform>Approve %n sheet</numerusform>
            <numerusform>Approve %n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Appraise %n sheet(s)</source>
        <translation>
            <numerusform>Appraise %n sheet</numerusform>
            <numerusform>Appraise %n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n sheet(s) returned.</source>
        <translation>
            <numerusform>%n sheet returned.</numerusform>
            <numerusform>%n sheets returned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sheet(s) approved.</source>
        <translation>
            <numerusform>%n sheet approved.</numerusform>
            <numerusform>%n sheets approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sheet(s) appraised.</source>
        <translation>
            <numerusform>%n sheet appraised.</numerusform>
            <numerusform>%n sheets appraised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n sheet(s) done; refused:</source>
        <translation>
            <numerusform>%1 of %n sheet done; refused:</numerusform>
            <numerusform>%1 of %n sheets done; refused:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>%n sheet(s) waiting for %1</source>
        <translation>
            <numerusform>%n sheet waiting for %1</numerusform>
            <numerusform>%n sheets waiting for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n sheet(s) waiting for %2 shown</source>
        <translation>
            <numerusform>%1 of %n sheet waiting for %2 shown</numerusform>
            <numerusform>%1 of %n sheets waiting for %2 shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CampaignParticipantsDialog</name>
    <message numerus="yes">
        <location filename="../ui/campaigns/CampaignParticipantsDialog.cpp" line="+180"/>
        <source>%n added.</source>
        <translation>
            <numerusform>%n added.</numerusform>
            <numerusform>%n added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%n score sheet(s) created.</source>
        <translation>
            <numerusform>%n score sheet created.</numerusform>
            <numerusform>%n score sheets created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::ClassificationModel</name>
    <message numerus="yes">
        <location filename="../ui/queue/ClassificationModel.cpp" line="+200"/>
        <source>The index proposes %1, but only %n person(s) in this task group may keep it; the rules give %2 unless an override is recorded</source>
        <translation>
            <numerusform>The index proposes %1, but only %n person in this task group may keep it; the rules give %2 unless an override is recorded</numerusform>
            <numerusform>The index proposes %1, but only %n persons in this task group may keep it; the rules give %2 unless an override is recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::ConflictsView</name>
    <message numerus="yes">
        <location filename="../ui/conflicts/ConflictsView.cpp" line="+145"/>
        <source>%1
%n field(s) differ — %2</source>
        <translation>
            <numerusform>%1
%n field differ — %2</numerusform>
            <numerusform>%1
%n fields differ — %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CriteriaEditorDialog</name>
    <message numerus="yes">
        <location filename="../ui/criteria/CriteriaEditorDialog.cpp" line="+274"/>
        <source>%n problem(s), %1 of them errors to fix before publishing.</source>
        <translation>
            <numerusform>%n problem, %1 of them errors to fix before publishing.</numerusform>
            <numerusform>%n problems, %1 of them errors to fix before publishing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Draft saved with %n error(s); it cannot be published until they are fixed.</source>
        <translation>
            <numerusform>Draft saved with %n error; it cannot be published until it is fixed.</numerusform>
            <numerusform>Draft saved with %n errors; it cannot be published until they are fixed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CriteriaImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/criteria/CriteriaImportDialog.cpp" line="+141"/>
        <source>No problems found: %n criteria read.</source>
        <translation>
            <numerusform>No problems found: %n criterion read.</numerusform>
            <numerusform>No problems found: %n criteria read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n warning(s); the set can be saved.</source>
        <translation>
            <numerusform>%n warning; the set can be saved.</numerusform>
            <numerusform>%n warnings; the set can be saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s): fix the file and import it again; the set cannot be saved.</source>
        <translation>
            <numerusform>%n error: fix the file and import it again; the set cannot be saved.</numerusform>
            <numerusform>%n errors: fix the file and import it again; the set cannot be saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CriteriaSetView</name>
    <message numerus="yes">
        <location filename="../ui/CriteriaSetView.cpp" line="+131"/>
        <location line="+5"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n leaf criteria</source>
        <translation>
            <numerusform>%n leaf criterion</numerusform>
            <numerusform>%n leaf criteria</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::DocumentDialog</name>
    <message numerus="yes">
        <location filename="../ui/documents/DocumentDialog.cpp" line="+145"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Saved %n file in %1.</numerusform>
            <numerusform>Saved %n files in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::ScoreSheetForm</name>
    <message numerus="yes">
        <location filename="../ui/sheet/ScoreSheetForm.cpp" line="+94"/>
        <source>%n criterion/criteria imported. Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>
            <numerusform>%n criterion imported. Undo (Ctrl+Z) takes the whole import back.</numerusform>
            <numerusform>%n criteria imported. Undo (Ctrl+Z) takes the whole import back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::ScoreSheetModel</name>
    <message numerus="yes">
        <location filename="../ui/sheet/ScoreSheetModel.cpp" line="+229"/>
        <source>%n evidence file(s) attached.</source>
        <translation>
            <numerusform>%n evidence file attached.</numerusform>
            <numerusform>%n evidence files attached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SheetBatchExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/documents/SheetBatchExportDialog.cpp" line="+47"/>
        <source>%n PDF file(s) written to %1.</source>
        <translation>
            <numerusform>%n PDF file written to %1.</numerusform>
            <numerusform>%n PDF files written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n sheet(s) could not be written:</source>
        <translation>
            <numerusform>%n sheet could not be written:</numerusform>
            <numerusform>%n sheets could not be written:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SheetSummaryBar</name>
    <message numerus="yes">
        <location filename="../ui/sheet/SheetSummaryBar.cpp" line="+98"/>
        <source>%n criterion(s) without a value</source>
        <translation>
            <numerusform>%n criterion without a value</numerusform>
            <numerusform>%n criteria without a value</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SubmissionBlockerList</name>
    <message numerus="yes">
        <location filename="../ui/sheet/SubmissionBlockerList.cpp" line="+46"/>
        <source>%n problem(s) block submission:</source>
        <translation>
            <numerusform>%n problem block submission:</numerusform>
            <numerusform>%n problems block submission:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../ui/sync/SyncStatusBar.cpp" line="+112"/>
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::TaskListEditor</name>
    <message numerus="yes">
        <location filename="../ui/sheet/TaskListEditor.cpp" line="+322"/>
        <source>%n row(s) refused: the list is left as it is until the file is corrected.</source>
        <translation>
            <numerusform>%n row refused: the list is left as it is until the file is corrected.</numerusform>
            <numerusform>%n rows refused: the list is left as it is until the file is corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n task(s) will replace the %1 of the list now. The list is saved only when you save it (Ctrl+Enter).</source>
        <translation>
            <numerusform>%n task will replace the %1 of the list now. The list is saved only when you save it (Ctrl+Enter).</numerusform>
            <numerusform>%n tasks will replace the %1 of the list now. The list is saved only when you save it (Ctrl+Enter).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
</TS>
