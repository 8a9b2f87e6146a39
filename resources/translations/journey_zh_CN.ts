<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>JourneyCompareDialog</name>
    <message>
        <source>Compare journey maps</source>
        <translation>比较客户旅程地图</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>之前(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>之后(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>JourneyEditor</name>
    <message>
        <source>Add stage &quot;%1&quot;</source>
        <translation>添加阶段“%1”</translation>
    </message>
    <message>
        <source>Add touchpoint &quot;%1&quot;</source>
        <translation>添加触点“%1”</translation>
    </message>
    <message>
        <source>Move stage &quot;%1&quot;</source>
        <translation>移动阶段“%1”</translation>
    </message>
    <message>
        <source>Move touchpoint &quot;%1&quot;</source>
        <translation>移动触点“%1”</translation>
    </message>
    <message>
        <source>Delete stage &quot;%1&quot;</source>
        <translation>删除阶段“%1”</translation>
    </message>
    <message>
        <source>Delete touchpoint &quot;%1&quot;</source>
        <translation>删除触点“%1”</translation>
    </message>
    <message>
        <source>Edit map details</source>
        <translation>编辑地图信息</translation>
    </message>
    <message>
        <source>Edit persona &quot;%1&quot;</source>
        <translation>编辑用户画像“%1”</translation>
    </message>
    <message>
        <source>Remove the persona</source>
        <translation>移除用户画像</translation>
    </message>
    <message>
        <source>Edit stage &quot;%1&quot;</source>
        <translation>编辑阶段“%1”</translation>
    </message>
    <message>
        <source>Edit touchpoint &quot;%1&quot;</source>
        <translation>编辑触点“%1”</translation>
    </message>
    <message>
        <source>Edit %1 of &quot;%2&quot;</source>
        <translation>编辑“%2”的%1</translation>
    </message>
</context>
<context>
    <name>JourneyRenderer</name>
    <message>
        <source>%1 years</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <source>Goals and motivations</source>
        <translation>目标与动机</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT mean</source>
        <translation>CSAT 均值</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>CES agree</source>
        <translation>CES 认同率</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>客户行为</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>想法</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>改进机会</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>后台</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>非常负面</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation>非常正面</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>预警 %1</translation>
    </message>
    <message>
        <source>No touchpoints yet</source>
        <translation>尚无触点</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>No code: not measured</source>
        <translation>无代码：未测量</translation>
    </message>
    <message>
        <source>No KPIs chosen</source>
        <translation>未选择 KPI</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>PERSONA</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <source>This map has no stages yet. Add a stage to begin.</source>
        <translation>此地图尚无阶段。请先添加一个阶段。</translation>
    </message>
    <message>
        <source>Delighted</source>
        <translation>愉悦</translation>
    </message>
    <message>
        <source>Frustrated</source>
        <translation>沮丧</translation>
    </message>
    <message>
        <source>From CSAT</source>
        <translation>源自 CSAT</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>录入值</translation>
    </message>
    <message>
        <source>No touchpoints in this stage yet.</source>
        <translation>此阶段尚无触点。</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一张：%1</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>最后一张</translation>
    </message>
    <message>
        <source>Notes · Title: %1</source>
        <translation>备注 · 标题：%1</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>用户画像：%1</translation>
    </message>
    <message numerus="yes">
        <source>Stage %1: %2 (%n touchpoint(s))</source>
        <translation>
            <numerusform>阶段 %1：%2（%n 个触点）</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes · Stage %1 / %2: %3</source>
        <translation>备注 · 阶段 %1 / %2：%3</translation>
    </message>
    <message>
        <source>emotion %1</source>
        <translation>情绪 %1</translation>
    </message>
    <message>
        <source>Backstage: %1</source>
        <translation>后台：%1</translation>
    </message>
    <message>
        <source>Pain points: %1</source>
        <translation>痛点：%1</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>NPS %1 [%2, %3]</source>
        <translation>NPS %1 [%2, %3]</translation>
    </message>
    <message>
        <source>CSAT %1 %</source>
        <translation>CSAT %1 %</translation>
    </message>
    <message>
        <source>emotion from CSAT %1</source>
        <translation>CSAT 推导情绪 %1</translation>
    </message>
    <message>
        <source>CES %1</source>
        <translation>CES %1</translation>
    </message>
    <message>
        <source>KPIs: %1</source>
        <translation>KPI：%1</translation>
    </message>
    <message>
        <source>KPIs: no responses in the period</source>
        <translation>KPI：该期间内无答卷</translation>
    </message>
    <message>
        <source>This map has no persona.</source>
        <translation>此地图没有用户画像。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>NPS 95 % CI</source>
        <translation>NPS 95 % 置信区间</translation>
    </message>
    <message>
        <source>CSAT top-2</source>
        <translation>CSAT 前两档</translation>
    </message>
    <message>
        <source>CES mean</source>
        <translation>CES 均值</translation>
    </message>
    <message>
        <source>Emotion entered</source>
        <translation>录入情绪</translation>
    </message>
    <message>
        <source>Emotion from CSAT</source>
        <translation>CSAT 推导情绪</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>改进机会</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>KPIs were not computed for this export.</source>
        <translation>本次导出未计算 KPI。</translation>
    </message>
    <message>
        <source>KPIs by touchpoint · %1</source>
        <translation>各触点 KPI · %1</translation>
    </message>
    <message>
        <source>Improvement opportunities · %1</source>
        <translation>改进机会 · %1</translation>
    </message>
    <message>
        <source>Priority 1 is the most urgent; open P1 items are highlighted.</source>
        <translation>优先级 1 最紧急；未解决的 P1 项已突出显示。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Journey maps</source>
        <translation>客户旅程地图</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneyCanvas</name>
    <message>
        <source>Journey map</source>
        <translation>客户旅程地图</translation>
    </message>
    <message>
        <source>Add a stage first: touchpoints belong to a stage.</source>
        <translation>请先添加阶段：触点必须属于某个阶段。</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>新触点</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneyCompareDialog</name>
    <message>
        <source>Compare journey maps</source>
        <translation>比较客户旅程地图</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>之前(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>之后(&amp;A)：</translation>
    </message>
    <message>
        <source>The maps have the same stages and touchpoints.</source>
        <translation>两张地图的阶段和触点完全相同。</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: mean emotion %3 → %4; open opportunities %5 → %6; %n touchpoint(s) unchanged.</source>
        <translation>
            <numerusform>%1 → %2：平均情绪 %3 → %4；未解决的改进机会 %5 → %6；%n 个触点未变。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneyCompareModel</name>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>moved to another stage</source>
        <translation>移至其他阶段</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>action</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>thoughts</source>
        <translation>想法</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>backstage</source>
        <translation>后台</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>改进机会</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Stage before</source>
        <translation>之前阶段</translation>
    </message>
    <message>
        <source>Stage after</source>
        <translation>之后阶段</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更字段</translation>
    </message>
    <message>
        <source>Emotion before</source>
        <translation>之前情绪</translation>
    </message>
    <message>
        <source>Emotion after</source>
        <translation>之后情绪</translation>
    </message>
    <message>
        <source>Δ emotion</source>
        <translation>Δ 情绪</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneyEditor</name>
    <message>
        <source>touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>customer action</source>
        <translation>客户行为</translation>
    </message>
    <message>
        <source>thoughts</source>
        <translation>想法</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>backstage</source>
        <translation>后台</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>改进机会</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneyInspector</name>
    <message>
        <source>As-is (today&apos;s journey)</source>
        <translation>现状（当前旅程）</translation>
    </message>
    <message>
        <source>To-be (the designed journey)</source>
        <translation>目标（设计中的旅程）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Ctrl+Left/Right or drag the header to move the stage; Insert adds a touchpoint to it.</source>
        <translation>按 Ctrl+Left/Right 或拖动表头可移动该阶段；按 Insert 可向其中添加触点。</translation>
    </message>
    <message>
        <source>e.g. queue_order: responses tagged with it give the KPIs</source>
        <translation>例如 queue_order：带此标记的答卷用于计算 KPI</translation>
    </message>
    <message>
        <source>store, app, web, phone…</source>
        <translation>门店、App、网站、电话…</translation>
    </message>
    <message>
        <source>&amp;Add opportunity</source>
        <translation>添加改进机会(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected opportunity</source>
        <translation>移除所选改进机会</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Customer action:</source>
        <translation>客户行为(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Thoughts:</source>
        <translation>想法(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Emotion:</source>
        <translation>情绪(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Pain points:</source>
        <translation>痛点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Opportunities:</source>
        <translation>改进机会(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Backstage:</source>
        <translation>后台(&amp;B)：</translation>
    </message>
    <message>
        <source>Survey c&amp;ode:</source>
        <translation>调查代码(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;KPIs:</source>
        <translation>KPI(&amp;K)：</translation>
    </message>
    <message>
        <source>Live:</source>
        <translation>实时：</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>No map open</source>
        <translation>未打开地图</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n 个阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n 个触点</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 opportunities open</source>
        <translation>%2 个改进机会中 %1 个未解决</translation>
    </message>
    <message>
        <source>mean emotion %1</source>
        <translation>平均情绪 %1</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>阶段 %1：%2</translation>
    </message>
    <message>
        <source>Touchpoint in %1: %2</source>
        <translation>%1 中的触点：%2</translation>
    </message>
    <message>
        <source>&lt;i&gt;No survey code: not measured.&lt;/i&gt;</source>
        <translation>&lt;i&gt;无调查代码：未测量。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Loading…&lt;/i&gt;</source>
        <translation>&lt;i&gt;加载中…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Updating…&lt;/i&gt;</source>
        <translation>&lt;i&gt;正在更新…&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) in the period</source>
        <translation>
            <numerusform>该期间内 %n 份答卷</numerusform>
        </translation>
    </message>
    <message>
        <source>Emotion entered %1, derived from CSAT %2</source>
        <translation>录入情绪 %1，由 CSAT 推导 %2</translation>
    </message>
    <message>
        <source>Emotion entered %1; no CSAT answers to derive one</source>
        <translation>录入情绪 %1；没有可用于推导的 CSAT 回答</translation>
    </message>
    <message>
        <source>New improvement idea</source>
        <translation>新的改进想法</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneyKpiDefinitionModel</name>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT top-2</source>
        <translation>CSAT 前两档</translation>
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
        <source>CES agree</source>
        <translation>CES 认同率</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <source>points, −100…100</source>
        <translation>分，−100…100</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>scale 1…5</source>
        <translation>量表 1…5</translation>
    </message>
    <message>
        <source>scale 1…7</source>
        <translation>量表 1…7</translation>
    </message>
    <message>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Show this KPI on the touchpoint (%1)</source>
        <translation>在触点上显示此 KPI（%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Mark the touchpoint when the value is beyond this threshold; empty = no alert</source>
        <translation>数值超出此阈值时标记该触点；留空 = 不预警</translation>
    </message>
    <message>
        <source>alert above</source>
        <translation>高于时预警</translation>
    </message>
    <message>
        <source>alert below</source>
        <translation>低于时预警</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Higher is worse</source>
        <translation>越高越差</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneyKpiTableModel</name>
    <message>
        <source>(not measured)</source>
        <translation>（未测量）</translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 (95 % interval %2 to %3), %n answer(s)</source>
        <translation>
            <numerusform>NPS %1（95 % 区间 %2 至 %3），%n 个回答</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean CSAT − 3; 95 % interval %1 to %2</source>
        <translation>CSAT 均值 − 3；95 % 区间 %1 至 %2</translation>
    </message>
    <message>
        <source>Net promoter score: % promoters (9–10) − % detractors (0–6), points</source>
        <translation>净推荐值：推荐者（9–10）百分比 − 贬损者（0–6）百分比，单位为分</translation>
    </message>
    <message>
        <source>Share of CSAT answers 4 or 5 on the 1–5 scale</source>
        <translation>1–5 量表中 CSAT 回答为 4 或 5 的占比</translation>
    </message>
    <message>
        <source>Mean customer effort score, 1–7, higher = easier</source>
        <translation>客户费力度（CES）均值，1–7，越高越省力</translation>
    </message>
    <message>
        <source>Share of CES answers 5–7</source>
        <translation>CES 回答为 5–7 的占比</translation>
    </message>
    <message>
        <source>Emotion as entered in the workshop, −2…+2</source>
        <translation>工作坊中录入的情绪，−2…+2</translation>
    </message>
    <message>
        <source>Emotion derived from the data: mean CSAT − 3, −2…+2</source>
        <translation>由数据推导的情绪：CSAT 均值 − 3，−2…+2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT top-2</source>
        <translation>CSAT 前两档</translation>
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
        <source>CES agree</source>
        <translation>CES 认同率</translation>
    </message>
    <message>
        <source>Emotion entered</source>
        <translation>录入情绪</translation>
    </message>
    <message>
        <source>Emotion derived</source>
        <translation>推导情绪</translation>
    </message>
    <message>
        <source>Past threshold</source>
        <translation>超出阈值</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneyOpportunityModel</name>
    <message>
        <source>1 high</source>
        <translation>1 高</translation>
    </message>
    <message>
        <source>2 medium</source>
        <translation>2 中</translation>
    </message>
    <message>
        <source>3 low</source>
        <translation>3 低</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>1 = high, 2 = medium, 3 = low</source>
        <translation>1 = 高，2 = 中，3 = 低</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>改进机会</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneyPage</name>
    <message>
        <source>Journey maps</source>
        <translation>客户旅程地图</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>地图(&amp;M)：</translation>
    </message>
    <message>
        <source>Map actions</source>
        <translation>地图操作</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>全部答卷</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Responses counted for the live KPIs; periods end with the newest response</source>
        <translation>计入实时 KPI 的答卷；各时段均截至最新一份答卷</translation>
    </message>
    <message>
        <source>KPIs &amp;for:</source>
        <translation>KPI 统计范围(&amp;F)：</translation>
    </message>
    <message>
        <source>First day counted</source>
        <translation>统计起始日</translation>
    </message>
    <message>
        <source>Last day counted</source>
        <translation>统计截止日</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>客群(&amp;S)：</translation>
    </message>
    <message>
        <source>Entered and derived</source>
        <translation>录入与推导</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>录入值</translation>
    </message>
    <message>
        <source>Derived from CSAT</source>
        <translation>由 CSAT 推导</translation>
    </message>
    <message>
        <source>Emotion curve as entered in the workshop, derived from the data (mean CSAT − 3) or both side by side</source>
        <translation>情绪曲线：按工作坊录入、由数据推导（CSAT 均值 − 3），或两者并列显示</translation>
    </message>
    <message>
        <source>&amp;Emotion curve:</source>
        <translation>情绪曲线(&amp;E)：</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>KPI table</source>
        <translation>KPI 表</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>新用户画像</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Start a map from the retail template or empty</source>
        <translation>基于零售模板或空白页新建地图</translation>
    </message>
    <message>
        <source>Duplicate as to-be</source>
        <translation>复制为目标旅程</translation>
    </message>
    <message>
        <source>Copy this map as the to-be journey to redesign</source>
        <translation>将此地图复制为目标旅程，以便重新设计</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>What differs between two maps</source>
        <translation>查看两张地图之间的差异</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import a journey map file (.json)</source>
        <translation>导入客户旅程地图文件（.json）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the map as PNG or SVG at print resolution, a PDF handout or JSON</source>
        <translation>将地图保存为印刷分辨率的 PNG 或 SVG、PDF 讲义或 JSON</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Full-screen presentation, one stage at a time</source>
        <translation>全屏演示，每次展示一个阶段</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>删除地图</translation>
    </message>
    <message>
        <source>Delete this map from the workspace</source>
        <translation>从工作区删除此地图</translation>
    </message>
    <message>
        <source>Delete journey map</source>
        <translation>删除客户旅程地图</translation>
    </message>
    <message>
        <source>Delete the map &quot;%1&quot;? This cannot be undone.</source>
        <translation>要删除地图“%1”吗？此操作无法撤销。</translation>
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
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>添加触点</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Retail journey (five stages, English)</source>
        <translation>零售旅程（五个阶段，英文）</translation>
    </message>
    <message>
        <source>Retail journey (five stages, Chinese)</source>
        <translation>零售旅程（五个阶段，中文）</translation>
    </message>
    <message>
        <source>Empty map</source>
        <translation>空白地图</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>(no maps yet: New starts one)</source>
        <translation>（尚无地图：点击“新建”创建）</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Created the map &quot;%1&quot;. Add stages and touchpoints on the canvas; every change is saved and can be undone.</source>
        <translation>已创建地图“%1”。请在画布上添加阶段和触点；每项更改都会自动保存，并可撤销。</translation>
    </message>
    <message>
        <source>(to be)</source>
        <translation>（目标）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a to-be copy: redesign it, then Compare shows what changed.</source>
        <translation>“%1”是目标旅程副本：重新设计后，用“比较”即可查看变化。</translation>
    </message>
    <message>
        <source>The map could not be saved: %1</source>
        <translation>无法保存地图：%1</translation>
    </message>
    <message>
        <source>Responses %1 to %2</source>
        <translation>答卷 %1 至 %2</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>客群 %1</translation>
    </message>
    <message>
        <source>The end of the KPI period must be after its start.</source>
        <translation>KPI 统计期的结束日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>Computing journey KPIs</source>
        <translation>正在计算旅程 KPI</translation>
    </message>
    <message>
        <source>Journey KPIs: %1</source>
        <translation>旅程 KPI：%1</translation>
    </message>
    <message>
        <source>No journey map in this workspace yet. New starts one from the seeds&apos; five-stage retail template or an empty sheet; Import… reads a map file.</source>
        <translation>此工作区尚无客户旅程地图。“新建”可基于示例数据的五阶段零售模板或空白页创建地图；“导入…”可读取地图文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n 个触点</numerusform>
        </translation>
    </message>
    <message>
        <source>computing KPIs…</source>
        <translation>正在计算 KPI…</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n 份答卷</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) past a KPI threshold</source>
        <translation>
            <numerusform>%n 个触点超出 KPI 阈值</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to select, drag to move, Insert adds a touchpoint, Delete removes, Ctrl+←/→ moves, +/− emotion, F5 presents</source>
        <translation>单击选择，拖动移动，Insert 添加触点，Delete 删除，Ctrl+←/→ 移动，+/− 调整情绪，F5 演示</translation>
    </message>
    <message>
        <source>Export journey map</source>
        <translation>导出客户旅程地图</translation>
    </message>
    <message>
        <source>PNG image, up to 300 dpi (*.png);;SVG drawing (*.svg);;PDF handout: map, persona, KPIs (*.pdf);;Journey map file for import (*.json)</source>
        <translation>PNG 图像，最高 300 dpi (*.png);;SVG 矢量图 (*.svg);;PDF 讲义：地图、用户画像、KPI (*.pdf);;可供导入的客户旅程地图文件 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Import journey map</source>
        <translation>导入客户旅程地图</translation>
    </message>
    <message>
        <source>Journey map files (*.json)</source>
        <translation>客户旅程地图文件 (*.json)</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>已导入“%1”。</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneyPresentation</name>
    <message>
        <source>Journey map — presentation</source>
        <translation>客户旅程地图 — 演示</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneySpeakerNotes</name>
    <message>
        <source>Journey map — speaker notes</source>
        <translation>客户旅程地图 — 演讲者备注</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一张：%1</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>最后一张</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <source>→ next · ← back · Esc leave</source>
        <translation>→ 下一张 · ← 上一张 · Esc 退出</translation>
    </message>
</context>
<context>
    <name>vd::gui::PersonaPanel</name>
    <message>
        <source>&amp;Persona:</source>
        <translation>用户画像(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a persona for this map</source>
        <translation>为此地图创建用户画像</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>姓名首字母</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <source>Choose a photo; it is stored in the workspace and in exported maps</source>
        <translation>选择一张照片；照片会保存在工作区和导出的地图中</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>app, store, WeChat… (comma separated)</source>
        <translation>App, 门店, 微信…（用逗号分隔）</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>年龄(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>职业(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation>收入(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Behaviour:</source>
        <translation>行为(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>需求(&amp;N)：</translation>
    </message>
    <message>
        <source>Pain poin&amp;ts:</source>
        <translation>痛点(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Motivations:</source>
        <translation>动机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>语录(&amp;Q)：</translation>
    </message>
    <message>
        <source>(no persona)</source>
        <translation>（无用户画像）</translation>
    </message>
    <message>
        <source>(embedded picture)</source>
        <translation>（内嵌图片）</translation>
    </message>
    <message>
        <source>Persona picture</source>
        <translation>用户画像图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>%1 is not a picture ValueDesk can read.</source>
        <translation>%1 不是 ValueDesk 可读取的图片。</translation>
    </message>
</context>
</TS>
