<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Pages</name>
    <message>
        <source>Segmentation</source>
        <translation>客戶細分</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentClusterTab</name>
    <message>
        <source>&amp;Run k-means</source>
        <translation>執行 k-means(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Elbow (k = 2…10)</source>
        <translation>肘部法(&amp;E)（k = 2…10）</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特徵</translation>
    </message>
    <message>
        <source>%1 — %2 (unit: %3)</source>
        <translation>%1 — %2（單位：%3）</translation>
    </message>
    <message>
        <source>Tick the features to cluster on; each is standardised (z-score) first. CLV and P(alive) need a CLV run.</source>
        <translation>勾選用於叢集分析的特徵；每個特徵都會先做標準化（z 分數）。客戶終身價值和存活機率需要先執行客戶終身價值模型。</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Use the mean</source>
        <translation>使用平均值</translation>
    </message>
    <message>
        <source>Customers without a value of a chosen feature (no purchase, no CLV prediction, no NPS answer): leave them out, or place them at the feature&apos;s mean</source>
        <translation>缺少某個所選特徵值的客戶（無購買、無客戶終身價值預測、無 NPS 回答）：將其排除，或以該特徵的平均值填補</translation>
    </message>
    <message>
        <source>&amp;Missing values:</source>
        <translation>缺失值(&amp;M)：</translation>
    </message>
    <message>
        <source>Number of clusters</source>
        <translation>叢集數</translation>
    </message>
    <message>
        <source>&amp;Clusters k:</source>
        <translation>叢集數 k(&amp;C)：</translation>
    </message>
    <message>
        <source>Independent k-means++ seedings; the lowest inertia wins</source>
        <translation>獨立進行 k-means++ 初始化的次數；取慣性最低的結果</translation>
    </message>
    <message>
        <source>Re&amp;starts:</source>
        <translation>重啟次數(&amp;S)：</translation>
    </message>
    <message>
        <source>Random seed: the same seed always gives the same clusters</source>
        <translation>隨機種子：相同的種子總會得到相同的叢集</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>種子(&amp;D)：</translation>
    </message>
    <message>
        <source>Cluster in the background (Ctrl+Return)</source>
        <translation>在背景執行叢集分析（Ctrl+Return）</translation>
    </message>
    <message>
        <source>k-means for k = 2 … 10: inertia and silhouette to choose k</source>
        <translation>對 k = 2 … 10 執行 k-means：依據慣性和輪廓係數選擇 k</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>另存為客群…</translation>
    </message>
    <message>
        <source>Save each customer&apos;s cluster as a snapshot (Ctrl+S)</source>
        <translation>將每位客戶所屬的叢集儲存為快照（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;X:</source>
        <translation>X 軸(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Y:</source>
        <translation>Y 軸(&amp;Y)：</translation>
    </message>
    <message>
        <source>Horizontal axis: a principal component or a feature</source>
        <translation>橫軸：主成分或特徵</translation>
    </message>
    <message>
        <source>Vertical axis: a principal component or a feature</source>
        <translation>縱軸：主成分或特徵</translation>
    </message>
    <message>
        <source>Tick at least one feature.</source>
        <translation>請至少勾選一個特徵。</translation>
    </message>
    <message>
        <source>Clustering…</source>
        <translation>正在進行叢集分析…</translation>
    </message>
    <message>
        <source>k-means clustering</source>
        <translation>k-means 叢集分析</translation>
    </message>
    <message>
        <source>Cancelled; the previous clusters are still shown.</source>
        <translation>已取消；仍顯示之前的叢集結果。</translation>
    </message>
    <message>
        <source>k-means could not run: %1</source>
        <translation>無法執行 k-means：%1</translation>
    </message>
    <message>
        <source>Elbow: k = 2…10</source>
        <translation>肘部法：k = 2…10</translation>
    </message>
    <message>
        <source>Elbow: %1</source>
        <translation>肘部法：%1</translation>
    </message>
    <message>
        <source>%1 customers, k = %2: inertia %3 after %4 iterations%5, best of %6 restarts (seed %7).</source>
        <translation>%1 位客戶，k = %2：迭代 %4 次後慣性為 %3%5，取 %6 次重啟中的最佳結果（種子 %7）。</translation>
    </message>
    <message>
        <source> (iteration limit)</source>
        <translation>（已達迭代上限）</translation>
    </message>
    <message>
        <source>Mean silhouette %1.</source>
        <translation>平均輪廓係數 %1。</translation>
    </message>
    <message>
        <source>%1 customers without every feature were left out.</source>
        <translation>已排除 %1 位缺少部分特徵值的客戶。</translation>
    </message>
    <message>
        <source>%1 is the same for everyone and does not separate customers.</source>
        <translation>所有客戶的 %1 都相同，無法區分客戶。</translation>
    </message>
    <message>
        <source>PC1</source>
        <translation>PC1</translation>
    </message>
    <message>
        <source>PC2</source>
        <translation>PC2</translation>
    </message>
    <message>
        <source>PC%1 (%2 of the variance; standardised units)</source>
        <translation>PC%1（解釋 %2 的變異數；標準化單位）</translation>
    </message>
    <message>
        <source>%1 (log of %2)</source>
        <translation>%1（%2 的對數）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Saving the cluster segment</source>
        <translation>正在儲存叢集客群</translation>
    </message>
    <message>
        <source>Saved segment “%1” (%2 customers in %3 clusters).</source>
        <translation>已儲存客群「%1」（%2 位客戶，%3 個叢集）。</translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation>客群未儲存：%1</translation>
    </message>
    <message>
        <source>Run k-means first (Ctrl+Return).</source>
        <translation>請先執行 k-means（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>Clusters k=%1 %2</source>
        <translation>叢集 k=%1 %2</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentCompareModel</name>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>Over %1 members with a CLV prediction</source>
        <translation>基於 %1 位有客戶終身價值預測的成員</translation>
    </message>
    <message>
        <source>From %1 members&apos; latest answers</source>
        <translation>基於 %1 位成員的最近一次回答</translation>
    </message>
    <message>
        <source>Share of the whole base&apos;s net revenue (all time)</source>
        <translation>佔全部客戶淨收入的比例（全部時間）</translation>
    </message>
    <message>
        <source>Mean CLV of the members with a prediction in the newest CLV run</source>
        <translation>在最新一次客戶終身價值模型執行中有預測的成員的平均客戶終身價值</translation>
    </message>
    <message>
        <source>Net Promoter Score over the members&apos; latest 0–10 answers: % promoters (9–10) − % detractors (0–6)</source>
        <translation>基於成員最近一次 0–10 分回答的淨推薦值（NPS）：推薦者（9–10）% − 貶損者（0–6）%</translation>
    </message>
    <message>
        <source>Members with P(alive) below 0.5, of those with a prediction</source>
        <translation>有預測的成員中存活機率低於 0.5 的比例</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Sub-group</source>
        <translation>子群</translation>
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
        <source>Revenue share</source>
        <translation>收入佔比</translation>
    </message>
    <message>
        <source>Average CLV</source>
        <translation>平均 CLV</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失風險</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentElbowChart</name>
    <message>
        <source>Elbow: press Elbow to run k = 2…10</source>
        <translation>肘部法：點選「肘部法」以執行 k = 2…10</translation>
    </message>
    <message>
        <source>Choosing k: inertia and silhouette</source>
        <translation>選擇 k：慣性與輪廓係數</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>慣性</translation>
    </message>
    <message>
        <source>Mean silhouette</source>
        <translation>平均輪廓係數</translation>
    </message>
    <message>
        <source>Chosen k</source>
        <translation>所選 k</translation>
    </message>
    <message>
        <source>Number of clusters k</source>
        <translation>叢集數 k</translation>
    </message>
    <message>
        <source>Inertia (squared distance, standardised units)</source>
        <translation>慣性（平方距離，標準化單位）</translation>
    </message>
    <message>
        <source>Mean silhouette (−1 … 1)</source>
        <translation>平均輪廓係數（−1 … 1）</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentGridModel</name>
    <message>
        <source>(gap)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <source>R %1, F %2: in no segment — assign it before saving</source>
        <translation>R %1，F %2：不屬於任何細分——請在儲存前分配</translation>
    </message>
    <message>
        <source>R %1, F %2: in %3 and %4 — a cell belongs to one segment</source>
        <translation>R %1，F %2：同時屬於 %3 和 %4——每個儲存格只能屬於一個細分</translation>
    </message>
    <message>
        <source>R %1, F %2: %3</source>
        <translation>R %1，F %2：%3</translation>
    </message>
    <message>
        <source>F %1</source>
        <translation>F %1</translation>
    </message>
    <message>
        <source>R %1</source>
        <translation>R %1</translation>
    </message>
    <message>
        <source>Frequency score %1 (5 = most purchases)</source>
        <translation>消費頻率得分 %1（5 = 購買最多）</translation>
    </message>
    <message>
        <source>Recency score %1 (5 = bought most recently)</source>
        <translation>最近消費得分 %1（5 = 最近購買）</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentHeatmap</name>
    <message>
        <source>Frequency score F (1 = fewest purchases, 5 = most)</source>
        <translation>消費頻率得分 F（1 = 購買最少，5 = 最多）</translation>
    </message>
    <message>
        <source>Recency score R (5 = most recent)</source>
        <translation>最近消費得分 R（5 = 最近）</translation>
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
        <source>(gap)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <source>R %1, F %2 (%3): %4 customers, revenue %5</source>
        <translation>R %1，F %2（%3）：%4 位客戶，收入 %5</translation>
    </message>
    <message>
        <source>Customers per R × F cell</source>
        <translation>每個 R × F 儲存格的客戶數</translation>
    </message>
    <message>
        <source>Revenue per R × F cell</source>
        <translation>每個 R × F 儲存格的收入</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentListModel</name>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>叢集</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>分層</translation>
    </message>
    <message>
        <source>Pyramid</source>
        <translation>金字塔</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>(no sub-group)</source>
        <translation>（無子群）</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-group(s)</source>
        <translation>
            <numerusform>%n 個子群</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>儲存時間</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>Sub-groups</source>
        <translation>子群數</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentMemberModel</name>
    <message>
        <source>Enter or double-click opens the customer&apos;s 360° page</source>
        <translation>按 Enter 鍵或按兩下開啟該客戶的 360° 檢視</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sub-group</source>
        <translation>子群</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentMigrationModel</name>
    <message>
        <source>(not in %1)</source>
        <translation>（不在 %1 中）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentProfileModel</name>
    <message>
        <source>Cluster %1</source>
        <translation>叢集 %1</translation>
    </message>
    <message>
        <source>No member of this cluster has an observed value (all imputed)</source>
        <translation>該叢集中沒有成員具有實際觀測值（均為填補值）</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>叢集</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Mean %1 (%2)</source>
        <translation>%1 平均值（%2）</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentPyramidModel</name>
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
        <source>Level</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>價值</translation>
    </message>
    <message>
        <source>Value share</source>
        <translation>價值佔比</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低值</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高值</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentRfmSummaryModel</name>
    <message>
        <source>Segment</source>
        <translation>細分</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入佔比</translation>
    </message>
    <message>
        <source>Median R (days)</source>
        <translation>R 中位數（天）</translation>
    </message>
    <message>
        <source>Median F (orders)</source>
        <translation>F 中位數（訂單數）</translation>
    </message>
    <message>
        <source>Median M</source>
        <translation>M 中位數</translation>
    </message>
    <message>
        <source>Share of the scored customers (those who bought up to the reference date)</source>
        <translation>佔已評分客戶（截至參考日期有購買的客戶）的比例</translation>
    </message>
    <message>
        <source>Share of the scored customers&apos; net revenue</source>
        <translation>佔已評分客戶淨收入的比例</translation>
    </message>
    <message>
        <source>Median days from the last purchase to the reference date</source>
        <translation>最近一次購買距參考日期天數的中位數</translation>
    </message>
    <message>
        <source>Median number of purchases up to the reference date</source>
        <translation>截至參考日期購買次數的中位數</translation>
    </message>
    <message>
        <source>Median net revenue per customer (workspace currency)</source>
        <translation>每位客戶淨收入的中位數（工作區貨幣）</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentRfmTab</name>
    <message>
        <source>&amp;Newest data</source>
        <translation>最新資料(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>計算(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;grid</source>
        <translation>儲存網格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Reference date:</source>
        <translation>參考日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Purchases up to the end of this day count; recency is measured from it</source>
        <translation>計入截至該日結束的購買；最近消費間隔從該日起計算</translation>
    </message>
    <message>
        <source>Use the day of the newest transaction as the reference date</source>
        <translation>以最新一筆訂單的日期作為參考日期</translation>
    </message>
    <message>
        <source>Score recency, frequency and monetary value by quintiles (Ctrl+R)</source>
        <translation>按五分位對最近消費、消費頻率和消費金額評分（Ctrl+R）</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>另存為客群…</translation>
    </message>
    <message>
        <source>Save each customer&apos;s RFM segment as a snapshot (Ctrl+S)</source>
        <translation>將每位客戶的 RFM 細分儲存為快照（Ctrl+S）</translation>
    </message>
    <message>
        <source>R × F grid (select cells, then pick a segment)</source>
        <translation>R × F 網格（先選擇儲存格，再選擇細分）</translation>
    </message>
    <message>
        <source>Rows: recency score R (5 = most recent); columns: frequency score F. Delete clears the selected cells; 1–9 assigns them to the n-th segment.</source>
        <translation>列：最近消費得分 R（5 = 最近）；欄：消費頻率得分 F。按 Delete 清除所選儲存格；按 1–9 將其分配到第 n 個細分。</translation>
    </message>
    <message>
        <source>Double-click or Enter assigns the selected cells to the segment</source>
        <translation>按兩下或按 Enter 鍵將所選儲存格分配到該細分</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Move the selected cells to the chosen segment</source>
        <translation>將所選儲存格移到所選細分</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>A new segment made of the selected cells</source>
        <translation>用所選儲存格新建一個細分</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Rename the chosen segment</source>
        <translation>重新命名所選細分</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the chosen segment; its cells become gaps</source>
        <translation>移除所選細分；其儲存格變為空缺</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>清除儲存格</translation>
    </message>
    <message>
        <source>Take the selected cells out of every segment (Delete)</source>
        <translation>將所選儲存格移出所有細分（Delete）</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>恢復預設</translation>
    </message>
    <message>
        <source>Go back to the standard ten-segment grid</source>
        <translation>恢復為標準的十細分網格</translation>
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
        <source>Undo the last grid edit (Ctrl+Z)</source>
        <translation>復原上一次網格編輯（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Store the grid in the workspace; refused while a cell is in no segment or in two</source>
        <translation>將網格儲存到工作區；若有儲存格不屬於任何細分或同時屬於兩個細分，則拒絕儲存</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>熱度圖</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>顯示(&amp;H)：</translation>
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
        <source>Customers or their net revenue per R × F cell</source>
        <translation>每個 R × F 儲存格的客戶數或其淨收入</translation>
    </message>
    <message>
        <source>Computing RFM scores…</source>
        <translation>正在計算 RFM 得分…</translation>
    </message>
    <message>
        <source>The stored RFM grid cannot be used (%1); showing the default grid.</source>
        <translation>無法使用已儲存的 RFM 網格（%1）；顯示預設網格。</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n cell(s) to %1</source>
        <translation>
            <numerusform>將 %n 個儲存格分配到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>清除 %n 個儲存格</numerusform>
        </translation>
    </message>
    <message>
        <source>New segment %1</source>
        <translation>新建細分 %1</translation>
    </message>
    <message>
        <source>Rename segment to %1</source>
        <translation>將細分重新命名為 %1</translation>
    </message>
    <message>
        <source>Remove segment %1</source>
        <translation>移除細分 %1</translation>
    </message>
    <message>
        <source>Reset the grid</source>
        <translation>重置網格</translation>
    </message>
    <message>
        <source>Every cell is in exactly one segment.</source>
        <translation>每個儲存格都恰好屬於一個細分。</translation>
    </message>
    <message>
        <source>Fix before saving or computing: %1</source>
        <translation>請在儲存或計算前修正：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 (%n cell(s))</source>
        <translation>
            <numerusform>%1. %2（%n 個儲存格）</numerusform>
        </translation>
    </message>
    <message>
        <source>The grid has problems; RFM was not computed: %1</source>
        <translation>網格存在問題，未計算 RFM：%1</translation>
    </message>
    <message>
        <source>Scoring recency, frequency and monetary value…</source>
        <translation>正在對最近消費、消費頻率和消費金額評分…</translation>
    </message>
    <message>
        <source>RFM scores</source>
        <translation>RFM 得分</translation>
    </message>
    <message>
        <source>Cancelled; the previous scores are still shown.</source>
        <translation>已取消；仍顯示之前的得分。</translation>
    </message>
    <message>
        <source>RFM could not be computed: %1</source>
        <translation>無法計算 RFM：%1</translation>
    </message>
    <message>
        <source>%1 customers scored at %2 (quintiles; equal values share a score); %3 without a purchase up to that day. Total revenue %4.</source>
        <translation>已以 %2 為參考日期對 %1 位客戶評分（五分位；相同值得分相同）；%3 位客戶截至該日無購買。總收入 %4。</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 細分</translation>
    </message>
    <message>
        <source>The segments could not be updated: %1</source>
        <translation>無法更新細分：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>The RFM grid was not saved: %1</source>
        <translation>RFM 網格未儲存：%1</translation>
    </message>
    <message>
        <source>RFM grid saved to the workspace.</source>
        <translation>RFM 網格已儲存到工作區。</translation>
    </message>
    <message>
        <source>Saving the RFM segment</source>
        <translation>正在儲存 RFM 客群</translation>
    </message>
    <message>
        <source>Saved segment “%1” (%2 customers).</source>
        <translation>已儲存客群「%1」（%2 位客戶）。</translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation>客群未儲存：%1</translation>
    </message>
    <message>
        <source>Compute RFM first (Ctrl+R).</source>
        <translation>請先計算 RFM（Ctrl+R）。</translation>
    </message>
    <message>
        <source>RFM %1</source>
        <translation>RFM %1</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新建細分</translation>
    </message>
    <message>
        <source>Name of the segment for the selected cells:</source>
        <translation>所選儲存格的細分名稱：</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>重新命名細分</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentRuleGroup</name>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>all of these (AND)</source>
        <translation>以下全部條件（AND）</translation>
    </message>
    <message>
        <source>any of these (OR)</source>
        <translation>以下任一條件（OR）</translation>
    </message>
    <message>
        <source>AND: every condition must hold; OR: at least one</source>
        <translation>AND：須滿足所有條件；OR：至少滿足一個</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ 條件</translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation>向此組新增條件</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ 條件組</translation>
    </message>
    <message>
        <source>Add a nested group, e.g. (age 25–34 OR Champions)</source>
        <translation>新增巢狀條件組，例如（年齡 25–34 OR Champions）</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>刪除條件組</translation>
    </message>
    <message>
        <source>Remove this group and its conditions</source>
        <translation>刪除此條件組及其中的條件</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentRuleRow</name>
    <message>
        <source>Geographic</source>
        <translation>地理</translation>
    </message>
    <message>
        <source>Demographic</source>
        <translation>人口統計</translation>
    </message>
    <message>
        <source>Psychographic</source>
        <translation>心理</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>行為</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意接收</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>on</source>
        <translation>在</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>等於</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不等於</translation>
    </message>
    <message>
        <source>before</source>
        <translation>早於</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>不晚於</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>after</source>
        <translation>晚於</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>不早於</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>between</source>
        <translation>介於</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>屬於</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>不屬於</translation>
    </message>
    <message>
        <source>has tag</source>
        <translation>有標籤</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>lacks tag</source>
        <translation>沒有標籤</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>不包含</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>開頭為</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>為空</translation>
    </message>
    <message>
        <source>is present</source>
        <translation>不為空</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The customer attribute or computed score to test</source>
        <translation>要檢驗的客戶屬性或計算得分</translation>
    </message>
    <message>
        <source>high</source>
        <translation>上限</translation>
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
        <source>Remove this condition</source>
        <translation>刪除此條件</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>多個值，以逗號分隔</translation>
    </message>
    <message>
        <source>low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>number</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentRuleTab</name>
    <message>
        <source>E&amp;valuate</source>
        <translation>評估(&amp;V)</translation>
    </message>
    <message>
        <source>Saved &amp;rule:</source>
        <translation>已儲存的規則(&amp;R)：</translation>
    </message>
    <message>
        <source>Rule segments saved earlier</source>
        <translation>之前儲存的規則客群</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>載入(&amp;L)</translation>
    </message>
    <message>
        <source>Put the saved rule into the builder</source>
        <translation>將已儲存的規則載入到規則建構器</translation>
    </message>
    <message>
        <source>Re-evaluate</source>
        <translation>重新評估</translation>
    </message>
    <message>
        <source>Evaluate the saved rule over the current data and compare with its snapshot: who joined, who left</source>
        <translation>基於當前資料重新評估已儲存的規則，並與其快照比較：哪些客戶新加入，哪些客戶已離開</translation>
    </message>
    <message>
        <source>Count and list the customers the rule matches (F5)</source>
        <translation>統計並列出符合規則的客戶（F5）</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>另存為客群…</translation>
    </message>
    <message>
        <source>Save the matching customers with the rule (Ctrl+S)</source>
        <translation>將符合規則的客戶連同規則一起儲存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Text matches ignore case; a customer without a value never matches “equals” but does match “is not”. Lists: values separated by commas.</source>
        <translation>文字匹配不區分大小寫；沒有值的客戶永遠不符合「等於」，但符合「不等於」。清單：多個值以逗號分隔。</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>符合規則的客戶</translation>
    </message>
    <message>
        <source>Enter or double-click opens the customer&apos;s 360° page.</source>
        <translation>按 Enter 鍵或按兩下開啟該客戶的 360° 檢視。</translation>
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
        <source>Build a rule and press Evaluate (F5).</source>
        <translation>請建立規則並點選「評估」（F5）。</translation>
    </message>
    <message>
        <source>%1 (%2, %3 customers)</source>
        <translation>%1（%2，%3 位客戶）</translation>
    </message>
    <message>
        <source>Saved rules cannot be listed: %1</source>
        <translation>無法列出已儲存的規則：%1</translation>
    </message>
    <message>
        <source>Reading the values of %1</source>
        <translation>正在讀取 %1 的值</translation>
    </message>
    <message>
        <source>Edit the rule</source>
        <translation>編輯規則</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>規則：%1</translation>
    </message>
    <message>
        <source>Not a valid rule yet: %1</source>
        <translation>規則尚無效：%1</translation>
    </message>
    <message>
        <source>The rule cannot be evaluated: %1</source>
        <translation>無法評估規則：%1</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>正在評估…</translation>
    </message>
    <message>
        <source>Evaluating the rule</source>
        <translation>正在評估規則</translation>
    </message>
    <message>
        <source>%1 of %2 customers match (%3) at %4.</source>
        <translation>截至 %4，%2 位客戶中有 %1 位符合（%3）。</translation>
    </message>
    <message>
        <source>Load a saved rule</source>
        <translation>載入已儲存的規則</translation>
    </message>
    <message>
        <source>Re-evaluating the saved rule…</source>
        <translation>正在重新評估已儲存的規則…</translation>
    </message>
    <message>
        <source>Re-evaluating the rule</source>
        <translation>正在重新評估規則</translation>
    </message>
    <message>
        <source>“%1” (saved %2 with %3 customers): %4 stayed, %5 joined, %6 left.</source>
        <translation>「%1」（於 %2 儲存，共 %3 位客戶）：%4 位保留，%5 位新加入，%6 位離開。</translation>
    </message>
    <message>
        <source>The saved rule cannot be evaluated: %1</source>
        <translation>無法評估已儲存的規則：%1</translation>
    </message>
    <message>
        <source>The rule cannot be saved: %1</source>
        <translation>無法儲存規則：%1</translation>
    </message>
    <message>
        <source>Saving the rule segment</source>
        <translation>正在儲存規則客群</translation>
    </message>
    <message>
        <source>Saved rule segment “%1” (%2 customers).</source>
        <translation>已儲存規則客群「%1」（%2 位客戶）。</translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation>客群未儲存：%1</translation>
    </message>
    <message>
        <source>Rule segment</source>
        <translation>規則客群</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentSavedTab</name>
    <message>
        <source>By &amp;sub-group</source>
        <translation>按子群(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Re-evaluate rule</source>
        <translation>重新評估規則</translation>
    </message>
    <message>
        <source>E&amp;xport members…</source>
        <translation>匯出成員(&amp;X)…</translation>
    </message>
    <message>
        <source>Saved segments (select several to compare)</source>
        <translation>已儲存的客群（可多選以進行比較）</translation>
    </message>
    <message>
        <source>F2 renames, Delete deletes the chosen segment</source>
        <translation>按 F2 重新命名所選客群，按 Delete 刪除所選客群</translation>
    </message>
    <message>
        <source>Size, revenue, average CLV, NPS and churn risk of the selected segments side by side</source>
        <translation>並排比較所選客群的規模、收入、平均客戶終身價值、NPS 和流失風險</translation>
    </message>
    <message>
        <source>Evaluate the saved rule again over the current data (in the Rules tab)</source>
        <translation>基於當前資料重新評估已儲存的規則（在「規則」標籤頁中）</translation>
    </message>
    <message>
        <source>S&amp;ub-group:</source>
        <translation>子群(&amp;U)：</translation>
    </message>
    <message>
        <source>Write the members with every customer column and the sub-group to CSV or JSON (Ctrl+E)</source>
        <translation>將成員連同所有客戶欄位及子群匯出為 CSV 或 JSON（Ctrl+E）</translation>
    </message>
    <message>
        <source>Enter or double-click opens the customer&apos;s 360° page.</source>
        <translation>按 Enter 鍵或按兩下開啟該客戶的 360° 檢視。</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>成員(&amp;M)</translation>
    </message>
    <message>
        <source>Select segments in the list and press Compare.</source>
        <translation>請在清單中選擇客群並點選「比較」。</translation>
    </message>
    <message>
        <source>C&amp;omparison</source>
        <translation>比較(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>從(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Show &amp;migration</source>
        <translation>顯示遷移(&amp;M)</translation>
    </message>
    <message>
        <source>How the customers moved between the sub-groups of the two snapshots</source>
        <translation>客戶在兩個快照的子群之間如何遷移</translation>
    </message>
    <message>
        <source>Choose two snapshots, e.g. the RFM segments of two months.</source>
        <translation>請選擇兩個快照，例如兩個月份的 RFM 細分。</translation>
    </message>
    <message>
        <source>M&amp;igration</source>
        <translation>遷移(&amp;I)</translation>
    </message>
    <message>
        <source>Saved segments cannot be listed: %1</source>
        <translation>無法列出已儲存的客群：%1</translation>
    </message>
    <message>
        <source>No segment is saved yet: use Save as segment… (Ctrl+S) on the other tabs.</source>
        <translation>尚未儲存任何客群：請在其他標籤頁中使用「另存為客群…」（Ctrl+S）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>“%1” (%2): %3 customers, saved %4.</source>
        <translation>「%1」（%2）：%3 位客戶，儲存於 %4。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比較…</translation>
    </message>
    <message>
        <source>Comparing segments</source>
        <translation>正在比較客群</translation>
    </message>
    <message>
        <source>Revenue: net, all time. Average CLV and churn risk (P(alive) &lt; 0.5) from the newest CLV run; NPS from each member&apos;s latest answer. — means no data.</source>
        <translation>收入：淨收入，全部時間。平均客戶終身價值和流失風險（存活機率 &lt; 0.5）來自最新一次客戶終身價值模型執行；NPS 取自每位成員的最近一次回答。「—」表示無資料。</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>比較失敗：%1</translation>
    </message>
    <message>
        <source>Migration matrix</source>
        <translation>遷移矩陣</translation>
    </message>
    <message>
        <source>Rows: sub-groups of “%1” (%2); columns: of “%3” (%4). %5 customers are in both; %6 kept the same sub-group (highlighted).</source>
        <translation>列：「%1」（%2）的子群；欄：「%3」（%4）的子群。%5 位客戶同時在兩者中；其中 %6 位保持在同一子群（醒目顯示）。</translation>
    </message>
    <message>
        <source>The migration matrix failed: %1</source>
        <translation>遷移矩陣產生失敗：%1</translation>
    </message>
    <message>
        <source>Exporting members</source>
        <translation>正在匯出成員</translation>
    </message>
    <message>
        <source>Exported %1 members to %2.</source>
        <translation>已將 %1 位成員匯出到 %2。</translation>
    </message>
    <message>
        <source>The members were not exported: %1</source>
        <translation>成員未匯出：%1</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>匯出成員</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The segment was not renamed: %1</source>
        <translation>客群未重新命名：%1</translation>
    </message>
    <message>
        <source>The segment was not deleted: %1</source>
        <translation>客群未刪除：%1</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>重新命名客群</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>刪除客群</translation>
    </message>
    <message>
        <source>Delete the saved segment “%1” (%2 customers)? The customers stay; only the snapshot goes.</source>
        <translation>要刪除已儲存的客群「%1」（%2 位客戶）嗎？客戶會保留，只刪除快照。</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentScatterChart</name>
    <message>
        <source>Run k-means to see the clusters</source>
        <translation>執行 k-means 以檢視叢集</translation>
    </message>
    <message>
        <source>No customers to show</source>
        <translation>沒有可顯示的客戶</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>叢集 %1</translation>
    </message>
    <message>
        <source>%1 of %2 customers (a fixed random sample)</source>
        <translation>%2 位客戶中的 %1 位（固定隨機樣本）</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客戶</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentShareChart</name>
    <message>
        <source>Share of customers</source>
        <translation>客戶佔比</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Group (customers)</source>
        <translation>群組（客戶數）</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>佔比（%）</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentTab</name>
    <message>
        <source>Save as segment</source>
        <translation>另存為客群</translation>
    </message>
    <message>
        <source>Name of the saved segment (a snapshot of who is in which group now):</source>
        <translation>已儲存客群的名稱（記錄當前各客戶所屬群組的快照）：</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentTierModel</name>
    <message>
        <source>High value</source>
        <translation>高價值</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潛力</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失風險</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>CLV share</source>
        <translation>CLV 佔比</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>平均存活機率</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentTierTab</name>
    <message>
        <source>Value tiers (from the newest CLV run)</source>
        <translation>價值分層（基於最新一次客戶終身價值模型執行）</translation>
    </message>
    <message>
        <source>Customer pyramid</source>
        <translation>客戶金字塔</translation>
    </message>
    <message>
        <source>Customers whose P(alive) is below this are churn risks (tested first)</source>
        <translation>存活機率低於此值的客戶視為流失風險（優先判定）</translation>
    </message>
    <message>
        <source>The top share by CLV (not at risk) is high value</source>
        <translation>按客戶終身價值排名前此比例（且無流失風險）的客戶為高價值</translation>
    </message>
    <message>
        <source>Down to this cumulative top share by CLV: potential</source>
        <translation>按客戶終身價值累計排名至此比例的客戶為潛力客戶</translation>
    </message>
    <message>
        <source>Churn risk: P(alive) &amp;below</source>
        <translation>流失風險：存活機率低於(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;High value: top</source>
        <translation>高價值：前(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Potential: up to the top</source>
        <translation>潛力：至前(&amp;P)</translation>
    </message>
    <message>
        <source>Compute tiers</source>
        <translation>計算分層</translation>
    </message>
    <message>
        <source>Save tiers as segment…</source>
        <translation>將分層另存為客群…</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>客戶終身價值</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Rank customers by CLV (newest CLV run), margin (transactions with a cost) or net revenue</source>
        <translation>按客戶終身價值（最新一次模型執行）、毛利（含成本的訂單）或淨收入對客戶排名</translation>
    </message>
    <message>
        <source>Rank &amp;by</source>
        <translation>排名依據(&amp;B)</translation>
    </message>
    <message>
        <source>Platinum: top</source>
        <translation>鉑金：前</translation>
    </message>
    <message>
        <source>gold to</source>
        <translation>黃金：至</translation>
    </message>
    <message>
        <source>iron to</source>
        <translation>鐵：至</translation>
    </message>
    <message>
        <source>Cumulative top share of the ranked customers where the level ends; lead is the rest</source>
        <translation>該層級截止處的累計排名佔比；其餘為鉛</translation>
    </message>
    <message>
        <source>Cut points</source>
        <translation>分界點</translation>
    </message>
    <message>
        <source>Compute pyramid</source>
        <translation>計算金字塔</translation>
    </message>
    <message>
        <source>Save pyramid as segment…</source>
        <translation>將金字塔另存為客群…</translation>
    </message>
    <message>
        <source>A saved pyramid is what the Value pyramid page shows under Customer tiers (Ctrl+S)</source>
        <translation>已儲存的金字塔會顯示在「價值金字塔」頁面的「客戶等級」下（Ctrl+S）</translation>
    </message>
    <message>
        <source>Tiers %1</source>
        <translation>分層 %1</translation>
    </message>
    <message>
        <source>Pyramid %1 %2</source>
        <translation>金字塔 %1 %2</translation>
    </message>
    <message>
        <source>Computing the tiers…</source>
        <translation>正在計算分層…</translation>
    </message>
    <message>
        <source>Computing the pyramid…</source>
        <translation>正在計算金字塔…</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>The potential share (%1) must not be below the high-value share (%2).</source>
        <translation>潛力比例（%1）不得低於高價值比例（%2）。</translation>
    </message>
    <message>
        <source>Value tiers</source>
        <translation>價值分層</translation>
    </message>
    <message>
        <source>No CLV run yet: the tiers need CLV and P(alive). Fit a model on the Customer lifetime value page (Ctrl+4), then come back.</source>
        <translation>尚未執行客戶終身價值模型：分層需要客戶終身價值和存活機率。請先在「客戶終身價值」頁面（Ctrl+4）擬合模型，然後再返回此處。</translation>
    </message>
    <message>
        <source>The tiers could not be computed: %1</source>
        <translation>無法計算分層：%1</translation>
    </message>
    <message>
        <source>top %1 by CLV</source>
        <translation>按客戶終身價值排名前 %1</translation>
    </message>
    <message>
        <source> (CLV ≥ %1)</source>
        <translation>（CLV ≥ %1）</translation>
    </message>
    <message>
        <source>up to the top %1</source>
        <translation>至前 %1</translation>
    </message>
    <message>
        <source>Churn risk: P(alive) &lt; %1, tested first · High value: %2 · Potential: %3 · Other: the rest. %4 customers with a prediction, total CLV %5.</source>
        <translation>流失風險：存活機率 &lt; %1，優先判定 · 高價值：%2 · 潛力：%3 · 其他：其餘客戶。共 %4 位客戶有預測，客戶終身價值合計 %5。</translation>
    </message>
    <message>
        <source>Value tiers: customers and CLV</source>
        <translation>價值分層：客戶數與客戶終身價值</translation>
    </message>
    <message>
        <source>Share of CLV</source>
        <translation>客戶終身價值佔比</translation>
    </message>
    <message>
        <source>The cut points must increase: platinum &lt; gold &lt; iron (cumulative top shares).</source>
        <translation>分界點必須遞增：鉑金 &lt; 黃金 &lt; 鐵（累計排名佔比）。</translation>
    </message>
    <message>
        <source>No CLV run yet: rank by margin or revenue, or fit a CLV model on the Customer lifetime value page (Ctrl+4) first.</source>
        <translation>尚未執行客戶終身價值模型：請按毛利或收入排名，或先在「客戶終身價值」頁面（Ctrl+4）擬合模型。</translation>
    </message>
    <message>
        <source>The pyramid could not be built: %1</source>
        <translation>無法建立金字塔：%1</translation>
    </message>
    <message>
        <source>Ranked by %1: platinum is the top %2, gold to %3, iron to %4, lead the rest; equal values share a level. %5 customers, total %6.</source>
        <translation>按 %1 排名：鉑金為前 %2，黃金至 %3，鐵至 %4，其餘為鉛；相同值歸入同一層級。共 %5 位客戶，合計 %6。</translation>
    </message>
    <message>
        <source>%1 customers without a %2 value are not ranked.</source>
        <translation>%1 位沒有 %2 值的客戶未參與排名。</translation>
    </message>
    <message>
        <source>Customer pyramid by %1</source>
        <translation>按 %1 劃分的客戶金字塔</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>%1 佔比</translation>
    </message>
    <message>
        <source>Saving the tiers</source>
        <translation>正在儲存分層</translation>
    </message>
    <message>
        <source>Saved segment “%1”.</source>
        <translation>已儲存客群「%1」。</translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation>客群未儲存：%1</translation>
    </message>
    <message>
        <source>Saving the pyramid</source>
        <translation>正在儲存金字塔</translation>
    </message>
    <message>
        <source>Saved pyramid “%1”; the Value pyramid page shows it under Customer tiers.</source>
        <translation>已儲存金字塔「%1」；「價值金字塔」頁面會在「客戶等級」下顯示它。</translation>
    </message>
    <message>
        <source>There are no tiers to save yet.</source>
        <translation>尚無可儲存的分層。</translation>
    </message>
    <message>
        <source>There is no pyramid to save yet.</source>
        <translation>尚無可儲存的金字塔。</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentationPage</name>
    <message>
        <source>Segmentation</source>
        <translation>客戶細分</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>叢集</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Tiers &amp;&amp; pyramid</source>
        <translation>分層與金字塔</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>已儲存的客群</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary scores and the R × F segment grid</source>
        <translation>最近消費、消費頻率與消費金額得分，以及 R × F 細分網格</translation>
    </message>
    <message>
        <source>k-means on chosen features, with the elbow and the silhouette to choose k</source>
        <translation>基於所選特徵的 k-means 叢集分析，藉助肘部法和輪廓係數選擇 k</translation>
    </message>
    <message>
        <source>Segments by rules on the four segmentation bases and computed scores</source>
        <translation>基於四類細分依據和計算得分的規則細分</translation>
    </message>
    <message>
        <source>High value, potential and churn-risk tiers; the platinum–gold–iron–lead pyramid</source>
        <translation>高價值、潛力與流失風險分層；鉑金–黃金–鐵–鉛金字塔</translation>
    </message>
    <message>
        <source>Saved snapshots: members, comparison, migration, export</source>
        <translation>已儲存的快照：成員、比較、遷移、匯出</translation>
    </message>
</context>
</TS>
