<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Pages</name>
    <message>
        <source>Value pyramid</source>
        <translation>價值金字塔</translation>
    </message>
</context>
<context>
    <name>PyramidRenderer</name>
    <message>
        <source>Attribute</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>表現</translation>
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
        <translation>平均值為 1–7 分制；差距 = 期望 − 體驗；* 為成本屬性（表現得分高 = 感覺成本低）。</translation>
    </message>
    <message>
        <source>Whole base</source>
        <translation>全體客戶</translation>
    </message>
    <message>
        <source>Customer value pyramid</source>
        <translation>客戶價值金字塔</translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation>%1 份答卷</translation>
    </message>
    <message>
        <source>score = importance-weighted performance (1–7)</source>
        <translation>得分 = 按重要性加權的表現（1–7）</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基礎</translation>
    </message>
    <message>
        <source>Value-added</source>
        <translation>增值</translation>
    </message>
    <message>
        <source>Differentiation</source>
        <translation>差異化</translation>
    </message>
    <message>
        <source>Product and price</source>
        <translation>產品與價格</translation>
    </message>
    <message>
        <source>Service and experience</source>
        <translation>服務與體驗</translation>
    </message>
    <message>
        <source>Brand and emotional connection</source>
        <translation>品牌與情感聯結</translation>
    </message>
    <message>
        <source>%1 % CI %2–%3 · n = %4</source>
        <translation>%1 % 信賴區間 %2–%3 · n = %4</translation>
    </message>
    <message>
        <source>n = %1 (too few for an interval)</source>
        <translation>n = %1（樣本過少，無法計算區間）</translation>
    </message>
    <message>
        <source>No ratings</source>
        <translation>無評分</translation>
    </message>
    <message>
        <source>Gap %1</source>
        <translation>差距 %1</translation>
    </message>
    <message>
        <source>Gap: no expectation ratings</source>
        <translation>差距：無期望評分</translation>
    </message>
    <message>
        <source>%1 of %2 attributes rated</source>
        <translation>%2 個屬性中已評分 %1 個</translation>
    </message>
    <message>
        <source>Score %1 on 1–7</source>
        <translation>得分 %1（1–7 分制）</translation>
    </message>
    <message>
        <source>Layer colour: value gap = expectation − experience (1–7 scale)</source>
        <translation>層顏色：價值差距 = 期望 − 體驗（1–7 分制）</translation>
    </message>
    <message>
        <source>exceeds expectations</source>
        <translation>超出期望</translation>
    </message>
    <message>
        <source>falls short</source>
        <translation>未達期望</translation>
    </message>
    <message>
        <source>Equal layers: the number is the score, the colour the gap.</source>
        <translation>各層等大：數字表示得分，顏色表示差距。</translation>
    </message>
    <message>
        <source>Layer area ∝ score rescaled to 0–100 (not importance).</source>
        <translation>層面積 ∝ 換算到 0–100 的得分（而非重要性）。</translation>
    </message>
    <message>
        <source>Layer area ∝ responses that scored the layer.</source>
        <translation>層面積 ∝ 對該層評分的答卷數。</translation>
    </message>
    <message>
        <source>Intervals: Student t over responses. Hatched: no ratings.</source>
        <translation>區間：基於答卷的 Student t 分佈。斜線填充：無評分。</translation>
    </message>
    <message>
        <source>Customer pyramid</source>
        <translation>客戶金字塔</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客戶</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>鉑金</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>黃金</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>鐵</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>鉛</translation>
    </message>
    <message>
        <source>%1 of customers</source>
        <translation>客戶佔比 %1</translation>
    </message>
    <message>
        <source>%1 of revenue (%2)</source>
        <translation>收入佔比 %1（%2）</translation>
    </message>
    <message>
        <source>Revenue %1</source>
        <translation>收入 %1</translation>
    </message>
    <message>
        <source>%1 of CLV (%2)</source>
        <translation>客戶終身價值佔比 %1（%2）</translation>
    </message>
    <message>
        <source>CLV: no predictions</source>
        <translation>客戶終身價值：無預測</translation>
    </message>
    <message>
        <source>Tier area ∝ customers.</source>
        <translation>等級面積 ∝ 客戶數。</translation>
    </message>
    <message>
        <source>Tier area ∝ revenue (net of returns).</source>
        <translation>等級面積 ∝ 收入（扣除退貨）。</translation>
    </message>
    <message>
        <source>Tier area ∝ predicted CLV.</source>
        <translation>等級面積 ∝ 預測的客戶終身價值。</translation>
    </message>
    <message>
        <source>%1 members with another label are not shown.</source>
        <translation>另有 %1 名帶其他標籤的成員未顯示。</translation>
    </message>
</context>
<context>
    <name>vd::gui::IpaScatterChart</name>
    <message>
        <source>Importance–performance analysis</source>
        <translation>重要性–表現分析</translation>
    </message>
    <message>
        <source>Performance (mean rating, 1–7)</source>
        <translation>表現（平均評分，1–7）</translation>
    </message>
    <message>
        <source>Importance (mean rating, 1–7)</source>
        <translation>重要性（平均評分，1–7）</translation>
    </message>
    <message>
        <source>crosshairs at the means of the attribute means</source>
        <translation>十字線位於各屬性平均值的平均</translation>
    </message>
    <message>
        <source>crosshairs at the scale midpoint (4)</source>
        <translation>十字線位於量表中點（4）</translation>
    </message>
    <message>
        <source>Importance–performance analysis (Martilla &amp; James 1977)&lt;br&gt;%1 · %2</source>
        <translation>重要性–表現分析（Martilla &amp; James 1977）&lt;br&gt;%1 · %2</translation>
    </message>
</context>
<context>
    <name>vd::gui::PyramidAttributeModel</name>
    <message>
        <source>Basic</source>
        <translation>基礎</translation>
    </message>
    <message>
        <source>Value-added</source>
        <translation>增值</translation>
    </message>
    <message>
        <source>Differentiation</source>
        <translation>差異化</translation>
    </message>
    <message>
        <source>Functional value</source>
        <translation>功能價值</translation>
    </message>
    <message>
        <source>Emotional value</source>
        <translation>情感價值</translation>
    </message>
    <message>
        <source>Social value</source>
        <translation>社會價值</translation>
    </message>
    <message>
        <source>Time cost</source>
        <translation>時間成本</translation>
    </message>
    <message>
        <source>Economic cost</source>
        <translation>經濟成本</translation>
    </message>
    <message>
        <source>Product value</source>
        <translation>產品價值</translation>
    </message>
    <message>
        <source>Service value</source>
        <translation>服務價值</translation>
    </message>
    <message>
        <source>Personnel value</source>
        <translation>人員價值</translation>
    </message>
    <message>
        <source>Image value</source>
        <translation>形象價值</translation>
    </message>
    <message>
        <source>Monetary cost</source>
        <translation>貨幣成本</translation>
    </message>
    <message>
        <source>Energy cost</source>
        <translation>精力成本</translation>
    </message>
    <message>
        <source>Physical cost</source>
        <translation>體力成本</translation>
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
        <translation>低優先</translation>
    </message>
    <message>
        <source>Possible overkill</source>
        <translation>可能過度投入</translation>
    </message>
    <message>
        <source>Mean of expectation − performance over ratings with both; positive = experience falls short</source>
        <translation>同時有期望和表現評分時（期望 − 表現）的平均值；正值 = 體驗未達期望</translation>
    </message>
    <message>
        <source>%1 % confidence interval of the gap (paired t)</source>
        <translation>差距的 %1 % 信賴區間（配對 t 檢定）</translation>
    </message>
    <message>
        <source>Mean importance × gap: the ranking key of the value-gap analysis</source>
        <translation>平均重要性 × 差距：價值差距分析的排序依據</translation>
    </message>
    <message>
        <source>Importance–performance quadrant (Martilla &amp; James 1977)</source>
        <translation>重要性–表現象限（Martilla &amp; James 1977）</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>價值構成</translation>
    </message>
    <message>
        <source>Kotler</source>
        <translation>科特勒</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>評分數</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>表現</translation>
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
        <translation>差距信賴區間</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
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
        <translation>客戶總價值</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>利益</translation>
    </message>
    <message>
        <source>Total customer cost</source>
        <translation>客戶總成本</translation>
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
        <translation>每個部分的得分是其屬性按重要性加權的平均值（0–100）；成本部分衡量的是付出（100 = 負擔很重）。長條各部分之和即為其總計。</translation>
    </message>
    <message>
        <source>%1: delivered value %2 − %3 = %4</source>
        <translation>%1：讓渡價值 %2 − %3 = %4</translation>
    </message>
    <message>
        <source>%1: perceived value %2 − %3 = %4</source>
        <translation>%1：感知價值 %2 − %3 = %4</translation>
    </message>
</context>
<context>
    <name>vd::gui::PyramidPresentation</name>
    <message>
        <source>Value pyramid — presentation</source>
        <translation>價值金字塔 — 簡報</translation>
    </message>
    <message>
        <source>Space: reveal the next layer · Esc: leave</source>
        <translation>空格：顯示下一層 · Esc：退出</translation>
    </message>
    <message>
        <source>All layers shown · Backspace: back · Esc: leave</source>
        <translation>已顯示全部層 · Backspace：返回 · Esc：退出</translation>
    </message>
</context>
<context>
    <name>vd::gui::ValueGapChart</name>
    <message>
        <source>Value gaps</source>
        <translation>價值差距</translation>
    </message>
    <message>
        <source>Falls short of expectation</source>
        <translation>未達期望</translation>
    </message>
    <message>
        <source>Exceeds expectation</source>
        <translation>超出期望</translation>
    </message>
    <message>
        <source>Gap = expectation − experience (points)</source>
        <translation>差距 = 期望 − 體驗（分）</translation>
    </message>
    <message>
        <source>Value gaps ranked by importance × gap</source>
        <translation>價值差距（按重要性 × 差距排序）</translation>
    </message>
    <message>
        <source>not rated: %1</source>
        <translation>未評分：%1</translation>
    </message>
</context>
<context>
    <name>vd::gui::ValuePyramidPage</name>
    <message>
        <source>Value pyramid</source>
        <translation>價值金字塔</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客戶價值</translation>
    </message>
    <message>
        <source>Customer tiers</source>
        <translation>客戶等級</translation>
    </message>
    <message>
        <source>Value layers scored from attribute ratings, or the saved platinum/gold/iron/lead customer pyramid</source>
        <translation>根據屬性評分計算的價值層，或已儲存的鉑金/黃金/鐵/鉛客戶金字塔</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>客群(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>對比(&amp;C)：</translation>
    </message>
    <message>
        <source>Si&amp;ze by:</source>
        <translation>面積依據(&amp;Z)：</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>簡報</translation>
    </message>
    <message>
        <source>Full-screen presentation revealing the layers bottom-up (F5)</source>
        <translation>全螢幕簡報，由下而上逐層顯示（F5）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Save the pyramid as PNG, SVG or PDF (Ctrl+E)</source>
        <translation>將金字塔儲存為 PNG、SVG 或 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Attributes</source>
        <translation>屬性(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>分解方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Kotler: customer delivered value</source>
        <translation>科特勒：客戶讓渡價值</translation>
    </message>
    <message>
        <source>Value components: perceived value</source>
        <translation>價值構成：感知價值</translation>
    </message>
    <message>
        <source>&amp;Delivered value</source>
        <translation>讓渡價值(&amp;D)</translation>
    </message>
    <message>
        <source>Value &amp;gaps</source>
        <translation>價值差距(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Importance–performance</source>
        <translation>重要性–表現(&amp;I)</translation>
    </message>
    <message>
        <source>All attributes — click a layer to list only its attributes</source>
        <translation>全部屬性 — 點選某一層可僅列出該層的屬性</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>尚未開啟工作區。</translation>
    </message>
    <message>
        <source>Analysing the attribute ratings…</source>
        <translation>正在分析屬性評分…</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>分析失敗：%1</translation>
    </message>
    <message>
        <source>Value pyramid: %1</source>
        <translation>價值金字塔：%1</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>不對比</translation>
    </message>
    <message>
        <source>Whole base</source>
        <translation>全體客戶</translation>
    </message>
    <message>
        <source>%1: %2 responses from %3 customers</source>
        <translation>%1：來自 %3 位客戶的 %2 份答卷</translation>
    </message>
    <message>
        <source>Equal layers</source>
        <translation>各層等大</translation>
    </message>
    <message>
        <source>Score (area ∝ score)</source>
        <translation>得分（面積 ∝ 得分）</translation>
    </message>
    <message>
        <source>Responses (area ∝ responses)</source>
        <translation>答卷數（面積 ∝ 答卷數）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>客戶終身價值</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>No customer pyramid has been saved in this workspace yet.

The segmentation tools build it (platinum, gold, iron and lead tiers by CLV or margin); once saved, its tiers appear here with their customers, revenue and CLV.</source>
        <translation>此工作區尚未儲存客戶金字塔。

客戶金字塔由細分工具生成（按客戶終身價值或毛利劃分為鉑金、黃金、鐵和鉛四個等級）；儲存後，各等級及其客戶數、收入和客戶終身價值將顯示在這裡。</translation>
    </message>
    <message>
        <source>%1 has no attribute ratings yet.

Import survey responses with importance, performance and expectation ratings (or create the demo workspace) to score the pyramid.</source>
        <translation>%1 尚無屬性評分。

請匯入包含重要性、表現和期望評分的調查答卷（或建立演示工作區），以計算金字塔得分。</translation>
    </message>
    <message>
        <source>No member of %1 is in the saved customer pyramid.</source>
        <translation>%1 中沒有成員屬於已儲存的客戶金字塔。</translation>
    </message>
    <message>
        <source>All attributes of %1 — click a layer to list only its attributes</source>
        <translation>%1 的全部屬性 — 點選某一層可僅列出該層的屬性</translation>
    </message>
    <message>
        <source>%1 layer of %2 — click it again to list every attribute</source>
        <translation>%2 的%1層 — 再次點選可列出全部屬性</translation>
    </message>
    <message>
        <source>there is no pyramid to export</source>
        <translation>沒有可匯出的金字塔</translation>
    </message>
    <message>
        <source>There is no pyramid to export yet.</source>
        <translation>尚無可匯出的金字塔。</translation>
    </message>
    <message>
        <source>Export pyramid</source>
        <translation>匯出金字塔</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 影像 (*.png);;SVG 向量圖 (*.svg);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>There is no pyramid to present yet.</source>
        <translation>尚無可簡報的金字塔。</translation>
    </message>
</context>
</TS>
