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
        <location filename="../../desktop/ui/main_window.py" line="172" />
        <source>No accounts yet: File ▸ New account… (%1) starts the first dossier.</source>
        <translation>还没有客户：用 文件 ▸ 新建客户…（%1）建立第一份档案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177" />
        <source>All changes saved</source>
        <translation>所有修改已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156" />
        <source>About Dossier</source>
        <translation>关于 Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157" />
        <source>&lt;b&gt;Dossier %1&lt;/b&gt;&lt;br&gt;Key-account dossiers: decision chains, visits, commitments and memos.&lt;br&gt;Open source. Chinese font: Noto Sans SC (SIL Open Font License).</source>
        <translation>&lt;b&gt;Dossier %1&lt;/b&gt;&lt;br&gt;大客户档案：决策链、拜访、承诺与备忘录。&lt;br&gt;开源软件。中文字体：Noto Sans SC（SIL 开放字体许可证）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="211" />
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
        <location filename="../../desktop/ui/preferences.py" line="55" />
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="58" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="64" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="70" />
        <source>Same as the app</source>
        <translation>与界面相同</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="79" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="83" />
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="84" />
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="86" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="87" />
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="88" />
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="89" />
        <source>Company name (on memos):</source>
        <translation>公司名称（用于备忘录）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="90" />
        <source>Company logo (on memos):</source>
        <translation>公司标志（用于备忘录）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="91" />
        <source>Memo language:</source>
        <translation>备忘录语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="92" />
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="93" />
        <source>Daily reminder at:</source>
        <translation>每日提醒时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="94" />
        <source>Contact deciders and champions every:</source>
        <translation>决策者和啦啦队员的联系周期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="95" />
        <source>Contact everyone else every:</source>
        <translation>其他人的联系周期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="97" />
        <source>The Today view lists the people you have not met or called for longer than this.</source>
        <translation>超过这个周期未见面或未通话的人，会列在“今日待办”中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="98" />
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="99" />
        <source>Lock after no use for:</source>
        <translation>闲置多久后锁定：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="101" />
        <source>Locking hides the dossier until you unlock it (with the passphrase when it is encrypted). Ctrl+L locks at any time.</source>
        <translation>锁定后档案内容被隐藏，直到您解锁（已加密时需输入口令）。随时可按 Ctrl+L 锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="161" />
        <source>Company logo</source>
        <translation>公司标志</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="162" />
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
