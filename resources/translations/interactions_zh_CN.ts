<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CommitmentRow</name>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="71" />
        <source>What was promised</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="73" />
        <source>Due YYYY-MM-DD</source>
        <translation>期限 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="76" />
        <source>Remove this commitment</source>
        <translation>删除这项承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="92" />
        <source>(who?)</source>
        <translation>（谁？）</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="118" />
        <location filename="../../desktop/ui/interactions/dialog.py" line="283" />
        <source>Log interaction</source>
        <translation>记录互动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="118" />
        <location filename="../../desktop/ui/interactions/dialog.py" line="283" />
        <source>Edit interaction</source>
        <translation>编辑互动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="132" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="133" />
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="143" />
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="159" />
        <source>Kind and time:</source>
        <translation>类型与时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="160" />
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="161" />
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="164" />
        <source>Objective:</source>
        <translation>拜访目标：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="165" />
        <source>Information to gather:</source>
        <translation>需了解的信息：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="166" />
        <source>Materials to prepare:</source>
        <translation>需准备的资料：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="167" />
        <source>Agenda and tactics:</source>
        <translation>议程与策略：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="167" />
        <source>Plan</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="170" />
        <source>Their people</source>
        <translation>客户方人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="170" />
        <source>Our team</source>
        <translation>我方团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="175" />
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="176" />
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="176" />
        <source>Concerns / issues to solve:</source>
        <translation>客户关注 / 待解决问题：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="177" />
        <source>Next steps:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="180" />
        <source>Satisfaction check:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="181" />
        <source>Satisfaction note:</source>
        <translation>满意度说明：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="182" />
        <source>Next contact on:</source>
        <translation>下次联系日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="183" />
        <source>Outcome</source>
        <translation>沟通结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="192" />
        <source>Add commitment</source>
        <translation>添加承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="196" />
        <source>Promises made in this interaction, ours and theirs:</source>
        <translation>本次互动中双方做出的承诺：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="199" />
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="274" />
        <source>Close without saving? What you typed in this interaction will be lost.</source>
        <translation>不保存就关闭吗？这次互动中输入的内容将会丢失。</translation>
    </message>
</context>
<context>
    <name>InteractionsTab</name>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="66" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="67" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="68" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="69" />
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="70" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="71" />
        <source>Next contact</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="72" />
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="76" />
        <source>No interactions yet. Click “Log interaction…” to plan a visit, or to record a visit, call or meal with what was said and promised.</source>
        <translation>还没有互动记录。点击“记录互动…”来计划一次拜访，或记录一次拜访、电话或宴请：谈了什么、承诺了什么。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/interactions/tab.py" line="139" />
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n 条互动记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="140" />
        <source>Choose an account on the left.</source>
        <translation>请在左侧选择一个客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="183" />
        <location filename="../../desktop/ui/interactions/tab.py" line="192" />
        <source>Delete interaction</source>
        <translation>删除互动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="184" />
        <source>Delete the %1 of %2 and the commitments made in it? Edit ▸ Undo brings it back.</source>
        <translation>要删除 %2 的%1及其中做出的承诺吗？可用 编辑 ▸ 撤销 恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="233" />
        <source>Objective</source>
        <translation>拜访目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="233" />
        <source>Agenda and tactics</source>
        <translation>议程与策略</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="234" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="234" />
        <source>Concerns</source>
        <translation>客户关注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="235" />
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="268" />
        <source>Log interaction…</source>
        <translation>记录互动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="269" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="270" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
</TS>
