<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Pages</name>
    <message>
        <source>Loyalty dashboard</source>
        <translation>忠诚度仪表盘</translation>
    </message>
    <message>
        <source>Feedback queue</source>
        <translation>反馈队列</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source> pts</source>
        <translation> 分</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> 个百分点</translation>
    </message>
</context>
<context>
    <name>vd::gui::AlertRuleModel</name>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT top-2 box</source>
        <translation>CSAT 前两档占比</translation>
    </message>
    <message>
        <source>CSAT mean</source>
        <translation>CSAT 均值</translation>
    </message>
    <message>
        <source>CES mean</source>
        <translation>CES 均值</translation>
    </message>
    <message>
        <source>CES agree (5–7)</source>
        <translation>CES 认同率（5–7）</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>below</source>
        <translation>低于</translation>
    </message>
    <message>
        <source>above</source>
        <translation>高于</translation>
    </message>
    <message>
        <source>significant drop</source>
        <translation>显著下降</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> 分</translation>
    </message>
    <message>
        <source> (1–5)</source>
        <translation> (1–5)</translation>
    </message>
    <message>
        <source> (1–7)</source>
        <translation> (1–7)</translation>
    </message>
    <message>
        <source>%1 is %2 in %3, below the threshold %4</source>
        <translation>%3 的 %1 为 %2，低于阈值 %4</translation>
    </message>
    <message>
        <source>%1 is %2 in %3, above the threshold %4</source>
        <translation>%3 的 %1 为 %2，高于阈值 %4</translation>
    </message>
    <message>
        <source>%1 went from %2 in %3 to %4 in %5, a significant change for the worse (p = %6)</source>
        <translation>%1 从 %3 的 %2 变为 %5 的 %4，显著恶化（p = %6）</translation>
    </message>
    <message>
        <source>Add the rule %1 %2</source>
        <translation>添加规则“%1 %2”</translation>
    </message>
    <message>
        <source>Remove the rule %1 %2</source>
        <translation>删除规则“%1 %2”</translation>
    </message>
    <message>
        <source>Restore the default alert rules</source>
        <translation>恢复默认预警规则</translation>
    </message>
    <message>
        <source>The threshold must lie between %1 and %2</source>
        <translation>阈值必须介于 %1 与 %2 之间</translation>
    </message>
    <message>
        <source>Repeats rule %1</source>
        <translation>与规则 %1 重复</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>Fires when the change against the previous period is for the worse and significant at 95 %</source>
        <translation>与上一周期相比出现恶化且在 95 % 水平上显著时触发</translation>
    </message>
    <message>
        <source>In NPS points, percent, or on the answer scale</source>
        <translation>单位为 NPS 分值、百分比或答题量表刻度</translation>
    </message>
    <message>
        <source>A drop rule needs no threshold</source>
        <translation>下降规则无需阈值</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Change the metric of rule %1 to %2</source>
        <translation>将规则 %1 的指标改为 %2</translation>
    </message>
    <message>
        <source>Change rule %1 to %2</source>
        <translation>将规则 %1 改为 %2</translation>
    </message>
    <message>
        <source>Set the threshold of rule %1 to %2</source>
        <translation>将规则 %1 的阈值设为 %2</translation>
    </message>
    <message>
        <source>Enable rule %1</source>
        <translation>启用规则 %1</translation>
    </message>
    <message>
        <source>Disable rule %1</source>
        <translation>停用规则 %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Fires when</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
</context>
<context>
    <name>vd::gui::AlertRulesDialog</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>预警规则</translation>
    </message>
    <message>
        <source>An alert fires for the latest period when a metric is below or above its threshold, or when it changed for the worse against the previous period and the change is significant at 95 %. Thresholds are in NPS points, percent, or on the 1–5 (CSAT mean) and 1–7 (CES mean) scales.</source>
        <translation>当某项指标低于或高于其阈值，或与上一周期相比出现恶化且该变化在 95 % 水平上显著时，即针对最新周期触发预警。阈值的单位为 NPS 分值、百分比，或 1–5（CSAT 均值）和 1–7（CES 均值）量表刻度。</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Drops of NPS, CSAT, CES and retention; NPS below 0; CSAT below 70 %</source>
        <translation>NPS、CSAT、CES 与留存率显著下降；NPS 低于 0；CSAT 低于 70 %</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>vd::gui::CaseTableModel</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>已告知客户</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（逾期）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The customer&apos;s CLV from the newest CLV run: what is at stake if this customer leaves. (The CLV page&apos;s “value at risk” is CLV × (1 − P(alive)).)</source>
        <translation>该客户在最近一次 CLV 运行中的 CLV：即该客户流失时面临的损失。（CLV 页面中的“风险价值”为 CLV × (1 − P(alive))。）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情感倾向</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>创建时间（UTC）</translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation>截止时间（UTC）</translation>
    </message>
    <message>
        <source>Customer CLV</source>
        <translation>客户 CLV</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈内容</translation>
    </message>
</context>
<context>
    <name>vd::gui::DashboardBreakdownModel</name>
    <message>
        <source>%L1 promoters, %L2 passives, %L3 detractors</source>
        <translation>推荐者 %L1 位，被动者 %L2 位，贬损者 %L3 位</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <source>NPS (points)</source>
        <translation>NPS（分）</translation>
    </message>
    <message>
        <source>NPS 95 % CI</source>
        <translation>NPS 95 % 置信区间</translation>
    </message>
    <message>
        <source>CSAT top-2 (%)</source>
        <translation>CSAT 前两档（%）</translation>
    </message>
    <message>
        <source>CES mean (1–7)</source>
        <translation>CES 均值（1–7）</translation>
    </message>
</context>
<context>
    <name>vd::gui::DashboardDriverChart</name>
    <message>
        <source>What moves the recommend score: share of R² = %1 (n = %L2)</source>
        <translation>推荐意愿的驱动因素：R² = %1 的分解占比（n = %L2）</translation>
    </message>
    <message>
        <source>Share of explained variance</source>
        <translation>解释方差占比</translation>
    </message>
    <message>
        <source>Attribute (performance rating)</source>
        <translation>属性（表现评分）</translation>
    </message>
    <message>
        <source>Share of explained variance (%)</source>
        <translation>解释方差占比（%）</translation>
    </message>
</context>
<context>
    <name>vd::gui::DashboardIpaChart</name>
    <message>
        <source>Importance–performance matrix</source>
        <translation>重要性–表现矩阵</translation>
    </message>
    <message>
        <source>No attribute ratings</source>
        <translation>无属性评分</translation>
    </message>
    <message>
        <source>Performance (mean rating, 1–7)</source>
        <translation>表现（平均评分，1–7）</translation>
    </message>
    <message>
        <source>Derived importance (share of R², %)</source>
        <translation>推导重要性（R² 占比，%）</translation>
    </message>
    <message>
        <source>Stated importance (mean rating, 1–7)</source>
        <translation>陈述重要性（平均评分，1–7）</translation>
    </message>
    <message>
        <source>Concentrate here</source>
        <translation>重点改进</translation>
    </message>
    <message>
        <source>Keep up the good work</source>
        <translation>继续保持</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>低优先级</translation>
    </message>
    <message>
        <source>Possible overkill</source>
        <translation>可能过度投入</translation>
    </message>
</context>
<context>
    <name>vd::gui::DashboardPage</name>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT (top-2 box)</source>
        <translation>CSAT（前两档占比）</translation>
    </message>
    <message>
        <source>CES (mean, 1–7)</source>
        <translation>CES（均值，1–7）</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>平均 CLV</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Loyalty dashboard</source>
        <translation>忠诚度仪表盘</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Length of a period</source>
        <translation>周期长度</translation>
    </message>
    <message>
        <source>The period shown; changes are against the period before it</source>
        <translation>显示的周期；变化量相对于上一周期计算</translation>
    </message>
    <message>
        <source>Only members of a saved segment (its newest snapshot)</source>
        <translation>仅统计某个客群的成员（取其最新快照）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Recompute (F5)</source>
        <translation>重新计算（F5）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the dashboard as PNG, SVG or PDF (Ctrl+Shift+E)</source>
        <translation>将仪表盘保存为 PNG、SVG 或 PDF（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>客群：</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Alert rules…</source>
        <translation>预警规则…</translation>
    </message>
    <message>
        <source>Choose which changes of NPS, CSAT, CES and retention raise an alert</source>
        <translation>选择 NPS、CSAT、CES 和留存率的哪些变化会触发预警</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>按客群</translation>
    </message>
    <message>
        <source>By touchpoint</source>
        <translation>按触点</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>分项统计</translation>
    </message>
    <message>
        <source>Key drivers</source>
        <translation>关键驱动因素</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Could not compute the dashboard: %1</source>
        <translation>无法计算仪表盘：%1</translation>
    </message>
    <message>
        <source>Loyalty dashboard: %1</source>
        <translation>忠诚度仪表盘：%1</translation>
    </message>
    <message>
        <source>This workspace has no survey responses or orders yet.</source>
        <translation>此工作区尚无调查答卷或订单。</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>%1 compared with %2 · %3 · changes marked ● are significant at 95 %</source>
        <translation>%1 对比 %2 · %3 · 标有 ● 的变化在 95 % 水平上显著</translation>
    </message>
    <message>
        <source>previous CLV run</source>
        <translation>上一次 CLV 运行</translation>
    </message>
    <message>
        <source>Fit a CLV model to see the average CLV</source>
        <translation>拟合 CLV 模型后即可查看平均 CLV</translation>
    </message>
    <message>
        <source>No alert rule fired for %1.</source>
        <translation>%1 未触发任何预警规则。</translation>
    </message>
    <message>
        <source>Week (start, UTC)</source>
        <translation>周（起始日，UTC）</translation>
    </message>
    <message>
        <source>Quarter (start, UTC)</source>
        <translation>季度（起始日，UTC）</translation>
    </message>
    <message>
        <source>Month (UTC)</source>
        <translation>月（UTC）</translation>
    </message>
    <message>
        <source>CSAT top-2 box</source>
        <translation>CSAT 前两档占比</translation>
    </message>
    <message>
        <source>CES agree (5–7)</source>
        <translation>CES 认同率（5–7）</translation>
    </message>
    <message>
        <source>CSAT mean (1–5)</source>
        <translation>CSAT 均值（1–5）</translation>
    </message>
    <message>
        <source>CES mean (1–7)</source>
        <translation>CES 均值（1–7）</translation>
    </message>
    <message>
        <source>Net Promoter Score (band: 95 % adjusted-Wald interval)</source>
        <translation>净推荐值 NPS（阴影带：95 % 调整 Wald 区间）</translation>
    </message>
    <message>
        <source>NPS (points)</source>
        <translation>NPS（分）</translation>
    </message>
    <message>
        <source>CSAT top-2 box and CES agree (band: 95 % interval)</source>
        <translation>CSAT 前两档占比与 CES 认同率（阴影带：95 % 区间）</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <source>CSAT and CES means (band: 95 % t interval)</source>
        <translation>CSAT 与 CES 均值（阴影带：95 % t 区间）</translation>
    </message>
    <message>
        <source>Mean answer</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <source>Retention, churn and repurchase of buyers (band: 95 %)</source>
        <translation>购买客户的留存率、流失率与复购率（阴影带：95 %）</translation>
    </message>
    <message>
        <source>Buyers (%)</source>
        <translation>购买客户（%）</translation>
    </message>
    <message>
        <source>Computing key drivers…</source>
        <translation>正在计算关键驱动因素…</translation>
    </message>
    <message>
        <source>No key drivers: %1</source>
        <translation>无法得出关键驱动因素：%1</translation>
    </message>
    <message>
        <source>Updating the feedback loop and alerts</source>
        <translation>正在更新反馈闭环与预警</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n feedback case(s) for new detractors and negative feedback.</source>
        <translation><numerusform>已为新的贬损者和负面反馈创建 %n 个反馈工单。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n loyalty alert(s) for %1: %2</source>
        <translation><numerusform>%1 有 %n 条忠诚度预警：%2</numerusform></translation>
    </message>
    <message>
        <source>Alert rules saved; the dashboard is re-evaluated.</source>
        <translation>预警规则已保存；仪表盘已重新计算。</translation>
    </message>
    <message>
        <source>Alert rules not saved: %1</source>
        <translation>预警规则未保存：%1</translation>
    </message>
</context>
<context>
    <name>vd::gui::DashboardTrendChart</name>
    <message>
        <source>%1, 95 % interval</source>
        <translation>%1，95 % 区间</translation>
    </message>
</context>
<context>
    <name>vd::gui::FeedbackQueuePage</name>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Open new cases</source>
        <translation>创建新工单</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>已告知客户</translation>
    </message>
    <message>
        <source>Customer 360°</source>
        <translation>客户 360° 视图</translation>
    </message>
    <message>
        <source>Case settings…</source>
        <translation>工单设置…</translation>
    </message>
    <message>
        <source>Feedback queue</source>
        <translation>反馈队列</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Open a case for every detractor and negative feedback that has none</source>
        <translation>为每个尚无工单的贬损者和负面反馈创建工单</translation>
    </message>
    <message>
        <source>SLA hours and the keyword rules that set a case&apos;s category</source>
        <translation>SLA 时长（小时）以及决定工单类别的关键词规则</translation>
    </message>
    <message>
        <source>Give the case an owner (Ctrl+Shift+A)</source>
        <translation>为工单指定负责人（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>The owner solved the problem (Ctrl+Shift+R)</source>
        <translation>负责人已解决问题（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>The customer was told; closes the loop (Ctrl+Shift+I)</source>
        <translation>已告知客户，完成闭环（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>Open the customer&apos;s 360° page (Enter or double-click)</source>
        <translation>打开该客户的 360° 视图（回车或双击）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Status moves new → assigned → resolved → customer informed; other changes are refused. Undo with Ctrl+Z.</source>
        <translation>状态按 新建 → 已分配 → 已解决 → 已告知客户 的顺序推进；其他变更将被拒绝。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Loading the feedback queue</source>
        <translation>正在加载反馈队列</translation>
    </message>
    <message>
        <source>%L1 cases · %L2 overdue</source>
        <translation>%L1 个工单 · %L2 个逾期</translation>
    </message>
    <message>
        <source>Feedback queue: %1</source>
        <translation>反馈队列：%1</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>重新分配…</translation>
    </message>
    <message>
        <source>Assign case %1</source>
        <translation>分配工单 %1</translation>
    </message>
    <message>
        <source>Owner (who will follow up with the customer):</source>
        <translation>负责人（负责跟进该客户的人）：</translation>
    </message>
    <message>
        <source>A case needs an owner&apos;s name to be assigned.</source>
        <translation>分配工单需要填写负责人姓名。</translation>
    </message>
    <message>
        <source>Assign case %1 to %2</source>
        <translation>将工单 %1 分配给 %2</translation>
    </message>
    <message>
        <source>Resolve case %1</source>
        <translation>解决工单 %1</translation>
    </message>
    <message>
        <source>Mark case %1 as customer informed</source>
        <translation>将工单 %1 标记为已告知客户</translation>
    </message>
    <message>
        <source>Opening feedback cases</source>
        <translation>正在创建反馈工单</translation>
    </message>
    <message>
        <source>Opened %L1 cases: %L2 detractors, %L3 other negative responses, %L4 interactions.</source>
        <translation>已创建 %L1 个工单：贬损者 %L2 个，其他负面答卷 %L3 份，互动 %L4 条。</translation>
    </message>
    <message>
        <source>Opening cases failed: %1</source>
        <translation>创建工单失败：%1</translation>
    </message>
    <message>
        <source>Case settings</source>
        <translation>工单设置</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Time from the feedback until its case is due (default 48 h)</source>
        <translation>从收到反馈到工单截止的时长（默认 48 小时）</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA：</translation>
    </message>
    <message>
        <source>Category rules:</source>
        <translation>类别规则：</translation>
    </message>
    <message>
        <source>One line per category: “category: keyword, keyword, …”. The first line with a keyword in the feedback decides; English keywords match at a word start, Chinese ones anywhere. Applies to cases opened from now on.</source>
        <translation>每个类别一行：“类别：关键词、关键词、…”。以反馈中首个出现关键词的行为准；英文关键词须从词首开始匹配，中文关键词可在任意位置匹配。仅对此后创建的工单生效。</translation>
    </message>
    <message>
        <source>Case settings saved; they apply to cases opened from now on.</source>
        <translation>工单设置已保存；将应用于此后创建的工单。</translation>
    </message>
</context>
<context>
    <name>vd::gui::KpiTile</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 为 %1</translation>
    </message>
    <message>
        <source>95 % CI %1 to %2</source>
        <translation>95 % 置信区间 %1 至 %2</translation>
    </message>
    <message>
        <source>n = %L1</source>
        <translation>n = %L1</translation>
    </message>
    <message>
        <source>%L1 customers</source>
        <translation>%L1 位客户</translation>
    </message>
    <message>
        <source>no %1 to compare</source>
        <translation>%1 无数据，无法比较</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>对比 %1</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <source>(not significant)</source>
        <translation>（不显著）</translation>
    </message>
    <message>
        <source>Two-sided p = %1 (95 % level)</source>
        <translation>双侧 p = %1（95 % 水平）</translation>
    </message>
    <message>
        <source>Not a sample estimate: no significance test</source>
        <translation>非样本估计值，不做显著性检验</translation>
    </message>
</context>
</TS>
