<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Map</name>
    <message>
        <location filename="../../desktop/ui/map/coverage_panel.py" line="40" />
        <source>Coverage analysis</source>
        <translation>Coverage analysis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/coverage_panel.py" line="41" />
        <source>Show on the map</source>
        <translation>Show on the map</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/coverage_panel.py" line="42" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/coverage_panel.py" line="43" />
        <source>Needs matrix</source>
        <translation>Needs matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/coverage_panel.py" line="75" />
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/coverage_panel.py" line="75" />
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/coverage_panel.py" line="76" />
        <source>Institutional needs</source>
        <translation>Institutional needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/coverage_panel.py" line="77" />
        <source>Personal needs</source>
        <translation>Personal needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/export.py" line="214" />
        <source>part %1 of %2</source>
        <translation>part %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="51" />
        <source>Fill: relationship to us</source>
        <translation>Fill: relationship to us</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="56" />
        <location filename="../../desktop/ui/map/legend.py" line="66" />
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="60" />
        <source>Border and corner letter: attitude</source>
        <translation>Border and corner letter: attitude</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="70" />
        <source>Bar: influence (1–5)</source>
        <translation>Bar: influence (1–5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="75" />
        <source>3 of 5</source>
        <translation>3 of 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="78" />
        <source>Badges: decision roles</source>
        <translation>Badges: decision roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="87" />
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="88" />
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="90" />
        <source>Our coverage (thicker = stronger)</source>
        <translation>Our coverage (thicker = stronger)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="102" />
        <source>A coverage finding concerns this person</source>
        <translation>A coverage finding concerns this person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/items.py" line="46" />
        <source>Relationship to us</source>
        <translation>Relationship to us</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/items.py" line="47" />
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/items.py" line="48" />
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="125" />
        <source>Fit to window</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="126" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="127" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="128" />
        <source>Re-layout</source>
        <translation>Re-layout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="129" />
        <source>Forget dragged positions and lay the chart out again</source>
        <translation>Forget dragged positions and lay the chart out again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="130" />
        <source>Draw a line</source>
        <translation>Draw a line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="132" />
        <source>Drag from one person to another to set who reports to whom or to link them</source>
        <translation>Drag from one person to another to set who reports to whom or to link them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="133" />
        <source>Reporting lines</source>
        <translation>Reporting lines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="134" />
        <source>Relationships</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="135" />
        <source>Our team</source>
        <translation>Our team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="136" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="209" />
        <source>Move on the map</source>
        <translation>Move on the map</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="236" />
        <source>Re-layout the map</source>
        <translation>Re-layout the map</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="250" />
        <location filename="../../desktop/ui/map/tab.py" line="252" />
        <source>%1 reports to %2</source>
        <translation>%1 reports to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="256" />
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="266" />
        <source>Set reporting line</source>
        <translation>Set reporting line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="272" />
        <source>Add relationship</source>
        <translation>Add relationship</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="276" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="282" />
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="285" />
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="286" />
        <source>Relationship to us</source>
        <translation>Relationship to us</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="291" />
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="299" />
        <source>Remove reporting line to %1</source>
        <translation>Remove reporting line to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="308" />
        <source>Kind of relationship</source>
        <translation>Kind of relationship</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="312" />
        <location filename="../../desktop/ui/map/tab.py" line="314" />
        <source>Delete relationship</source>
        <translation>Delete relationship</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="335" />
        <source>Export the map</source>
        <translation>Export the map</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="336" />
        <source>PDF document (*.pdf);;PNG image (*.png)</source>
        <translation>PDF document (*.pdf);;PNG image (*.png)</translation>
    </message>
</context>
</TS>
