<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
