<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="55" />
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58" />
        <source>Decision chain</source>
        <translation>决策链</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="60" />
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="62" />
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="64" />
        <source>Structure</source>
        <translation>组织结构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171" />
        <source>No accounts yet: File ▸ New account… (%1) starts the first dossier.</source>
        <translation>还没有客户：用 文件 ▸ 新建客户…（%1）建立第一份档案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176" />
        <source>All changes saved</source>
        <translation>所有修改已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155" />
        <source>About Dossier</source>
        <translation>关于 Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156" />
        <source>&lt;b&gt;Dossier %1&lt;/b&gt;&lt;br&gt;Key-account dossiers: decision chains, visits, commitments and memos.&lt;br&gt;Open source. Chinese font: Noto Sans SC (SIL Open Font License).</source>
        <translation>&lt;b&gt;Dossier %1&lt;/b&gt;&lt;br&gt;大客户档案：决策链、拜访、承诺与备忘录。&lt;br&gt;开源软件。中文字体：Noto Sans SC（SIL 开放字体许可证）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="210" />
        <source>The account shown</source>
        <translation>当前显示的客户</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="101" />
        <location filename="../../desktop/ui/menus.py" line="123" />
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="105" />
        <source>New account…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="105" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="105" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="106" />
        <source>Our team…</source>
        <translation>我方团队…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="106" />
        <source>Preferences…</source>
        <translation>偏好设置…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="106" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="107" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="107" />
        <source>Find account</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="107" />
        <source>New person…</source>
        <translation>新建联系人…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="108" />
        <source>Log interaction…</source>
        <translation>记录互动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="108" />
        <source>Add commitment…</source>
        <translation>添加承诺…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="109" />
        <source>Delete account…</source>
        <translation>删除客户…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="109" />
        <source>Export memo…</source>
        <translation>导出备忘录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="110" />
        <source>About Dossier</source>
        <translation>关于 Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="115" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="116" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="117" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="117" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="117" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="118" />
        <source>&amp;Account</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="118" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="121" />
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="28" />
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="30" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="35" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="41" />
        <source>Same as the app</source>
        <translation>与界面相同</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="48" />
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="49" />
        <source>Company name (on memos):</source>
        <translation>公司名称（用于备忘录）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="50" />
        <source>Company logo (on memos):</source>
        <translation>公司标志（用于备忘录）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="51" />
        <source>Memo language:</source>
        <translation>备忘录语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="77" />
        <source>Company logo</source>
        <translation>公司标志</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="78" />
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../desktop/ui/team.py" line="36" />
        <source>Our team</source>
        <translation>我方团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="39" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="39" />
        <source> (me)</source>
        <translation>（我）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="40" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="41" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="42" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="43" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="47" />
        <source>Our own people who hold relationships with the customers' people.</source>
        <translation>我方负责维护客户关系的人员（立体的关系网络）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="49" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="49" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="50" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="78" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="78" />
        <source>English name:</source>
        <translation>英文名：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="79" />
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="80" />
        <source>Title:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="80" />
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="81" />
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="82" />
        <source>This is me:</source>
        <translation>这是我本人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="82" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="83" />
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="95" />
        <source>Add team member</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="96" />
        <source>New team member</source>
        <translation>新建团队成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="108" />
        <location filename="../../desktop/ui/team.py" line="109" />
        <source>Edit team member</source>
        <translation>编辑团队成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="116" />
        <location filename="../../desktop/ui/team.py" line="121" />
        <source>Delete team member</source>
        <translation>删除团队成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="117" />
        <source>Remove %1 from our team? Edit ▸ Undo brings them back.</source>
        <translation>要把%1从我方团队中移除吗？可用 编辑 ▸ 撤销 恢复。</translation>
    </message>
</context>
</TS>
