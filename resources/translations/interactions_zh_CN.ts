<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CommitmentRow</name>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="72" />
        <source>What was promised</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="74" />
        <source>Due YYYY-MM-DD</source>
        <translation>期限 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="77" />
        <source>Remove this commitment</source>
        <translation>删除这项承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="93" />
        <source>(who?)</source>
        <translation>（谁？）</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="119" />
        <location filename="../../desktop/ui/interactions/dialog.py" line="285" />
        <source>Log interaction</source>
        <translation>记录互动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="119" />
        <location filename="../../desktop/ui/interactions/dialog.py" line="285" />
        <source>Edit interaction</source>
        <translation>编辑互动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="133" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="134" />
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="144" />
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="160" />
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="161" />
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="162" />
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="165" />
        <source>Objective:</source>
        <translation>拜访目标：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="166" />
        <source>Information to gather:</source>
        <translation>需了解的信息：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="167" />
        <source>Materials to prepare:</source>
        <translation>需准备的资料：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="168" />
        <source>Agenda and tactics:</source>
        <translation>议程与策略：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="168" />
        <source>Plan</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="171" />
        <source>Their people</source>
        <translation>客户方人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="171" />
        <source>Our team</source>
        <translation>我方团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="176" />
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="177" />
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="177" />
        <source>Concerns / issues to solve:</source>
        <translation>客户关注 / 待解决问题：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="178" />
        <source>Next steps:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="181" />
        <source>Satisfaction check:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="182" />
        <source>Satisfaction note:</source>
        <translation>满意度说明：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="183" />
        <source>Next contact on:</source>
        <translation>下次联系日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="184" />
        <source>Outcome</source>
        <translation>沟通结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="193" />
        <source>Add commitment</source>
        <translation>添加承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="197" />
        <source>Promises made in this interaction, ours and theirs:</source>
        <translation>本次互动中双方做出的承诺：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="200" />
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="271" />
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="272" />
        <source>Close without saving? What you typed in this interaction will be lost.</source>
        <translation>不保存就关闭吗？这次互动中输入的内容将会丢失。</translation>
    </message>
</context>
<context>
    <name>InteractionsTab</name>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="53" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="54" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="55" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="56" />
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="57" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="58" />
        <source>Next contact</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="59" />
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/interactions/tab.py" line="116" />
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n 条互动记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="117" />
        <source>Choose an account on the left.</source>
        <translation>请在左侧选择一个客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="148" />
        <location filename="../../desktop/ui/interactions/tab.py" line="157" />
        <source>Delete interaction</source>
        <translation>删除互动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="149" />
        <source>Delete the %1 of %2 and the commitments made in it? Edit ▸ Undo brings it back.</source>
        <translation>要删除 %2 的%1及其中做出的承诺吗？可用 编辑 ▸ 撤销 恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="184" />
        <source>Objective</source>
        <translation>拜访目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="184" />
        <source>Agenda and tactics</source>
        <translation>议程与策略</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="185" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="185" />
        <source>Concerns</source>
        <translation>客户关注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="186" />
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="206" />
        <source>Log interaction…</source>
        <translation>记录互动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="207" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="208" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
</TS>
