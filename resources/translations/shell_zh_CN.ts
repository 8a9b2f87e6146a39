<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Pages</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer 360</source>
        <translation>客户 360° 视图</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>vd::gui::Customer360Page</name>
    <message>
        <source>Profile and segmentation bases</source>
        <translation>档案与细分依据</translation>
    </message>
    <message>
        <source>Value and loyalty</source>
        <translation>价值与忠诚度</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>调查答卷</translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation>调查答卷</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>Open a customer from the Customers list, a segment or a case.</source>
        <translation>请从客户列表、细分群体或反馈工单中打开一位客户。</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>找不到该客户</translation>
    </message>
    <message>
        <source>The customer may have been removed by an import undo.</source>
        <translation>该客户可能已因撤销导入而被删除。</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <source>customer since %1</source>
        <translation>自 %1 起成为客户</translation>
    </message>
    <message>
        <source>Geographic:</source>
        <translation>地理：</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1（出生于 %2）</translation>
    </message>
    <message>
        <source>Demographic:</source>
        <translation>人口统计：</translation>
    </message>
    <message>
        <source>age %1, %2, income %3, %4</source>
        <translation>年龄 %1，%2，收入 %3，%4</translation>
    </message>
    <message>
        <source>Psychographic:</source>
        <translation>心理：</translation>
    </message>
    <message>
        <source>%1; values: %2</source>
        <translation>%1；价值观：%2</translation>
    </message>
    <message>
        <source>Behavioural:</source>
        <translation>行为：</translation>
    </message>
    <message>
        <source>prefers %1, uses %2, tier %3</source>
        <translation>偏好 %1，使用 %2，等级 %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>同意接收：</translation>
    </message>
    <message>
        <source>email %1, SMS %2, phone %3</source>
        <translation>电子邮件 %1，短信 %2，电话 %3</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <source>Revenue:</source>
        <translation>收入：</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>毛利：</translation>
    </message>
    <message>
        <source>Average order:</source>
        <translation>平均订单额：</translation>
    </message>
    <message>
        <source>First / last order:</source>
        <translation>首次 / 最近订单：</translation>
    </message>
    <message>
        <source>CLV (%1):</source>
        <translation>客户终身价值（%1）：</translation>
    </message>
    <message>
        <source>P(alive):</source>
        <translation>存活概率 P(alive)：</translation>
    </message>
    <message>
        <source>Expected purchases:</source>
        <translation>预期购买次数：</translation>
    </message>
    <message>
        <source>CLV:</source>
        <translation>客户终身价值：</translation>
    </message>
    <message>
        <source>no CLV model run yet</source>
        <translation>尚未运行客户终身价值模型</translation>
    </message>
    <message>
        <source>Latest NPS answer:</source>
        <translation>最近一次 NPS 回答：</translation>
    </message>
    <message>
        <source>Loyalty points:</source>
        <translation>忠诚度积分：</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>细分群体：</translation>
    </message>
    <message>
        <source>none saved</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Feedback cases:</source>
        <translation>反馈工单：</translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation>%1（%2 个未结）</translation>
    </message>
</context>
<context>
    <name>vd::gui::CustomerTableModel</name>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>vd::gui::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Search name, email, company or city (Ctrl+F); every word must match</source>
        <translation>搜索姓名、电子邮件、公司或城市（Ctrl+F）；须匹配每个词</translation>
    </message>
    <message>
        <source>Enter or double-click opens the customer&apos;s 360° page.</source>
        <translation>按回车或双击打开该客户的 360° 视图。</translation>
    </message>
    <message>
        <source>%L1 customers</source>
        <translation>%L1 位客户</translation>
    </message>
    <message>
        <source>%L1 matching customers</source>
        <translation>%L1 位匹配的客户</translation>
    </message>
    <message>
        <source>Reading the customers failed: %1</source>
        <translation>读取客户失败：%1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
</context>
<context>
    <name>vd::gui::MainWindow</name>
    <message>
        <source>ValueDesk</source>
        <translation>ValueDesk</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running work (Esc)</source>
        <translation>取消正在运行的任务（Esc）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ValueDesk</source>
        <translation>关于 ValueDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About ValueDesk</source>
        <translation>关于 ValueDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ValueDesk %1&lt;/h3&gt;&lt;p&gt;Customer relationship management and customer-value analytics: CLV, RFM and segments, NPS/CSAT/CES, Kano, journey maps and the value pyramid.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ValueDesk %1&lt;/h3&gt;&lt;p&gt;客户关系管理与客户价值分析：客户终身价值、RFM 与客户细分、NPS/CSAT/CES、卡诺模型、客户旅程地图与客户价值金字塔。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>ValueDesk workspace (*.vdw)</source>
        <translation>ValueDesk 工作区 (*.vdw)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 已存在，请直接打开。</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>ValueDesk workspace (*.vdw);;All files (*)</source>
        <translation>ValueDesk 工作区 (*.vdw);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Generating the demo workspace</source>
        <translation>正在生成演示工作区</translation>
    </message>
    <message>
        <source>The demo workspace could not be generated: %1</source>
        <translation>无法生成演示工作区：%1</translation>
    </message>
    <message>
        <source>%1 — ValueDesk</source>
        <translation>%1 — ValueDesk</translation>
    </message>
    <message>
        <source>No workspace open: File ▸ Open demo workspace (Ctrl+Shift+D)</source>
        <translation>未打开工作区：文件 ▸ 打开演示工作区（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>%L1 customers · %L2 orders · %L3 responses</source>
        <translation>%L1 位客户 · %L2 笔订单 · %L3 份答卷</translation>
    </message>
    <message>
        <source>A workspace is being opened; wait until it is ready.</source>
        <translation>工作区正在打开，请等待其就绪。</translation>
    </message>
    <message>
        <source>The demo workspace is being generated; it opens when it is ready.</source>
        <translation>演示工作区正在生成，完成后会自动打开。</translation>
    </message>
    <message>
        <source>Cannot open the demo workspace %1: %2</source>
        <translation>无法打开演示工作区 %1：%2</translation>
    </message>
    <message>
        <source>The demo workspace could not be created: %1</source>
        <translation>无法创建演示工作区：%1</translation>
    </message>
    <message>
        <source>Generating the demo workspace was cancelled; nothing was kept. Open the demo workspace again to start over.</source>
        <translation>演示工作区的生成已取消，未保留任何内容。再次打开演示工作区即可重新开始。</translation>
    </message>
</context>
<context>
    <name>vd::gui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>vd::gui::TimelineModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation>调查答卷</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>CES %1</source>
        <translation>CES %1</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Touchpoint / category</source>
        <translation>触点 / 类别</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
</context>
<context>
    <name>vd::gui::WorkspaceSession</name>
    <message>
        <source>The workspace was upgraded to the current format; the previous version was saved as %1.</source>
        <translation>工作区已升级到当前格式；旧版本已另存为 %1。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>尚未打开工作区。</translation>
    </message>
    <message>
        <source>another workspace is being opened</source>
        <translation>另一个工作区正在打开</translation>
    </message>
    <message>
        <source>Upgrading the workspace</source>
        <translation>正在升级工作区</translation>
    </message>
    <message>
        <source>the upgrade was cancelled; the workspace was left at its previous version</source>
        <translation>升级已取消；工作区保持原有版本</translation>
    </message>
</context>
</TS>
