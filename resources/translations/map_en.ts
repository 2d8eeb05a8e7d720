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
        <location filename="../../desktop/ui/map/export.py" line="206" />
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
        <location filename="../../desktop/ui/map/tab.py" line="129" />
        <source>Fit to window</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="130" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="131" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="132" />
        <source>Re-layout</source>
        <translation>Re-layout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="133" />
        <source>Forget dragged positions and lay the chart out again</source>
        <translation>Forget dragged positions and lay the chart out again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="134" />
        <source>Draw a line</source>
        <translation>Draw a line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="136" />
        <source>Drag from one person to another to set who reports to whom or to link them</source>
        <translation>Drag from one person to another to set who reports to whom or to link them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="137" />
        <source>Reporting lines</source>
        <translation>Reporting lines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="138" />
        <source>Relationships</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="139" />
        <source>Our team</source>
        <translation>Our team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="140" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="221" />
        <location filename="../../desktop/ui/map/tab.py" line="238" />
        <source>Move on the map</source>
        <translation>Move on the map</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="250" />
        <source>Re-layout the map</source>
        <translation>Re-layout the map</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="285" />
        <location filename="../../desktop/ui/map/tab.py" line="287" />
        <source>%1 reports to %2</source>
        <translation>%1 reports to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="291" />
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="305" />
        <source>Set reporting line</source>
        <translation>Set reporting line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="311" />
        <source>Add relationship</source>
        <translation>Add relationship</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="315" />
        <location filename="../../desktop/ui/map/tab.py" line="348" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="321" />
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="324" />
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="325" />
        <source>Relationship to us</source>
        <translation>Relationship to us</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="330" />
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="338" />
        <source>Remove reporting line to %1</source>
        <translation>Remove reporting line to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="351" />
        <source>Kind of relationship</source>
        <translation>Kind of relationship</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="354" />
        <location filename="../../desktop/ui/map/tab.py" line="356" />
        <source>Delete relationship</source>
        <translation>Delete relationship</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="377" />
        <source>Export the map</source>
        <translation>Export the map</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="378" />
        <source>PDF document (*.pdf);;PNG image (*.png)</source>
        <translation>PDF document (*.pdf);;PNG image (*.png)</translation>
    </message>
</context>
</TS>
