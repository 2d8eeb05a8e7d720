<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="207" />
        <source>Our person</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="207" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="207" />
        <source>Strength</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="211" />
        <location filename="../../desktop/ui/people/relations.py" line="223" />
        <source>Add coverage</source>
        <translation>添加覆盖</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="212" />
        <location filename="../../desktop/ui/people/relations.py" line="229" />
        <source>Remove coverage</source>
        <translation>移除覆盖</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="214" />
        <source>Which of our people hold this relationship? One thread only is a risk: the deeper relationship needs several layers of contact.</source>
        <translation>我方哪些人维护着与此人的关系？只有一条线是风险：深层关系需要多个层面的接触。</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="156" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="156" />
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="156" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="163" />
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="164" />
        <location filename="../../desktop/ui/people/relations.py" line="177" />
        <source>Add relationship</source>
        <translation>添加关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="165" />
        <location filename="../../desktop/ui/people/relations.py" line="184" />
        <source>Remove relationship</source>
        <translation>移除关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="166" />
        <source>Who is this person tied to inside the client?</source>
        <translation>此人在客户内部与谁有关系？</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="108" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="108" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="108" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="108" />
        <source>Attitude</source>
        <translation>工作态度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="109" />
        <source>Relationship to us</source>
        <translation>与我方的关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="109" />
        <source>Personality</source>
        <translation>个性</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="109" />
        <source>Power</source>
        <translation>权力</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="110" />
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="110" />
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="110" />
        <source>Our owner</source>
        <translation>我方负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="146" />
        <source> (left %1)</source>
        <translation>（%1 已离职）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="160" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/people/model.py" line="162" />
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="162" />
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/people/model.py" line="171" />
        <source>%n day(s) over the contact cadence</source>
        <translation>
            <numerusform>已超出联系周期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="49" />
        <source>No one in this decision chain yet. Click “New person…” to add the first: who decides, who evaluates, who filters suppliers, who uses the product.</source>
        <translation>决策链中还没有人。点击“新建联系人…”添加第一位：谁是决策者、评估者、过滤者、使用者。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="136" />
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="137" />
        <source>Name (Chinese names family name first):</source>
        <translation>姓名（中文姓名姓在前）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="143" />
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="174" />
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="175" />
        <source>Delete %1 from the decision chain? Their relationships and our coverage of them go too. Edit ▸ Undo brings everything back.</source>
        <translation>要从决策链中删除%1吗？其关系和我方覆盖也会一并删除。可通过“编辑 ▸ 撤销”全部恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="183" />
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="245" />
        <source>Choose an account on the left.</source>
        <translation>请在左侧选择一个客户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/people/tab.py" line="249" />
        <source>%n person(s) in the decision chain of %1</source>
        <translation>
            <numerusform>%1 的决策链中共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="254" />
        <source>New person…</source>
        <translation>新建联系人…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="255" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="256" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="257" />
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="258" />
        <source>Export this person's data…</source>
        <translation>导出此人的数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="259" />
        <source>Erase for good…</source>
        <translation>彻底清除…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="112" />
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="159" />
        <source>External influencer (consultant, regulator, peer)</source>
        <translation>外部影响者（顾问、监管机构、同行）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="197" />
        <source>We meet their institutional needs</source>
        <translation>我们满足了其机构需求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="199" />
        <source>We meet their personal needs</source>
        <translation>我们满足了其个人需求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="238" />
        <source>Person — %1</source>
        <translation>人员 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="266" />
        <source>Choose a personality type to see how to engage them.</source>
        <translation>选择个性类型后可查看相处之道。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="269" />
        <source>How to engage them</source>
        <translation>相处之道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="275" />
        <source>Needs matrix: %1</source>
        <translation>需求矩阵：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="281" />
        <source>Identity and contact</source>
        <translation>身份与联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="281" />
        <source>Roles and stance</source>
        <translation>角色与立场</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="282" />
        <source>Personality</source>
        <translation>个性</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="282" />
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="282" />
        <source>FORM and rapport</source>
        <translation>FORM 与共同话题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="283" />
        <source>Relationships</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="283" />
        <source>Our coverage</source>
        <translation>我方覆盖</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="286" />
        <source>Every change is saved as you go; Ctrl+Z undoes it.</source>
        <translation>每次修改都会立即保存；按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="288" />
        <source>Click to mark this fact as hearsay or confirmed</source>
        <translation>点击将此信息标记为传闻或已确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="292" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="292" />
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="292" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="293" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="293" />
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="293" />
        <source>Emails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="294" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="294" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="294" />
        <source>Reports to</source>
        <translation>汇报给</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="295" />
        <source>External</source>
        <translation>外部人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="295" />
        <source>Organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="296" />
        <source>Left the company on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="296" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="297" />
        <source>Decision roles</source>
        <translation>决策中扮演的角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="297" />
        <source>Attitude</source>
        <translation>工作态度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="298" />
        <source>Relationship to us</source>
        <translation>与我方的关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="298" />
        <source>Power</source>
        <translation>权力</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="298" />
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="299" />
        <source>Personal motive</source>
        <translation>个人动机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="299" />
        <source>Contact every (days)</source>
        <translation>联系周期（天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="300" />
        <source>Personality type</source>
        <translation>个性类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="301" />
        <source>Institutional needs</source>
        <translation>机构需求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="301" />
        <source>Personal needs</source>
        <translation>个人需求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="302" />
        <source>Institutional</source>
        <translation>机构需求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="302" />
        <source>Personal</source>
        <translation>个人需求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="303" />
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="303" />
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="304" />
        <source>Motivation</source>
        <translation>动机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="304" />
        <source>Recreation</source>
        <translation>消遣娱乐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="305" />
        <source>Common ground</source>
        <translation>共同话题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="305" />
        <source>Rapport notes</source>
        <translation>拉近关系的备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="306" />
        <source>Influence channels</source>
        <translation>影响力来源</translation>
    </message>
</context>
<context>
    <name>PersonPrivacy</name>
    <message>
        <location filename="../../desktop/ui/people/privacy.py" line="39" />
        <source>Erase %1 for good</source>
        <translation>彻底清除%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/privacy.py" line="40" />
        <source>Erase %1 of %2 and every trace of them?

This removes the person, the meetings they attended, their relationships, our coverage of them, their external ties and their entries in the search. Promises they made or received stay, without their name.

This cannot be undone, not even with Edit ▸ Undo. Backups made before now still hold them until they are rotated out.

To only take them off the chart, use Delete… instead.</source>
        <translation>要彻底清除 %2 的%1及其所有痕迹吗？

将删除此人、其参加过的会面记录、其人际关系、我方对其的覆盖、其外部关系以及搜索中的相关内容。其做出或收到的承诺会保留，但不再显示其姓名。

此操作无法恢复，编辑 ▸ 撤销 也不行。此前做的备份仍包含此人，直到轮换删除这些备份。

如果只想把此人从决策链中移除，请改用“删除…”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/privacy.py" line="76" />
        <source>%1 was erased. Backups made before now still hold them until they are rotated out.</source>
        <translation>已彻底清除%1。此前做的备份仍包含此人，直到轮换删除这些备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/privacy.py" line="86" />
        <source>Erased</source>
        <translation>已清除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/privacy.py" line="96" />
        <source>Export this person's data</source>
        <translation>导出此人的数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/privacy.py" line="99" />
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/privacy.py" line="114" />
        <source>The file could not be written (%1). Choose another folder, for example your Documents.</source>
        <translation>无法写入文件（%1）。请选择其他文件夹，例如“文档”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/privacy.py" line="123" />
        <source>Everything the dossier holds about %1 was written to %2. It is personal data: hand it over securely.</source>
        <translation>档案中关于%1的全部数据已写入 %2。这是个人数据，请安全地交付。</translation>
    </message>
</context>
</TS>
