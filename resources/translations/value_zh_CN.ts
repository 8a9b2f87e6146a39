<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Pages</name>
    <message>
        <source>Value pyramid</source>
        <translation>价值金字塔</translation>
    </message>
</context>
<context>
    <name>PyramidRenderer</name>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>表现</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Means on 1–7; gap = expectation − experience; * cost attribute (high performance = the cost feels low).</source>
        <translation>均值为 1–7 分制；差距 = 期望 − 体验；* 为成本属性（表现得分高 = 感觉成本低）。</translation>
    </message>
    <message>
        <source>Whole base</source>
        <translation>全体客户</translation>
    </message>
    <message>
        <source>Customer value pyramid</source>
        <translation>客户价值金字塔</translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation>%1 份答卷</translation>
    </message>
    <message>
        <source>score = importance-weighted performance (1–7)</source>
        <translation>得分 = 按重要性加权的表现（1–7）</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基础</translation>
    </message>
    <message>
        <source>Value-added</source>
        <translation>增值</translation>
    </message>
    <message>
        <source>Differentiation</source>
        <translation>差异化</translation>
    </message>
    <message>
        <source>Product and price</source>
        <translation>产品与价格</translation>
    </message>
    <message>
        <source>Service and experience</source>
        <translation>服务与体验</translation>
    </message>
    <message>
        <source>Brand and emotional connection</source>
        <translation>品牌与情感联结</translation>
    </message>
    <message>
        <source>%1 % CI %2–%3 · n = %4</source>
        <translation>%1 % 置信区间 %2–%3 · n = %4</translation>
    </message>
    <message>
        <source>n = %1 (too few for an interval)</source>
        <translation>n = %1（样本过少，无法计算区间）</translation>
    </message>
    <message>
        <source>No ratings</source>
        <translation>无评分</translation>
    </message>
    <message>
        <source>Gap %1</source>
        <translation>差距 %1</translation>
    </message>
    <message>
        <source>Gap: no expectation ratings</source>
        <translation>差距：无期望评分</translation>
    </message>
    <message>
        <source>%1 of %2 attributes rated</source>
        <translation>%2 个属性中已评分 %1 个</translation>
    </message>
    <message>
        <source>Score %1 on 1–7</source>
        <translation>得分 %1（1–7 分制）</translation>
    </message>
    <message>
        <source>Layer colour: value gap = expectation − experience (1–7 scale)</source>
        <translation>层颜色：价值差距 = 期望 − 体验（1–7 分制）</translation>
    </message>
    <message>
        <source>exceeds expectations</source>
        <translation>超出期望</translation>
    </message>
    <message>
        <source>falls short</source>
        <translation>未达期望</translation>
    </message>
    <message>
        <source>Equal layers: the number is the score, the colour the gap.</source>
        <translation>各层等大：数字表示得分，颜色表示差距。</translation>
    </message>
    <message>
        <source>Layer area ∝ score rescaled to 0–100 (not importance).</source>
        <translation>层面积 ∝ 换算到 0–100 的得分（而非重要性）。</translation>
    </message>
    <message>
        <source>Layer area ∝ responses that scored the layer.</source>
        <translation>层面积 ∝ 对该层评分的答卷数。</translation>
    </message>
    <message>
        <source>Intervals: Student t over responses. Hatched: no ratings.</source>
        <translation>区间：基于答卷的 Student t 分布。斜线填充：无评分。</translation>
    </message>
    <message>
        <source>Customer pyramid</source>
        <translation>客户金字塔</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>铂金</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>黄金</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>铁</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>铅</translation>
    </message>
    <message>
        <source>%1 of customers</source>
        <translation>客户占比 %1</translation>
    </message>
    <message>
        <source>%1 of revenue (%2)</source>
        <translation>收入占比 %1（%2）</translation>
    </message>
    <message>
        <source>Revenue %1</source>
        <translation>收入 %1</translation>
    </message>
    <message>
        <source>%1 of CLV (%2)</source>
        <translation>客户终身价值占比 %1（%2）</translation>
    </message>
    <message>
        <source>CLV: no predictions</source>
        <translation>客户终身价值：无预测</translation>
    </message>
    <message>
        <source>Tier area ∝ customers.</source>
        <translation>等级面积 ∝ 客户数。</translation>
    </message>
    <message>
        <source>Tier area ∝ revenue (net of returns).</source>
        <translation>等级面积 ∝ 收入（扣除退货）。</translation>
    </message>
    <message>
        <source>Tier area ∝ predicted CLV.</source>
        <translation>等级面积 ∝ 预测的客户终身价值。</translation>
    </message>
    <message>
        <source>%1 members with another label are not shown.</source>
        <translation>另有 %1 名带其他标签的成员未显示。</translation>
    </message>
</context>
<context>
    <name>vd::gui::IpaScatterChart</name>
    <message>
        <source>Importance–performance analysis</source>
        <translation>重要性–表现分析</translation>
    </message>
    <message>
        <source>Performance (mean rating, 1–7)</source>
        <translation>表现（平均评分，1–7）</translation>
    </message>
    <message>
        <source>Importance (mean rating, 1–7)</source>
        <translation>重要性（平均评分，1–7）</translation>
    </message>
    <message>
        <source>crosshairs at the means of the attribute means</source>
        <translation>十字线位于各属性均值的平均值</translation>
    </message>
    <message>
        <source>crosshairs at the scale midpoint (4)</source>
        <translation>十字线位于量表中点（4）</translation>
    </message>
    <message>
        <source>Importance–performance analysis (Martilla &amp; James 1977)&lt;br&gt;%1 · %2</source>
        <translation>重要性–表现分析（Martilla &amp; James 1977）&lt;br&gt;%1 · %2</translation>
    </message>
</context>
<context>
    <name>vd::gui::PyramidAttributeModel</name>
    <message>
        <source>Basic</source>
        <translation>基础</translation>
    </message>
    <message>
        <source>Value-added</source>
        <translation>增值</translation>
    </message>
    <message>
        <source>Differentiation</source>
        <translation>差异化</translation>
    </message>
    <message>
        <source>Functional value</source>
        <translation>功能价值</translation>
    </message>
    <message>
        <source>Emotional value</source>
        <translation>情感价值</translation>
    </message>
    <message>
        <source>Social value</source>
        <translation>社会价值</translation>
    </message>
    <message>
        <source>Time cost</source>
        <translation>时间成本</translation>
    </message>
    <message>
        <source>Economic cost</source>
        <translation>经济成本</translation>
    </message>
    <message>
        <source>Product value</source>
        <translation>产品价值</translation>
    </message>
    <message>
        <source>Service value</source>
        <translation>服务价值</translation>
    </message>
    <message>
        <source>Personnel value</source>
        <translation>人员价值</translation>
    </message>
    <message>
        <source>Image value</source>
        <translation>形象价值</translation>
    </message>
    <message>
        <source>Monetary cost</source>
        <translation>货币成本</translation>
    </message>
    <message>
        <source>Energy cost</source>
        <translation>精力成本</translation>
    </message>
    <message>
        <source>Physical cost</source>
        <translation>体力成本</translation>
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
    <message>
        <source>Mean of expectation − performance over ratings with both; positive = experience falls short</source>
        <translation>同时有期望和表现评分时（期望 − 表现）的均值；正值 = 体验未达期望</translation>
    </message>
    <message>
        <source>%1 % confidence interval of the gap (paired t)</source>
        <translation>差距的 %1 % 置信区间（配对 t 检验）</translation>
    </message>
    <message>
        <source>Mean importance × gap: the ranking key of the value-gap analysis</source>
        <translation>平均重要性 × 差距：价值差距分析的排序依据</translation>
    </message>
    <message>
        <source>Importance–performance quadrant (Martilla &amp; James 1977)</source>
        <translation>重要性–表现象限（Martilla &amp; James 1977）</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>价值构成</translation>
    </message>
    <message>
        <source>Kotler</source>
        <translation>科特勒</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分数</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>表现</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Gap CI</source>
        <translation>差距置信区间</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
</context>
<context>
    <name>vd::gui::PyramidDeliveredChart</name>
    <message>
        <source>Total customer value</source>
        <translation>客户总价值</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>利益</translation>
    </message>
    <message>
        <source>Total customer cost</source>
        <translation>客户总成本</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>得分（0–100）</translation>
    </message>
    <message>
        <source>Each part&apos;s score is the importance-weighted mean of its attributes on 0–100; a cost part scores the sacrifice (100 = a heavy burden). The parts of a bar add up to its total.</source>
        <translation>每个部分的得分是其属性按重要性加权的均值（0–100）；成本部分衡量的是付出（100 = 负担很重）。条形各部分之和即为其总计。</translation>
    </message>
    <message>
        <source>%1: delivered value %2 − %3 = %4</source>
        <translation>%1：让渡价值 %2 − %3 = %4</translation>
    </message>
    <message>
        <source>%1: perceived value %2 − %3 = %4</source>
        <translation>%1：感知价值 %2 − %3 = %4</translation>
    </message>
</context>
<context>
    <name>vd::gui::PyramidPresentation</name>
    <message>
        <source>Value pyramid — presentation</source>
        <translation>价值金字塔 — 演示</translation>
    </message>
    <message>
        <source>Space: reveal the next layer · Esc: leave</source>
        <translation>空格：显示下一层 · Esc：退出</translation>
    </message>
    <message>
        <source>All layers shown · Backspace: back · Esc: leave</source>
        <translation>已显示全部层 · Backspace：返回 · Esc：退出</translation>
    </message>
</context>
<context>
    <name>vd::gui::ValueGapChart</name>
    <message>
        <source>Value gaps</source>
        <translation>价值差距</translation>
    </message>
    <message>
        <source>Falls short of expectation</source>
        <translation>未达期望</translation>
    </message>
    <message>
        <source>Exceeds expectation</source>
        <translation>超出期望</translation>
    </message>
    <message>
        <source>Gap = expectation − experience (points)</source>
        <translation>差距 = 期望 − 体验（分）</translation>
    </message>
    <message>
        <source>Value gaps ranked by importance × gap</source>
        <translation>价值差距（按重要性 × 差距排序）</translation>
    </message>
    <message>
        <source>not rated: %1</source>
        <translation>未评分：%1</translation>
    </message>
</context>
<context>
    <name>vd::gui::ValuePyramidPage</name>
    <message>
        <source>Value pyramid</source>
        <translation>价值金字塔</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Customer tiers</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Value layers scored from attribute ratings, or the saved platinum/gold/iron/lead customer pyramid</source>
        <translation>根据属性评分计算的价值层，或已保存的铂金/黄金/铁/铅客户金字塔</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>客群(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>对比(&amp;C)：</translation>
    </message>
    <message>
        <source>Si&amp;ze by:</source>
        <translation>面积依据(&amp;Z)：</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Full-screen presentation revealing the layers bottom-up (F5)</source>
        <translation>全屏演示，自下而上逐层显示（F5）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the pyramid as PNG, SVG or PDF (Ctrl+E)</source>
        <translation>将金字塔保存为 PNG、SVG 或 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Attributes</source>
        <translation>属性(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>分解方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Kotler: customer delivered value</source>
        <translation>科特勒：客户让渡价值</translation>
    </message>
    <message>
        <source>Value components: perceived value</source>
        <translation>价值构成：感知价值</translation>
    </message>
    <message>
        <source>&amp;Delivered value</source>
        <translation>让渡价值(&amp;D)</translation>
    </message>
    <message>
        <source>Value &amp;gaps</source>
        <translation>价值差距(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Importance–performance</source>
        <translation>重要性–表现(&amp;I)</translation>
    </message>
    <message>
        <source>All attributes — click a layer to list only its attributes</source>
        <translation>全部属性 — 点击某一层可仅列出该层的属性</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>尚未打开工作区。</translation>
    </message>
    <message>
        <source>Analysing the attribute ratings…</source>
        <translation>正在分析属性评分…</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <source>Value pyramid: %1</source>
        <translation>价值金字塔：%1</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>不对比</translation>
    </message>
    <message>
        <source>Whole base</source>
        <translation>全体客户</translation>
    </message>
    <message>
        <source>%1: %2 responses from %3 customers</source>
        <translation>%1：来自 %3 位客户的 %2 份答卷</translation>
    </message>
    <message>
        <source>Equal layers</source>
        <translation>各层等大</translation>
    </message>
    <message>
        <source>Score (area ∝ score)</source>
        <translation>得分（面积 ∝ 得分）</translation>
    </message>
    <message>
        <source>Responses (area ∝ responses)</source>
        <translation>答卷数（面积 ∝ 答卷数）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>No customer pyramid has been saved in this workspace yet.

The segmentation tools build it (platinum, gold, iron and lead tiers by CLV or margin); once saved, its tiers appear here with their customers, revenue and CLV.</source>
        <translation>此工作区尚未保存客户金字塔。

客户金字塔由细分工具生成（按客户终身价值或毛利划分为铂金、黄金、铁和铅四个等级）；保存后，各等级及其客户数、收入和客户终身价值将显示在这里。</translation>
    </message>
    <message>
        <source>%1 has no attribute ratings yet.

Import survey responses with importance, performance and expectation ratings (or create the demo workspace) to score the pyramid.</source>
        <translation>%1 尚无属性评分。

请导入包含重要性、表现和期望评分的调查答卷（或创建演示工作区），以计算金字塔得分。</translation>
    </message>
    <message>
        <source>No member of %1 is in the saved customer pyramid.</source>
        <translation>%1 中没有成员属于已保存的客户金字塔。</translation>
    </message>
    <message>
        <source>All attributes of %1 — click a layer to list only its attributes</source>
        <translation>%1 的全部属性 — 点击某一层可仅列出该层的属性</translation>
    </message>
    <message>
        <source>%1 layer of %2 — click it again to list every attribute</source>
        <translation>%2 的%1层 — 再次点击可列出全部属性</translation>
    </message>
    <message>
        <source>there is no pyramid to export</source>
        <translation>没有可导出的金字塔</translation>
    </message>
    <message>
        <source>There is no pyramid to export yet.</source>
        <translation>尚无可导出的金字塔。</translation>
    </message>
    <message>
        <source>Export pyramid</source>
        <translation>导出金字塔</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>There is no pyramid to present yet.</source>
        <translation>尚无可演示的金字塔。</translation>
    </message>
</context>
</TS>
