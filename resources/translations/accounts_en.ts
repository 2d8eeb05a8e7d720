<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../../desktop/ui/accounts/model.py" line="119" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/model.py" line="119" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/model.py" line="119" />
        <source>Churn risk</source>
        <translation>Churn risk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/model.py" line="119" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="95" />
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="95" />
        <source>Name of the customer:</source>
        <translation>Name of the customer:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="100" />
        <source>Add account %1</source>
        <translation>Add account %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="118" />
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="119" />
        <source>Delete the dossier of %1 with its people, interactions and commitments? Edit ▸ Undo brings it all back.</source>
        <translation>Delete the dossier of %1 with its people, interactions and commitments? Edit ▸ Undo brings it all back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="126" />
        <source>Delete account %1</source>
        <translation>Delete account %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/accounts/panel.py" line="173" />
        <source>First %n account(s) shown; scroll for more</source>
        <translation>
            <numerusform>First %n account shown; scroll for more</numerusform><numerusform>First %n accounts shown; scroll for more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/accounts/panel.py" line="175" />
        <source>%n account(s) shown</source>
        <translation>
            <numerusform>%n account shown</numerusform><numerusform>%n accounts shown</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="178" />
        <source>Filter by name, industry, region…</source>
        <translation>Filter by name, industry, region…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="179" />
        <source>Sort by:</source>
        <translation>Sort by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="182" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="182" />
        <source>Value tier</source>
        <translation>Value tier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="182" />
        <source>Churn risk</source>
        <translation>Churn risk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/panel.py" line="183" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="189" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="190" />
        <source>%1 open, %2 overdue</source>
        <translation>%1 open, %2 overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="251" />
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="264" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="264" />
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="265" />
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="265" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="266" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="266" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="266" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="267" />
        <source>Value tier</source>
        <translation>Value tier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="267" />
        <source>Annual value (CNY)</source>
        <translation>Annual value (CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="268" />
        <source>Account owner</source>
        <translation>Account owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="268" />
        <source>Products held</source>
        <translation>Products held</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="269" />
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="270" />
        <location filename="../../desktop/ui/accounts/overview.py" line="287" />
        <source>Relationship level</source>
        <translation>Relationship level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="271" />
        <location filename="../../desktop/ui/accounts/overview.py" line="287" />
        <source>Relationship tightness</source>
        <translation>Relationship tightness</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="272" />
        <source>Loyalty stage</source>
        <translation>Loyalty stage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="272" />
        <source>Organisational politics</source>
        <translation>Organisational politics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="273" />
        <source>Corporate culture</source>
        <translation>Corporate culture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="273" />
        <source>Group culture</source>
        <translation>Group culture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="274" />
        <source>Institutional needs</source>
        <translation>Institutional needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="274" />
        <location filename="../../desktop/ui/accounts/overview.py" line="288" />
        <source>Churn risk</source>
        <translation>Churn risk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="275" />
        <source>Churn type</source>
        <translation>Churn type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="275" />
        <source>Churn scope</source>
        <translation>Churn scope</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="276" />
        <source>Churn causes</source>
        <translation>Churn causes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="276" />
        <source>Retention step</source>
        <translation>Retention step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="277" />
        <source>Churn note</source>
        <translation>Churn note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="277" />
        <location filename="../../desktop/ui/accounts/overview.py" line="284" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="282" />
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="283" />
        <source>The customer</source>
        <translation>The customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="283" />
        <source>Relationship and politics</source>
        <translation>Relationship and politics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="284" />
        <source>Churn and retention</source>
        <translation>Churn and retention</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="288" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="289" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/accounts/overview.py" line="289" />
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
</context>
</TS>
