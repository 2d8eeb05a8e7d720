<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="137" />
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="147" />
        <source>vCard (.vcf), CSV or Excel (.xlsx) file</source>
        <translation>vCard (.vcf), CSV or Excel (.xlsx) file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="148" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="155" />
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="156" />
        <source>GBK / GB18030 (Chinese Excel)</source>
        <translation>GBK / GB18030 (Chinese Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="161" />
        <source>Merge into the existing person</source>
        <translation>Merge into the existing person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="162" />
        <source>Skip the row</source>
        <translation>Skip the row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="163" />
        <location filename="../../desktop/ui/import_models.py" line="239" />
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="166" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="167" />
        <source>Text encoding:</source>
        <translation>Text encoding:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="168" />
        <source>Put the people into:</source>
        <translation>Put the people into:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="169" />
        <source>Same name and phone or email:</source>
        <translation>Same name and phone or email:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="178" />
        <source>Remember these columns for the next file like this</source>
        <translation>Remember these columns for the next file like this</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="180" />
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="190" />
        <source>Click the action of a duplicate to merge, skip or keep both for that row only.</source>
        <translation>Click the action of a duplicate to merge, skip or keep both for that row only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="197" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="206" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="231" />
        <source>The account named in the file (organisation column); new ones are created</source>
        <translation>The account named in the file (organisation column); new ones are created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="241" />
        <source>Choose a contacts file</source>
        <translation>Choose a contacts file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="242" />
        <source>Contacts (*.vcf *.vcard *.csv *.txt *.xlsx *.xlsm)</source>
        <translation>Contacts (*.vcf *.vcard *.csv *.txt *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="268" />
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="281" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="324" />
        <source>Which column holds the names? Choose "Name" (or family and given name) for it above.</source>
        <translation>Which column holds the names? Choose "Name" (or family and given name) for it above.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_dialog.py" line="329" />
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_dialog.py" line="330" />
        <source>%n merged into people already there</source>
        <translation>
            <numerusform>%n merged into people already there</numerusform><numerusform>%n merged into people already there</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_dialog.py" line="331" />
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform><numerusform>%n skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_dialog.py" line="332" />
        <source>%n not imported (see Remarks)</source>
        <translation>
            <numerusform>%n not imported (see Remarks)</numerusform><numerusform>%n not imported (see Remarks)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="334" />
        <source>New accounts: %1</source>
        <translation>New accounts: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="347" />
        <source>Something went wrong that is not your fault; nothing was imported. The details are in %1.</source>
        <translation>Something went wrong that is not your fault; nothing was imported. The details are in %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="31" />
        <source>(do not import)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="53" />
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="70" />
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="70" />
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="70" />
        <source>Dossier field</source>
        <translation>Dossier field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="138" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="139" />
        <location filename="../../desktop/ui/import_models.py" line="237" />
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="140" />
        <location filename="../../desktop/ui/import_models.py" line="238" />
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="141" />
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="191" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="191" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="191" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="191" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="191" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="192" />
        <source>Phones / emails</source>
        <translation>Phones / emails</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="192" />
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="205" />
        <source> (new)</source>
        <translation> (new)</translation>
    </message>
</context>
</TS>
