<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desktop/ui/documents.py" line="95" />
        <source>Choose an account first.</source>
        <translation>请先选择一个客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="100" />
        <source>Handover dossier</source>
        <translation>交接档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="106" />
        <source>Select an interaction in the Interactions tab first.</source>
        <translation>请先在“互动记录”页中选择一次互动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="115" />
        <source>Visit memo</source>
        <translation>会议/沟通备忘录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="117" />
        <source>Pre-visit brief</source>
        <translation>拜访前简报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="121" />
        <source>Dossier</source>
        <translation>Dossier 客户档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="137" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="154" />
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="185" />
        <source>PDF ready</source>
        <translation>PDF 已生成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="186" />
        <source>Saved %1. Open it now?</source>
        <translation>已保存 %1。现在打开吗？</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="34" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="36" />
        <source>Everything, lossless (Dossier JSON)</source>
        <translation>全部数据，无损（Dossier JSON）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="37" />
        <source>People as vCard (phones, Outlook)</source>
        <translation>联系人 vCard（手机、Outlook）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="38" />
        <source>CSV (opens in Excel)</source>
        <translation>CSV（可用 Excel 打开）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="39" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="41" />
        <source>All accounts</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="46" />
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="49" />
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="50" />
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="51" />
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="52" />
        <source>Records:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="55" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="59" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="60" />
        <source>Accounts:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="100" />
        <source>Wrote %1 records to %2.</source>
        <translation>已将 %1 条记录写入 %2。</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <location filename="../../desktop/ui/features.py" line="40" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="45" />
        <source>Decision map</source>
        <translation>决策链地图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="117" />
        <location filename="../../desktop/ui/features.py" line="136" />
        <source>Import dossiers</source>
        <translation>导入档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="118" />
        <source>Dossier JSON (*.json)</source>
        <translation>Dossier JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="137" />
        <source>Imported %1 new and %2 updated records from %3.</source>
        <translation>已从 %3 导入 %1 条新记录，更新 %2 条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="172" />
        <source>Pre-visit brief…</source>
        <translation>拜访前简报…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="173" />
        <source>Handover dossier…</source>
        <translation>交接档案…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="174" />
        <source>Backups…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="175" />
        <source>Import dossiers (Dossier JSON)…</source>
        <translation>导入档案（Dossier JSON）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="176" />
        <source>Search everything…</source>
        <translation>全局搜索…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="177" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/features.py" line="179" />
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../desktop/ui/documents.py" line="51" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="51" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="52" />
        <source>Chinese and English</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/documents.py" line="60" />
        <source>Language of the document:</source>
        <translation>文档语言：</translation>
    </message>
</context>
</TS>
