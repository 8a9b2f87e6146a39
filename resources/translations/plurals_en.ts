<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>vd::gui::DashboardPage</name>
        <message numerus="yes">
            <source>Opened %n feedback case(s) for new detractors and negative feedback.</source>
            <translation>
                <numerusform>Opened %n feedback case for new detractors and negative feedback.</numerusform>
                <numerusform>Opened %n feedback cases for new detractors and negative feedback.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n loyalty alert(s) for %1: %2</source>
            <translation>
                <numerusform>%n loyalty alert for %1: %2</numerusform>
                <numerusform>%n loyalty alerts for %1: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vd::gui::JourneyCompareDialog</name>
        <message numerus="yes">
            <source>%1 → %2: mean emotion %3 → %4; open opportunities %5 → %6; %n touchpoint(s) unchanged.</source>
            <translation>
                <numerusform>%1 → %2: mean emotion %3 → %4; open opportunities %5 → %6; %n touchpoint unchanged.</numerusform>
                <numerusform>%1 → %2: mean emotion %3 → %4; open opportunities %5 → %6; %n touchpoints unchanged.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vd::gui::JourneyInspector</name>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation>
                <numerusform>%n stage</numerusform>
                <numerusform>%n stages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n touchpoint(s)</source>
            <translation>
                <numerusform>%n touchpoint</numerusform>
                <numerusform>%n touchpoints</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n response(s) in the period</source>
            <translation>
                <numerusform>%n response in the period</numerusform>
                <numerusform>%n responses in the period</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vd::gui::JourneyKpiTableModel</name>
        <message numerus="yes">
            <source>NPS %1 (95 % interval %2 to %3), %n answer(s)</source>
            <translation>
                <numerusform>NPS %1 (95 % interval %2 to %3), %n answer</numerusform>
                <numerusform>NPS %1 (95 % interval %2 to %3), %n answers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vd::gui::JourneyPage</name>
        <message numerus="yes">
            <source>%n touchpoint(s)</source>
            <translation>
                <numerusform>%n touchpoint</numerusform>
                <numerusform>%n touchpoints</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n response</numerusform>
                <numerusform>%n responses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n touchpoint(s) past a KPI threshold</source>
            <translation>
                <numerusform>%n touchpoint past a KPI threshold</numerusform>
                <numerusform>%n touchpoints past a KPI threshold</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1 (%n page(s)).</source>
            <translation>
                <numerusform>Wrote %1 (%n page).</numerusform>
                <numerusform>Wrote %1 (%n pages).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vd::gui::KanoPage</name>
        <message numerus="yes">
            <source>%1 (%n respondent(s))</source>
            <translation>
                <numerusform>%1 (%n respondent)</numerusform>
                <numerusform>%1 (%n respondents)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 respondents, %n feature(s)</source>
            <translation>
                <numerusform>%1: %2 respondents, %n feature</numerusform>
                <numerusform>%1: %2 respondents, %n features</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vd::gui::SegmentListModel</name>
        <message numerus="yes">
            <source>%n sub-group(s)</source>
            <translation>
                <numerusform>%n sub-group</numerusform>
                <numerusform>%n sub-groups</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vd::gui::SegmentRfmTab</name>
        <message numerus="yes">
            <source>Assign %n cell(s) to %1</source>
            <translation>
                <numerusform>Assign %n cell to %1</numerusform>
                <numerusform>Assign %n cells to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Clear %n cell(s)</source>
            <translation>
                <numerusform>Clear %n cell</numerusform>
                <numerusform>Clear %n cells</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1. %2 (%n cell(s))</source>
            <translation>
                <numerusform>%1. %2 (%n cell)</numerusform>
                <numerusform>%1. %2 (%n cells)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JourneyRenderer</name>
        <message numerus="yes">
            <source>Stage %1: %2 (%n touchpoint(s))</source>
            <translation>
                <numerusform>Stage %1: %2 (%n touchpoint)</numerusform>
                <numerusform>Stage %1: %2 (%n touchpoints)</numerusform>
            </translation>
        </message>
    </context>
</TS>
