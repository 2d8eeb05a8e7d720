<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="200" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="204" />
        <source>Name, pinyin (zw → 张伟), a word from a note or a promise…</source>
        <translation>姓名、拼音（zw → 张伟）、笔记或承诺中的词…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="239" />
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="260" />
        <source>Nothing matches. Try fewer or shorter words.</source>
        <translation>没有找到。请减少或缩短搜索词。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_dialog.py" line="262" />
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>找到 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="265" />
        <source>One-character words are looked for in the newest records only.</source>
        <translation>单个字只在最新的记录中查找。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="276" />
        <source>The search could not run. Try again; if it keeps failing, restart Dossier.</source>
        <translation>搜索没能完成。请再试一次；如果一直失败，请重新启动 Dossier。</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="78" />
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="79" />
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="80" />
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="81" />
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
</context>
</TS>
