<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>JourneyCompareDialog</name>
    <message>
        <source>Compare journey maps</source>
        <translation>比較客戶旅程地圖</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>之前(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>之後(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>JourneyEditor</name>
    <message>
        <source>Add stage &quot;%1&quot;</source>
        <translation>新增階段「%1」</translation>
    </message>
    <message>
        <source>Add touchpoint &quot;%1&quot;</source>
        <translation>新增觸點「%1」</translation>
    </message>
    <message>
        <source>Move stage &quot;%1&quot;</source>
        <translation>移動階段「%1」</translation>
    </message>
    <message>
        <source>Move touchpoint &quot;%1&quot;</source>
        <translation>移動觸點「%1」</translation>
    </message>
    <message>
        <source>Delete stage &quot;%1&quot;</source>
        <translation>刪除階段「%1」</translation>
    </message>
    <message>
        <source>Delete touchpoint &quot;%1&quot;</source>
        <translation>刪除觸點「%1」</translation>
    </message>
    <message>
        <source>Edit map details</source>
        <translation>編輯地圖資訊</translation>
    </message>
    <message>
        <source>Edit persona &quot;%1&quot;</source>
        <translation>編輯使用者畫像「%1」</translation>
    </message>
    <message>
        <source>Remove the persona</source>
        <translation>移除使用者畫像</translation>
    </message>
    <message>
        <source>Edit stage &quot;%1&quot;</source>
        <translation>編輯階段「%1」</translation>
    </message>
    <message>
        <source>Edit touchpoint &quot;%1&quot;</source>
        <translation>編輯觸點「%1」</translation>
    </message>
    <message>
        <source>Edit %1 of &quot;%2&quot;</source>
        <translation>編輯「%2」的%1</translation>
    </message>
</context>
<context>
    <name>JourneyRenderer</name>
    <message>
        <source>%1 years</source>
        <translation>%1 歲</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>通路：%1</translation>
    </message>
    <message>
        <source>Goals and motivations</source>
        <translation>目標與動機</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛點</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行為</translation>
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
        <translation>CES 認同率</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷數</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 頁</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>觸點</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>客戶行為</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>想法</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>情緒</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>改進機會</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>後台</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>非常負面</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>負面</translation>
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
        <translation>無資料</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>預警 %1</translation>
    </message>
    <message>
        <source>No touchpoints yet</source>
        <translation>尚無觸點</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>No code: not measured</source>
        <translation>無代碼：未測量</translation>
    </message>
    <message>
        <source>No KPIs chosen</source>
        <translation>未選擇 KPI</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>現狀</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>PERSONA</source>
        <translation>使用者畫像</translation>
    </message>
    <message>
        <source>This map has no stages yet. Add a stage to begin.</source>
        <translation>此地圖尚無階段。請先新增一個階段。</translation>
    </message>
    <message>
        <source>Delighted</source>
        <translation>愉悅</translation>
    </message>
    <message>
        <source>Frustrated</source>
        <translation>沮喪</translation>
    </message>
    <message>
        <source>From CSAT</source>
        <translation>源自 CSAT</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>輸入值</translation>
    </message>
    <message>
        <source>No touchpoints in this stage yet.</source>
        <translation>此階段尚無觸點。</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一張：%1</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>最後一張</translation>
    </message>
    <message>
        <source>Notes · Title: %1</source>
        <translation>備註 · 標題：%1</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>使用者畫像：%1</translation>
    </message>
    <message numerus="yes">
        <source>Stage %1: %2 (%n touchpoint(s))</source>
        <translation>
            <numerusform>階段 %1：%2（%n 個觸點）</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes · Stage %1 / %2: %3</source>
        <translation>備註 · 階段 %1 / %2：%3</translation>
    </message>
    <message>
        <source>emotion %1</source>
        <translation>情緒 %1</translation>
    </message>
    <message>
        <source>Backstage: %1</source>
        <translation>後台：%1</translation>
    </message>
    <message>
        <source>Pain points: %1</source>
        <translation>痛點：%1</translation>
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
        <translation>CSAT 推導情緒 %1</translation>
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
        <translation>KPI：該期間內無答卷</translation>
    </message>
    <message>
        <source>This map has no persona.</source>
        <translation>此地圖沒有使用者畫像。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>NPS 95 % CI</source>
        <translation>NPS 95 % 信賴區間</translation>
    </message>
    <message>
        <source>CSAT top-2</source>
        <translation>CSAT 前兩檔</translation>
    </message>
    <message>
        <source>CES mean</source>
        <translation>CES 均值</translation>
    </message>
    <message>
        <source>Emotion entered</source>
        <translation>輸入情緒</translation>
    </message>
    <message>
        <source>Emotion from CSAT</source>
        <translation>CSAT 推導情緒</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>預警</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>改進機會</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>KPIs were not computed for this export.</source>
        <translation>本次匯出未計算 KPI。</translation>
    </message>
    <message>
        <source>KPIs by touchpoint · %1</source>
        <translation>各觸點 KPI · %1</translation>
    </message>
    <message>
        <source>Improvement opportunities · %1</source>
        <translation>改進機會 · %1</translation>
    </message>
    <message>
        <source>Priority 1 is the most urgent; open P1 items are highlighted.</source>
        <translation>優先順序 1 最緊急；未解決的 P1 項已醒目標示。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Journey maps</source>
        <translation>客戶旅程地圖</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneyCanvas</name>
    <message>
        <source>Journey map</source>
        <translation>客戶旅程地圖</translation>
    </message>
    <message>
        <source>Add a stage first: touchpoints belong to a stage.</source>
        <translation>請先新增階段：觸點必須屬於某個階段。</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>新觸點</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新階段</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneyCompareDialog</name>
    <message>
        <source>Compare journey maps</source>
        <translation>比較客戶旅程地圖</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>現狀</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>之前(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>之後(&amp;A)：</translation>
    </message>
    <message>
        <source>The maps have the same stages and touchpoints.</source>
        <translation>兩張地圖的階段和觸點完全相同。</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: mean emotion %3 → %4; open opportunities %5 → %6; %n touchpoint(s) unchanged.</source>
        <translation>
            <numerusform>%1 → %2：平均情緒 %3 → %4；未解決的改進機會 %5 → %6；%n 個觸點未變。</numerusform>
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
        <translation>刪除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
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
        <translation>移至其他階段</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>action</source>
        <translation>行為</translation>
    </message>
    <message>
        <source>thoughts</source>
        <translation>想法</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>情緒</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>痛點</translation>
    </message>
    <message>
        <source>backstage</source>
        <translation>後台</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>改進機會</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>觸點</translation>
    </message>
    <message>
        <source>What</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Stage before</source>
        <translation>之前階段</translation>
    </message>
    <message>
        <source>Stage after</source>
        <translation>之後階段</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>變更欄位</translation>
    </message>
    <message>
        <source>Emotion before</source>
        <translation>之前情緒</translation>
    </message>
    <message>
        <source>Emotion after</source>
        <translation>之後情緒</translation>
    </message>
    <message>
        <source>Δ emotion</source>
        <translation>Δ 情緒</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneyEditor</name>
    <message>
        <source>touchpoint</source>
        <translation>觸點</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>customer action</source>
        <translation>客戶行為</translation>
    </message>
    <message>
        <source>thoughts</source>
        <translation>想法</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>情緒</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>痛點</translation>
    </message>
    <message>
        <source>backstage</source>
        <translation>後台</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>改進機會</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneyInspector</name>
    <message>
        <source>As-is (today&apos;s journey)</source>
        <translation>現狀（當前旅程）</translation>
    </message>
    <message>
        <source>To-be (the designed journey)</source>
        <translation>目標（設計中的旅程）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>Ctrl+Left/Right or drag the header to move the stage; Insert adds a touchpoint to it.</source>
        <translation>按 Ctrl+Left/Right 或拖曳表頭可移動該階段；按 Insert 可向其中新增觸點。</translation>
    </message>
    <message>
        <source>e.g. queue_order: responses tagged with it give the KPIs</source>
        <translation>例如 queue_order：帶此標記的答卷用於計算 KPI</translation>
    </message>
    <message>
        <source>store, app, web, phone…</source>
        <translation>門市、App、網站、電話…</translation>
    </message>
    <message>
        <source>&amp;Add opportunity</source>
        <translation>新增改進機會(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected opportunity</source>
        <translation>移除所選改進機會</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>通路(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Customer action:</source>
        <translation>客戶行為(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Thoughts:</source>
        <translation>想法(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Emotion:</source>
        <translation>情緒(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Pain points:</source>
        <translation>痛點(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Opportunities:</source>
        <translation>改進機會(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Backstage:</source>
        <translation>後台(&amp;B)：</translation>
    </message>
    <message>
        <source>Survey c&amp;ode:</source>
        <translation>調查代碼(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;KPIs:</source>
        <translation>KPI(&amp;K)：</translation>
    </message>
    <message>
        <source>Live:</source>
        <translation>即時：</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地圖</translation>
    </message>
    <message>
        <source>No map open</source>
        <translation>未開啟地圖</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n 個階段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n 個觸點</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 opportunities open</source>
        <translation>%2 個改進機會中 %1 個未解決</translation>
    </message>
    <message>
        <source>mean emotion %1</source>
        <translation>平均情緒 %1</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>階段 %1：%2</translation>
    </message>
    <message>
        <source>Touchpoint in %1: %2</source>
        <translation>%1 中的觸點：%2</translation>
    </message>
    <message>
        <source>&lt;i&gt;No survey code: not measured.&lt;/i&gt;</source>
        <translation>&lt;i&gt;無調查代碼：未測量。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Loading…&lt;/i&gt;</source>
        <translation>&lt;i&gt;載入中…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Updating…&lt;/i&gt;</source>
        <translation>&lt;i&gt;正在更新…&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) in the period</source>
        <translation>
            <numerusform>該期間內 %n 份答卷</numerusform>
        </translation>
    </message>
    <message>
        <source>Emotion entered %1, derived from CSAT %2</source>
        <translation>輸入情緒 %1，由 CSAT 推導 %2</translation>
    </message>
    <message>
        <source>Emotion entered %1; no CSAT answers to derive one</source>
        <translation>輸入情緒 %1；沒有可用於推導的 CSAT 回答</translation>
    </message>
    <message>
        <source>New improvement idea</source>
        <translation>新的改進想法</translation>
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
        <translation>CSAT 前兩檔</translation>
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
        <translation>CES 認同率</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷數</translation>
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
        <translation>計數</translation>
    </message>
    <message>
        <source>Show this KPI on the touchpoint (%1)</source>
        <translation>在觸點上顯示此 KPI（%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Mark the touchpoint when the value is beyond this threshold; empty = no alert</source>
        <translation>數值超出此閾值時標記該觸點；留空 = 不預警</translation>
    </message>
    <message>
        <source>alert above</source>
        <translation>高於時預警</translation>
    </message>
    <message>
        <source>alert below</source>
        <translation>低於時預警</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>閾值</translation>
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
        <translation>（未測量）</translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 (95 % interval %2 to %3), %n answer(s)</source>
        <translation>
            <numerusform>NPS %1（95 % 區間 %2 至 %3），%n 個回答</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean CSAT − 3; 95 % interval %1 to %2</source>
        <translation>CSAT 均值 − 3；95 % 區間 %1 至 %2</translation>
    </message>
    <message>
        <source>Net promoter score: % promoters (9–10) − % detractors (0–6), points</source>
        <translation>淨推薦值：推薦者（9–10）百分比 − 貶損者（0–6）百分比，單位為分</translation>
    </message>
    <message>
        <source>Share of CSAT answers 4 or 5 on the 1–5 scale</source>
        <translation>1–5 量表中 CSAT 回答為 4 或 5 的佔比</translation>
    </message>
    <message>
        <source>Mean customer effort score, 1–7, higher = easier</source>
        <translation>客戶費力度（CES）均值，1–7，越高越省力</translation>
    </message>
    <message>
        <source>Share of CES answers 5–7</source>
        <translation>CES 回答為 5–7 的佔比</translation>
    </message>
    <message>
        <source>Emotion as entered in the workshop, −2…+2</source>
        <translation>工作坊中輸入的情緒，−2…+2</translation>
    </message>
    <message>
        <source>Emotion derived from the data: mean CSAT − 3, −2…+2</source>
        <translation>由資料推導的情緒：CSAT 均值 − 3，−2…+2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>觸點</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷數</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT top-2</source>
        <translation>CSAT 前兩檔</translation>
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
        <translation>CES 認同率</translation>
    </message>
    <message>
        <source>Emotion entered</source>
        <translation>輸入情緒</translation>
    </message>
    <message>
        <source>Emotion derived</source>
        <translation>推導情緒</translation>
    </message>
    <message>
        <source>Past threshold</source>
        <translation>超出閾值</translation>
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
        <translation>已解決</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>1 = high, 2 = medium, 3 = low</source>
        <translation>1 = 高，2 = 中，3 = 低</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>改進機會</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneyPage</name>
    <message>
        <source>Journey maps</source>
        <translation>客戶旅程地圖</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>地圖(&amp;M)：</translation>
    </message>
    <message>
        <source>Map actions</source>
        <translation>地圖操作</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>編輯</translation>
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
        <translation>最近 12 個月</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自訂範圍</translation>
    </message>
    <message>
        <source>Responses counted for the live KPIs; periods end with the newest response</source>
        <translation>計入即時 KPI 的答卷；各時段均截至最新一份答卷</translation>
    </message>
    <message>
        <source>KPIs &amp;for:</source>
        <translation>KPI 統計範圍(&amp;F)：</translation>
    </message>
    <message>
        <source>First day counted</source>
        <translation>統計起始日</translation>
    </message>
    <message>
        <source>Last day counted</source>
        <translation>統計截止日</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>客群(&amp;S)：</translation>
    </message>
    <message>
        <source>Entered and derived</source>
        <translation>輸入與推導</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>輸入值</translation>
    </message>
    <message>
        <source>Derived from CSAT</source>
        <translation>由 CSAT 推導</translation>
    </message>
    <message>
        <source>Emotion curve as entered in the workshop, derived from the data (mean CSAT − 3) or both side by side</source>
        <translation>情緒曲線：按工作坊輸入、由資料推導（CSAT 均值 − 3），或兩者並列顯示</translation>
    </message>
    <message>
        <source>&amp;Emotion curve:</source>
        <translation>情緒曲線(&amp;E)：</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>縮放(&amp;Z)：</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地圖</translation>
    </message>
    <message>
        <source>KPI table</source>
        <translation>KPI 表</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>使用者畫像</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>新使用者畫像</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Start a map from the retail template or empty</source>
        <translation>基於零售模板或空白頁新建地圖</translation>
    </message>
    <message>
        <source>Duplicate as to-be</source>
        <translation>複製為目標旅程</translation>
    </message>
    <message>
        <source>Copy this map as the to-be journey to redesign</source>
        <translation>將此地圖複製為目標旅程，以便重新設計</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <source>What differs between two maps</source>
        <translation>檢視兩張地圖之間的差異</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import a journey map file (.json)</source>
        <translation>匯入客戶旅程地圖檔案（.json）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the map as PNG or SVG at print resolution, a PDF handout or JSON</source>
        <translation>將地圖儲存為印刷解析度的 PNG 或 SVG、PDF 講義或 JSON</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>簡報</translation>
    </message>
    <message>
        <source>Full-screen presentation, one stage at a time</source>
        <translation>全螢幕簡報，每次展示一個階段</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>刪除地圖</translation>
    </message>
    <message>
        <source>Delete this map from the workspace</source>
        <translation>從工作區刪除此地圖</translation>
    </message>
    <message>
        <source>Delete journey map</source>
        <translation>刪除客戶旅程地圖</translation>
    </message>
    <message>
        <source>Delete the map &quot;%1&quot;? This cannot be undone.</source>
        <translation>要刪除地圖「%1」嗎？此操作無法復原。</translation>
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
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>新增觸點</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>新增階段</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
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
        <translation>刪除</translation>
    </message>
    <message>
        <source>Retail journey (five stages, English)</source>
        <translation>零售旅程（五個階段，英文）</translation>
    </message>
    <message>
        <source>Retail journey (five stages, Chinese)</source>
        <translation>零售旅程（五個階段，中文）</translation>
    </message>
    <message>
        <source>Empty map</source>
        <translation>空白地圖</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>(no maps yet: New starts one)</source>
        <translation>（尚無地圖：點選「新建」建立）</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部客戶</translation>
    </message>
    <message>
        <source>Created the map &quot;%1&quot;. Add stages and touchpoints on the canvas; every change is saved and can be undone.</source>
        <translation>已建立地圖「%1」。請在畫布上新增階段和觸點；每項更改都會自動儲存，並可復原。</translation>
    </message>
    <message>
        <source>(to be)</source>
        <translation>（目標）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a to-be copy: redesign it, then Compare shows what changed.</source>
        <translation>「%1」是目標旅程副本：重新設計後，用「比較」即可檢視變化。</translation>
    </message>
    <message>
        <source>The map could not be saved: %1</source>
        <translation>無法儲存地圖：%1</translation>
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
        <translation>KPI 統計期的結束日期必須晚於開始日期。</translation>
    </message>
    <message>
        <source>Computing journey KPIs</source>
        <translation>正在計算旅程 KPI</translation>
    </message>
    <message>
        <source>Journey KPIs: %1</source>
        <translation>旅程 KPI：%1</translation>
    </message>
    <message>
        <source>No journey map in this workspace yet. New starts one from the seeds&apos; five-stage retail template or an empty sheet; Import… reads a map file.</source>
        <translation>此工作區尚無客戶旅程地圖。「新建」可基於示例資料的五階段零售模板或空白頁建立地圖；「匯入…」可讀取地圖檔案。</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n 個觸點</numerusform>
        </translation>
    </message>
    <message>
        <source>computing KPIs…</source>
        <translation>正在計算 KPI…</translation>
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
            <numerusform>%n 個觸點超出 KPI 閾值</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to select, drag to move, Insert adds a touchpoint, Delete removes, Ctrl+←/→ moves, +/− emotion, F5 presents</source>
        <translation>按一下選取，拖曳移動，Insert 新增觸點，Delete 刪除，Ctrl+←/→ 移動，+/− 調整情緒，F5 簡報</translation>
    </message>
    <message>
        <source>Export journey map</source>
        <translation>匯出客戶旅程地圖</translation>
    </message>
    <message>
        <source>PNG image, up to 300 dpi (*.png);;SVG drawing (*.svg);;PDF handout: map, persona, KPIs (*.pdf);;Journey map file for import (*.json)</source>
        <translation>PNG 影像，最高 300 dpi (*.png);;SVG 向量圖 (*.svg);;PDF 講義：地圖、使用者畫像、KPI (*.pdf);;可供匯入的客戶旅程地圖檔案 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已寫入 %1（%n 頁）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已寫入 %1。</translation>
    </message>
    <message>
        <source>Import journey map</source>
        <translation>匯入客戶旅程地圖</translation>
    </message>
    <message>
        <source>Journey map files (*.json)</source>
        <translation>客戶旅程地圖檔案 (*.json)</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>已匯入「%1」。</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneyPresentation</name>
    <message>
        <source>Journey map — presentation</source>
        <translation>客戶旅程地圖 — 簡報</translation>
    </message>
</context>
<context>
    <name>vd::gui::JourneySpeakerNotes</name>
    <message>
        <source>Journey map — speaker notes</source>
        <translation>客戶旅程地圖 — 演講者備註</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一張：%1</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>最後一張</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>第 %1 張，共 %2 張</translation>
    </message>
    <message>
        <source>→ next · ← back · Esc leave</source>
        <translation>→ 下一張 · ← 上一張 · Esc 退出</translation>
    </message>
</context>
<context>
    <name>vd::gui::PersonaPanel</name>
    <message>
        <source>&amp;Persona:</source>
        <translation>使用者畫像(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a persona for this map</source>
        <translation>為此地圖建立使用者畫像</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>姓名首字母</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>圖片…</translation>
    </message>
    <message>
        <source>Choose a photo; it is stored in the workspace and in exported maps</source>
        <translation>選擇一張照片；照片會儲存在工作區和匯出的地圖中</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填寫</translation>
    </message>
    <message>
        <source>app, store, WeChat… (comma separated)</source>
        <translation>App, 門市, 微信…（用逗號分隔）</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>年齡(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>職業(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation>收入(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Behaviour:</source>
        <translation>行為(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>需求(&amp;N)：</translation>
    </message>
    <message>
        <source>Pain poin&amp;ts:</source>
        <translation>痛點(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>目標(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Motivations:</source>
        <translation>動機(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>通路(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>語錄(&amp;Q)：</translation>
    </message>
    <message>
        <source>(no persona)</source>
        <translation>（無使用者畫像）</translation>
    </message>
    <message>
        <source>(embedded picture)</source>
        <translation>（內嵌圖片）</translation>
    </message>
    <message>
        <source>Persona picture</source>
        <translation>使用者畫像圖片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>影像 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>%1 is not a picture ValueDesk can read.</source>
        <translation>%1 不是 ValueDesk 可讀取的圖片。</translation>
    </message>
</context>
</TS>
