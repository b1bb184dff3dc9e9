<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="+95"/>
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
        <location line="+44"/>
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
        <location filename="../app/cli/ImportCommand.cpp" line="+210"/>
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
        <location line="+74"/>
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
    <name>SubmissionReadiness</name>
    <message numerus="yes">
        <location filename="../core/workflow/SubmissionReadiness.cpp" line="+47"/>
        <source>The sheet cannot be submitted while %n problem(s) remain:</source>
        <translation>
            <numerusform>The sheet cannot be submitted while %n problem remains:</numerusform>
            <numerusform>The sheet cannot be submitted while %n problems remain:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CriteriaSetView</name>
    <message numerus="yes">
        <location filename="../ui/CriteriaSetView.cpp" line="+136"/>
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
        <location line="+52"/>
        <source>%n leaf criteria</source>
        <translation>
            <numerusform>%n leaf criterion</numerusform>
            <numerusform>%n leaf criteria</numerusform>
        </translation>
    </message>
</context>
</TS>
