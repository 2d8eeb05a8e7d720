<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="137" />
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="147" />
        <source>vCard (.vcf), CSV or Excel (.xlsx) file</source>
        <translation>vCard（.vcf）、CSV 或 Excel（.xlsx）文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="148" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="155" />
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="156" />
        <source>GBK / GB18030 (Chinese Excel)</source>
        <translation>GBK / GB18030（中文版 Excel）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="161" />
        <source>Merge into the existing person</source>
        <translation>合并到已有联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="162" />
        <source>Skip the row</source>
        <translation>跳过此行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="163" />
        <location filename="../../desktop/ui/import_models.py" line="239" />
        <source>Keep both</source>
        <translation>两人都保留</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="166" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="167" />
        <source>Text encoding:</source>
        <translation>文字编码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="168" />
        <source>Put the people into:</source>
        <translation>导入到客户：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="169" />
        <source>Same name and phone or email:</source>
        <translation>姓名相同且电话或邮箱相同时：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="178" />
        <source>Remember these columns for the next file like this</source>
        <translation>记住这些列的对应关系，下次同样的文件自动使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="180" />
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="190" />
        <source>Click the action of a duplicate to merge, skip or keep both for that row only.</source>
        <translation>点击重复行的“处理”一栏，可单独为该行选择合并、跳过或两人都保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="197" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="206" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="231" />
        <source>The account named in the file (organisation column); new ones are created</source>
        <translation>文件中写明的客户（单位列）；没有的客户将新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="241" />
        <source>Choose a contacts file</source>
        <translation>选择联系人文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="242" />
        <source>Contacts (*.vcf *.vcard *.csv *.txt *.xlsx *.xlsm)</source>
        <translation>联系人文件 (*.vcf *.vcard *.csv *.txt *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="268" />
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="281" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="324" />
        <source>Which column holds the names? Choose "Name" (or family and given name) for it above.</source>
        <translation>哪一列是姓名？请在上方为该列选择“姓名”（或“姓”和“名”）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_dialog.py" line="329" />
        <source>%n new</source>
        <translation>
            <numerusform>新建 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_dialog.py" line="330" />
        <source>%n merged into people already there</source>
        <translation>
            <numerusform>合并到已有联系人 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_dialog.py" line="331" />
        <source>%n skipped</source>
        <translation>
            <numerusform>跳过 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_dialog.py" line="332" />
        <source>%n not imported (see Remarks)</source>
        <translation>
            <numerusform>未导入 %n 行（见备注）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="334" />
        <source>New accounts: %1</source>
        <translation>新建客户：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="347" />
        <source>Something went wrong that is not your fault; nothing was imported. The details are in %1.</source>
        <translation>出现了一个并非由您造成的错误，未导入任何内容。详细信息在 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="31" />
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="53" />
        <source>(no header)</source>
        <translation>（无表头）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="70" />
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="70" />
        <source>First values</source>
        <translation>前几行的值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="70" />
        <source>Dossier field</source>
        <translation>Dossier 字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="138" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="139" />
        <location filename="../../desktop/ui/import_models.py" line="237" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="140" />
        <location filename="../../desktop/ui/import_models.py" line="238" />
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="141" />
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="191" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="191" />
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="191" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="191" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="191" />
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="192" />
        <source>Phones / emails</source>
        <translation>电话 / 邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="192" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="205" />
        <source> (new)</source>
        <translation>（新建）</translation>
    </message>
</context>
</TS>