<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desktop/ui/documents.py" line="95" />
        <source>Choose an account first.</source>
        <translation>Choose an account first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="100" />
        <source>Handover dossier</source>
        <translation>Handover dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="106" />
        <source>Select an interaction in the Interactions tab first.</source>
        <translation>Select an interaction in the Interactions tab first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="115" />
        <source>Visit memo</source>
        <translation>Visit memo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="117" />
        <source>Pre-visit brief</source>
        <translation>Pre-visit brief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="121" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="137" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="154" />
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="185" />
        <source>PDF ready</source>
        <translation>PDF ready</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="186" />
        <source>Saved %1. Open it now?</source>
        <translation>Saved %1. Open it now?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="34" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="36" />
        <source>Everything, lossless (Dossier JSON)</source>
        <translation>Everything, lossless (Dossier JSON)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="37" />
        <source>People as vCard (phones, Outlook)</source>
        <translation>People as vCard (phones, Outlook)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="38" />
        <source>CSV (opens in Excel)</source>
        <translation>CSV (opens in Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="39" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="41" />
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="46" />
        <source>Only %1</source>
        <translation>Only %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="49" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="50" />
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="51" />
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="52" />
        <source>Records:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="55" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="59" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="60" />
        <source>Accounts:</source>
        <translation>Accounts:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="100" />
        <source>Wrote %1 records to %2.</source>
        <translation>Wrote %1 records to %2.</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <location filename="../../desktop/ui/features.py" line="40" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="45" />
        <source>Decision map</source>
        <translation>Decision map</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="117" />
        <location filename="../../desktop/ui/features.py" line="136" />
        <source>Import dossiers</source>
        <translation>Import dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="118" />
        <source>Dossier JSON (*.json)</source>
        <translation>Dossier JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="137" />
        <source>Imported %1 new and %2 updated records from %3.</source>
        <translation>Imported %1 new and %2 updated records from %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="172" />
        <source>Pre-visit brief…</source>
        <translation>Pre-visit brief…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="173" />
        <source>Handover dossier…</source>
        <translation>Handover dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="174" />
        <source>Backups…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="175" />
        <source>Import dossiers (Dossier JSON)…</source>
        <translation>Import dossiers (Dossier JSON)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="176" />
        <source>Search everything…</source>
        <translation>Search everything…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="177" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="179" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../desktop/ui/documents.py" line="51" />
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="51" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="52" />
        <source>Chinese and English</source>
        <translation>Chinese and English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="60" />
        <source>Language of the document:</source>
        <translation>Language of the document:</translation>
    </message>
</context>
</TS>
