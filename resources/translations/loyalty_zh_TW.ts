<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Pages</name>
    <message>
        <source>Loyalty dashboard</source>
        <translation>忠誠度儀表板</translation>
    </message>
    <message>
        <source>Feedback queue</source>
        <translation>回饋佇列</translation>
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
        <translation> 個百分點</translation>
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
        <translation>CSAT 前兩檔佔比</translation>
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
        <translation>CES 認同率（5–7）</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation>回購率</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>below</source>
        <translation>低於</translation>
    </message>
    <message>
        <source>above</source>
        <translation>高於</translation>
    </message>
    <message>
        <source>significant drop</source>
        <translation>顯著下降</translation>
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
        <translation>%3 的 %1 為 %2，低於門檻值 %4</translation>
    </message>
    <message>
        <source>%1 is %2 in %3, above the threshold %4</source>
        <translation>%3 的 %1 為 %2，高於門檻值 %4</translation>
    </message>
    <message>
        <source>%1 went from %2 in %3 to %4 in %5, a significant change for the worse (p = %6)</source>
        <translation>%1 從 %3 的 %2 變為 %5 的 %4，顯著惡化（p = %6）</translation>
    </message>
    <message>
        <source>Add the rule %1 %2</source>
        <translation>新增規則「%1 %2」</translation>
    </message>
    <message>
        <source>Remove the rule %1 %2</source>
        <translation>刪除規則「%1 %2」</translation>
    </message>
    <message>
        <source>Restore the default alert rules</source>
        <translation>恢復預設預警規則</translation>
    </message>
    <message>
        <source>The threshold must lie between %1 and %2</source>
        <translation>門檻值必須介於 %1 與 %2 之間</translation>
    </message>
    <message>
        <source>Repeats rule %1</source>
        <translation>與規則 %1 重複</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>規則 %1：%2</translation>
    </message>
    <message>
        <source>Fires when the change against the previous period is for the worse and significant at 95 %</source>
        <translation>與上一週期相比出現惡化且在 95 % 水平上顯著時觸發</translation>
    </message>
    <message>
        <source>In NPS points, percent, or on the answer scale</source>
        <translation>單位為 NPS 分值、百分比或答題量表刻度</translation>
    </message>
    <message>
        <source>A drop rule needs no threshold</source>
        <translation>下降規則無需門檻值</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Change the metric of rule %1 to %2</source>
        <translation>將規則 %1 的指標改為 %2</translation>
    </message>
    <message>
        <source>Change rule %1 to %2</source>
        <translation>將規則 %1 改為 %2</translation>
    </message>
    <message>
        <source>Set the threshold of rule %1 to %2</source>
        <translation>將規則 %1 的門檻值設為 %2</translation>
    </message>
    <message>
        <source>Enable rule %1</source>
        <translation>啟用規則 %1</translation>
    </message>
    <message>
        <source>Disable rule %1</source>
        <translation>停用規則 %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Fires when</source>
        <translation>觸發條件</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>門檻值</translation>
    </message>
    <message>
        <source>On</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
</context>
<context>
    <name>vd::gui::AlertRulesDialog</name>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>預警規則</translation>
    </message>
    <message>
        <source>An alert fires for the latest period when a metric is below or above its threshold, or when it changed for the worse against the previous period and the change is significant at 95 %. Thresholds are in NPS points, percent, or on the 1–5 (CSAT mean) and 1–7 (CES mean) scales.</source>
        <translation>當某項指標低於或高於其門檻值，或與上一週期相比出現惡化且該變化在 95 % 水平上顯著時，即針對最新週期觸發預警。門檻值的單位為 NPS 分值、百分比，或 1–5（CSAT 均值）和 1–7（CES 均值）量表刻度。</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>新增規則</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢復預設</translation>
    </message>
    <message>
        <source>Drops of NPS, CSAT, CES and retention; NPS below 0; CSAT below 70 %</source>
        <translation>NPS、CSAT、CES 與留存率顯著下降；NPS 低於 0；CSAT 低於 70 %</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
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
        <translation>已解決</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>已告知客戶</translation>
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
        <translation>該客戶在最近一次 CLV 執行中的 CLV：即該客戶流失時面臨的損失。（CLV 頁面中的「風險價值」為 CLV × (1 − P(alive))。）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情感傾向</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>建立時間（UTC）</translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation>截止時間（UTC）</translation>
    </message>
    <message>
        <source>Customer CLV</source>
        <translation>客戶 CLV</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>回饋內容</translation>
    </message>
</context>
<context>
    <name>vd::gui::DashboardBreakdownModel</name>
    <message>
        <source>%L1 promoters, %L2 passives, %L3 detractors</source>
        <translation>推薦者 %L1 位，被動者 %L2 位，貶損者 %L3 位</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷數</translation>
    </message>
    <message>
        <source>NPS (points)</source>
        <translation>NPS（分）</translation>
    </message>
    <message>
        <source>NPS 95 % CI</source>
        <translation>NPS 95 % 信賴區間</translation>
    </message>
    <message>
        <source>CSAT top-2 (%)</source>
        <translation>CSAT 前兩檔（%）</translation>
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
        <translation>推薦意願的驅動因素：R² = %1 的分解佔比（n = %L2）</translation>
    </message>
    <message>
        <source>Share of explained variance</source>
        <translation>解釋方差佔比</translation>
    </message>
    <message>
        <source>Attribute (performance rating)</source>
        <translation>屬性（表現評分）</translation>
    </message>
    <message>
        <source>Share of explained variance (%)</source>
        <translation>解釋方差佔比（%）</translation>
    </message>
</context>
<context>
    <name>vd::gui::DashboardIpaChart</name>
    <message>
        <source>Importance–performance matrix</source>
        <translation>重要性–表現矩陣</translation>
    </message>
    <message>
        <source>No attribute ratings</source>
        <translation>無屬性評分</translation>
    </message>
    <message>
        <source>Performance (mean rating, 1–7)</source>
        <translation>表現（平均評分，1–7）</translation>
    </message>
    <message>
        <source>Derived importance (share of R², %)</source>
        <translation>推導重要性（R² 佔比，%）</translation>
    </message>
    <message>
        <source>Stated importance (mean rating, 1–7)</source>
        <translation>陳述重要性（平均評分，1–7）</translation>
    </message>
    <message>
        <source>Concentrate here</source>
        <translation>重點改進</translation>
    </message>
    <message>
        <source>Keep up the good work</source>
        <translation>繼續保持</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>低優先順序</translation>
    </message>
    <message>
        <source>Possible overkill</source>
        <translation>可能過度投入</translation>
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
        <translation>CSAT（前兩檔佔比）</translation>
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
        <translation>回購率</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活躍客戶</translation>
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
        <translation>通路</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>觸點</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Loyalty dashboard</source>
        <translation>忠誠度儀表板</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
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
        <translation>週期長度</translation>
    </message>
    <message>
        <source>The period shown; changes are against the period before it</source>
        <translation>顯示的週期；變化量相對於上一週期計算</translation>
    </message>
    <message>
        <source>Only members of a saved segment (its newest snapshot)</source>
        <translation>僅統計某個客群的成員（取其最新快照）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Recompute (F5)</source>
        <translation>重新計算（F5）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Save the dashboard as PNG, SVG or PDF (Ctrl+Shift+E)</source>
        <translation>將儀表板儲存為 PNG、SVG 或 PDF（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>週期：</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>客群：</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>預警</translation>
    </message>
    <message>
        <source>Alert rules…</source>
        <translation>預警規則…</translation>
    </message>
    <message>
        <source>Choose which changes of NPS, CSAT, CES and retention raise an alert</source>
        <translation>選擇 NPS、CSAT、CES 和留存率的哪些變化會觸發預警</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按通路</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>按客群</translation>
    </message>
    <message>
        <source>By touchpoint</source>
        <translation>按觸點</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>分項統計</translation>
    </message>
    <message>
        <source>Key drivers</source>
        <translation>關鍵驅動因素</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客戶</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>Could not compute the dashboard: %1</source>
        <translation>無法計算儀表板：%1</translation>
    </message>
    <message>
        <source>Loyalty dashboard: %1</source>
        <translation>忠誠度儀表板：%1</translation>
    </message>
    <message>
        <source>This workspace has no survey responses or orders yet.</source>
        <translation>此工作區尚無調查答卷或訂單。</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>全部客戶</translation>
    </message>
    <message>
        <source>%1 compared with %2 · %3 · changes marked ● are significant at 95 %</source>
        <translation>%1 對比 %2 · %3 · 標有 ● 的變化在 95 % 水平上顯著</translation>
    </message>
    <message>
        <source>previous CLV run</source>
        <translation>上一次 CLV 執行</translation>
    </message>
    <message>
        <source>Fit a CLV model to see the average CLV</source>
        <translation>擬合 CLV 模型後即可檢視平均 CLV</translation>
    </message>
    <message>
        <source>No alert rule fired for %1.</source>
        <translation>%1 未觸發任何預警規則。</translation>
    </message>
    <message>
        <source>Week (start, UTC)</source>
        <translation>週（起始日，UTC）</translation>
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
        <translation>CSAT 前兩檔佔比</translation>
    </message>
    <message>
        <source>CES agree (5–7)</source>
        <translation>CES 認同率（5–7）</translation>
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
        <translation>淨推薦值 NPS（陰影帶：95 % 調整 Wald 區間）</translation>
    </message>
    <message>
        <source>NPS (points)</source>
        <translation>NPS（分）</translation>
    </message>
    <message>
        <source>CSAT top-2 box and CES agree (band: 95 % interval)</source>
        <translation>CSAT 前兩檔佔比與 CES 認同率（陰影帶：95 % 區間）</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>佔比（%）</translation>
    </message>
    <message>
        <source>CSAT and CES means (band: 95 % t interval)</source>
        <translation>CSAT 與 CES 均值（陰影帶：95 % t 區間）</translation>
    </message>
    <message>
        <source>Mean answer</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <source>Retention, churn and repurchase of buyers (band: 95 %)</source>
        <translation>購買客戶的留存率、流失率與回購率（陰影帶：95 %）</translation>
    </message>
    <message>
        <source>Buyers (%)</source>
        <translation>購買客戶（%）</translation>
    </message>
    <message>
        <source>Computing key drivers…</source>
        <translation>正在計算關鍵驅動因素…</translation>
    </message>
    <message>
        <source>No key drivers: %1</source>
        <translation>無法得出關鍵驅動因素：%1</translation>
    </message>
    <message>
        <source>Updating the feedback loop and alerts</source>
        <translation>正在更新回饋閉環與預警</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n feedback case(s) for new detractors and negative feedback.</source>
        <translation><numerusform>已為新的貶損者和負面回饋建立 %n 個回饋工單。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n loyalty alert(s) for %1: %2</source>
        <translation><numerusform>%1 有 %n 條忠誠度預警：%2</numerusform></translation>
    </message>
    <message>
        <source>Alert rules saved; the dashboard is re-evaluated.</source>
        <translation>預警規則已儲存；儀表板已重新計算。</translation>
    </message>
    <message>
        <source>Alert rules not saved: %1</source>
        <translation>預警規則未儲存：%1</translation>
    </message>
</context>
<context>
    <name>vd::gui::DashboardTrendChart</name>
    <message>
        <source>%1, 95 % interval</source>
        <translation>%1，95 % 區間</translation>
    </message>
</context>
<context>
    <name>vd::gui::FeedbackQueuePage</name>
    <message>
        <source>Overdue only</source>
        <translation>僅顯示逾期</translation>
    </message>
    <message>
        <source>Open new cases</source>
        <translation>建立新工單</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>已告知客戶</translation>
    </message>
    <message>
        <source>Customer 360°</source>
        <translation>客戶 360° 檢視</translation>
    </message>
    <message>
        <source>Case settings…</source>
        <translation>工單設定…</translation>
    </message>
    <message>
        <source>Feedback queue</source>
        <translation>回饋佇列</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
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
        <translation>已解決</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部負責人</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>負責人：</translation>
    </message>
    <message>
        <source>Open a case for every detractor and negative feedback that has none</source>
        <translation>為每個尚無工單的貶損者和負面回饋建立工單</translation>
    </message>
    <message>
        <source>SLA hours and the keyword rules that set a case&apos;s category</source>
        <translation>SLA 時長（小時）以及決定工單類別的關鍵字規則</translation>
    </message>
    <message>
        <source>Give the case an owner (Ctrl+Shift+A)</source>
        <translation>為工單指定負責人（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>The owner solved the problem (Ctrl+Shift+R)</source>
        <translation>負責人已解決問題（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>The customer was told; closes the loop (Ctrl+Shift+I)</source>
        <translation>已告知客戶，完成閉環（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>Open the customer&apos;s 360° page (Enter or double-click)</source>
        <translation>開啟該客戶的 360° 檢視（Enter 鍵或按兩下）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Status moves new → assigned → resolved → customer informed; other changes are refused. Undo with Ctrl+Z.</source>
        <translation>狀態按 新建 → 已分配 → 已解決 → 已告知客戶 的順序推進；其他變更將被拒絕。按 Ctrl+Z 復原。</translation>
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
        <translation>載入中…</translation>
    </message>
    <message>
        <source>Loading the feedback queue</source>
        <translation>正在載入回饋佇列</translation>
    </message>
    <message>
        <source>%L1 cases · %L2 overdue</source>
        <translation>%L1 個工單 · %L2 個逾期</translation>
    </message>
    <message>
        <source>Feedback queue: %1</source>
        <translation>回饋佇列：%1</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>重新分配…</translation>
    </message>
    <message>
        <source>Assign case %1</source>
        <translation>分配工單 %1</translation>
    </message>
    <message>
        <source>Owner (who will follow up with the customer):</source>
        <translation>負責人（負責跟進該客戶的人）：</translation>
    </message>
    <message>
        <source>A case needs an owner&apos;s name to be assigned.</source>
        <translation>分配工單需要填寫負責人姓名。</translation>
    </message>
    <message>
        <source>Assign case %1 to %2</source>
        <translation>將工單 %1 分配給 %2</translation>
    </message>
    <message>
        <source>Resolve case %1</source>
        <translation>解決工單 %1</translation>
    </message>
    <message>
        <source>Mark case %1 as customer informed</source>
        <translation>將工單 %1 標記為已告知客戶</translation>
    </message>
    <message>
        <source>Opening feedback cases</source>
        <translation>正在建立回饋工單</translation>
    </message>
    <message>
        <source>Opened %L1 cases: %L2 detractors, %L3 other negative responses, %L4 interactions.</source>
        <translation>已建立 %L1 個工單：貶損者 %L2 個，其他負面答卷 %L3 份，互動 %L4 條。</translation>
    </message>
    <message>
        <source>Opening cases failed: %1</source>
        <translation>建立工單失敗：%1</translation>
    </message>
    <message>
        <source>Case settings</source>
        <translation>工單設定</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>Time from the feedback until its case is due (default 48 h)</source>
        <translation>從收到回饋到工單截止的時長（預設 48 小時）</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA：</translation>
    </message>
    <message>
        <source>Category rules:</source>
        <translation>類別規則：</translation>
    </message>
    <message>
        <source>One line per category: “category: keyword, keyword, …”. The first line with a keyword in the feedback decides; English keywords match at a word start, Chinese ones anywhere. Applies to cases opened from now on.</source>
        <translation>每個類別一行：「類別：關鍵字、關鍵字、…」。以回饋中首個出現關鍵字的行為準；英文關鍵字須從詞首開始匹配，中文關鍵字可在任意位置匹配。僅對此後建立的工單生效。</translation>
    </message>
    <message>
        <source>Case settings saved; they apply to cases opened from now on.</source>
        <translation>工單設定已儲存；將應用於此後建立的工單。</translation>
    </message>
</context>
<context>
    <name>vd::gui::KpiTile</name>
    <message>
        <source>no data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 為 %1</translation>
    </message>
    <message>
        <source>95 % CI %1 to %2</source>
        <translation>95 % 信賴區間 %1 至 %2</translation>
    </message>
    <message>
        <source>n = %L1</source>
        <translation>n = %L1</translation>
    </message>
    <message>
        <source>%L1 customers</source>
        <translation>%L1 位客戶</translation>
    </message>
    <message>
        <source>no %1 to compare</source>
        <translation>%1 無資料，無法比較</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>對比 %1</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>顯著</translation>
    </message>
    <message>
        <source>(not significant)</source>
        <translation>（不顯著）</translation>
    </message>
    <message>
        <source>Two-sided p = %1 (95 % level)</source>
        <translation>雙側 p = %1（95 % 水平）</translation>
    </message>
    <message>
        <source>Not a sample estimate: no significance test</source>
        <translation>非樣本估計值，不做顯著性檢定</translation>
    </message>
</context>
</TS>
