<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Map</name>
    <message>
        <location filename="../../desktop/ui/map/coverage_panel.py" line="40"/>
        <source>Coverage analysis</source>
        <translation>覆盖分析</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/coverage_panel.py" line="41"/>
        <source>Show on the map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/coverage_panel.py" line="42"/>
        <source>Action</source>
        <translation>建议行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/coverage_panel.py" line="43"/>
        <source>Needs matrix</source>
        <translation>需求矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/coverage_panel.py" line="75"/>
        <source>met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/coverage_panel.py" line="75"/>
        <source>not met</source>
        <translation>未满足</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/coverage_panel.py" line="76"/>
        <source>Institutional needs</source>
        <translation>机构需求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/coverage_panel.py" line="77"/>
        <source>Personal needs</source>
        <translation>个人需求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/export.py" line="206"/>
        <source>part %1 of %2</source>
        <translation>第 %1 部分，共 %2 部分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="51"/>
        <source>Fill: relationship to us</source>
        <translation>填充色：与我方的关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="56"/>
        <location filename="../../desktop/ui/map/legend.py" line="66"/>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="60"/>
        <source>Border and corner letter: attitude</source>
        <translation>边框和角标：工作态度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="70"/>
        <source>Bar: influence (1–5)</source>
        <translation>条形：影响力（1–5）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="75"/>
        <source>3 of 5</source>
        <translation>5 分中的 3 分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="78"/>
        <source>Badges: decision roles</source>
        <translation>标签：决策角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="87"/>
        <source>Lines</source>
        <translation>连线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="88"/>
        <source>Reports to</source>
        <translation>汇报给</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="90"/>
        <source>Our coverage (thicker = stronger)</source>
        <translation>我方联系（越粗越紧密）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/legend.py" line="102"/>
        <source>A coverage finding concerns this person</source>
        <translation>此人涉及覆盖分析中的问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/items.py" line="46"/>
        <source>Relationship to us</source>
        <translation>与我方的关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/items.py" line="47"/>
        <source>Attitude</source>
        <translation>工作态度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/items.py" line="48"/>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="129"/>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="130"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="131"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="132"/>
        <source>Re-layout</source>
        <translation>重新排列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="133"/>
        <source>Forget dragged positions and lay the chart out again</source>
        <translation>放弃手动拖放的位置，重新自动排列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="134"/>
        <source>Draw a line</source>
        <translation>画线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="136"/>
        <source>Drag from one person to another to set who reports to whom or to link them</source>
        <translation>从一个人拖到另一个人，设置汇报关系或建立关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="137"/>
        <source>Reporting lines</source>
        <translation>汇报关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="138"/>
        <source>Relationships</source>
        <translation>人际关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="139"/>
        <source>Our team</source>
        <translation>我方团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="140"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="221"/>
        <location filename="../../desktop/ui/map/tab.py" line="238"/>
        <source>Move on the map</source>
        <translation>在地图上移动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="250"/>
        <source>Re-layout the map</source>
        <translation>重新排列地图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="285"/>
        <location filename="../../desktop/ui/map/tab.py" line="287"/>
        <source>%1 reports to %2</source>
        <translation>%1 向 %2 汇报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="291"/>
        <source>Link: %1</source>
        <translation>关系：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="305"/>
        <source>Set reporting line</source>
        <translation>设置汇报关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="311"/>
        <source>Add relationship</source>
        <translation>添加关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="315"/>
        <location filename="../../desktop/ui/map/tab.py" line="348"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="321"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="324"/>
        <source>Attitude</source>
        <translation>工作态度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="325"/>
        <source>Relationship to us</source>
        <translation>与我方的关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="330"/>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="338"/>
        <source>Remove reporting line to %1</source>
        <translation>取消向 %1 的汇报关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="351"/>
        <source>Kind of relationship</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="354"/>
        <location filename="../../desktop/ui/map/tab.py" line="356"/>
        <source>Delete relationship</source>
        <translation>删除关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="377"/>
        <source>Export the map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/map/tab.py" line="378"/>
        <source>PDF document (*.pdf);;PNG image (*.png)</source>
        <translation>PDF 文档 (*.pdf);;PNG 图片 (*.png)</translation>
    </message>
</context>
</TS>
