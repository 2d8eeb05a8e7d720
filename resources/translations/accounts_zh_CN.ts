<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../../desktop/ui/accounts/model.py" line="119"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/model.py" line="119"/>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/model.py" line="119"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/model.py" line="119"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="95"/>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="95"/>
        <source>Name of the customer:</source>
        <translation>客户名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="100"/>
        <source>Add account %1</source>
        <translation>添加客户 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="118"/>
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="119"/>
        <source>Delete the dossier of %1 with its people, interactions and commitments? Edit ▸ Undo brings it all back.</source>
        <translation>要删除%1的档案及其联系人、互动记录和承诺吗？可用 编辑 ▸ 撤销 全部恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="126"/>
        <source>Delete account %1</source>
        <translation>删除客户 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/accounts/panel.py" line="173"/>
        <source>First %n account(s) shown; scroll for more</source>
        <translation>
            <numerusform>已显示前 %n 个客户，向下滚动查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/accounts/panel.py" line="175"/>
        <source>%n account(s) shown</source>
        <translation>
            <numerusform>显示 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="178"/>
        <source>Filter by name, industry, region…</source>
        <translation>按名称、行业、地区筛选…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="179"/>
        <source>Sort by:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="182"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="182"/>
        <source>Value tier</source>
        <translation>价值级别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="182"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="183"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="189"/>
        <source>never</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="190"/>
        <source>%1 open, %2 overdue</source>
        <translation>%1 项未完成，%2 项逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="251"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="264"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="264"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="265"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="265"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="266"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="266"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="266"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="267"/>
        <source>Value tier</source>
        <translation>价值级别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="267"/>
        <source>Annual value (CNY)</source>
        <translation>年度价值（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="268"/>
        <source>Account owner</source>
        <translation>客户负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="268"/>
        <source>Products held</source>
        <translation>已用产品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="269"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="270"/>
        <location filename="../../desktop/ui/accounts/overview.py" line="287"/>
        <source>Relationship level</source>
        <translation>关系水平</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="271"/>
        <location filename="../../desktop/ui/accounts/overview.py" line="287"/>
        <source>Relationship tightness</source>
        <translation>客户关系类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="272"/>
        <source>Loyalty stage</source>
        <translation>忠诚阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="272"/>
        <source>Organisational politics</source>
        <translation>组织政治</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="273"/>
        <source>Corporate culture</source>
        <translation>企业文化</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="273"/>
        <source>Group culture</source>
        <translation>群体文化</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="274"/>
        <source>Institutional needs</source>
        <translation>机构需求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="274"/>
        <location filename="../../desktop/ui/accounts/overview.py" line="288"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="275"/>
        <source>Churn type</source>
        <translation>流失类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="275"/>
        <source>Churn scope</source>
        <translation>流失范围</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="276"/>
        <source>Churn causes</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="276"/>
        <source>Retention step</source>
        <translation>挽留环节</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="277"/>
        <source>Churn note</source>
        <translation>流失说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="277"/>
        <location filename="../../desktop/ui/accounts/overview.py" line="284"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="282"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="283"/>
        <source>The customer</source>
        <translation>客户信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="283"/>
        <source>Relationship and politics</source>
        <translation>客户关系与组织政治</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="284"/>
        <source>Churn and retention</source>
        <translation>流失与挽留</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="288"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="289"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="289"/>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
</context>
</TS>
