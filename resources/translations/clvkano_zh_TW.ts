<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Kano</name>
    <message>
        <source>Attractive</source>
        <translation>魅力</translation>
    </message>
    <message>
        <source>One-dimensional</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>Must-be</source>
        <translation>必備</translation>
    </message>
    <message>
        <source>Indifferent</source>
        <translation>無差異</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>Questionable</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>Delights when present, not missed when absent (a delight need)</source>
        <translation>具備時令人驚喜，缺少時也不會被在意（興奮型需求）</translation>
    </message>
    <message>
        <source>The more, the better: satisfies when present, dissatisfies when absent</source>
        <translation>越多越好：具備時令人滿意，缺少時令人不滿</translation>
    </message>
    <message>
        <source>Taken for granted: its absence dissatisfies, its presence adds little</source>
        <translation>被視為理所當然：缺少時令人不滿，具備時幾乎不加分</translation>
    </message>
    <message>
        <source>Neither its presence nor its absence matters</source>
        <translation>具備與否都無關緊要</translation>
    </message>
    <message>
        <source>Respondents prefer not to have it</source>
        <translation>受訪者更希望沒有該功能</translation>
    </message>
    <message>
        <source>Contradictory answers (e.g. likes both having and lacking it)</source>
        <translation>回答自相矛盾（例如既喜歡具備又喜歡缺少）</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>全部受訪者</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Customer lifetime value</source>
        <translation>客戶終身價值</translation>
    </message>
    <message>
        <source>Kano analysis</source>
        <translation>Kano 分析</translation>
    </message>
</context>
<context>
    <name>vd::gui::ClvAliveHeatmap</name>
    <message>
        <source>Recency: time of the last purchase since the first (%1)</source>
        <translation>最近度：最近一次購買距首次購買的時間（%1）</translation>
    </message>
    <message>
        <source>Frequency: repeat purchases (count)</source>
        <translation>頻率：回購次數（次）</translation>
    </message>
    <message>
        <source>%1 repeat purchases, the last at %2 %3: P(alive) %4 %</source>
        <translation>回購 %1 次，最近一次距首次購買 %2 %3：存活機率 %4 %</translation>
    </message>
    <message>
        <source>P(alive) by purchase history, customers observed %1 %2</source>
        <translation>按購買歷史劃分的存活機率（客戶觀察期 %1 %2）</translation>
    </message>
</context>
<context>
    <name>vd::gui::ClvChurnModel</name>
    <message>
        <source>Discounted margin lost if the customer has already left: (1 − P(alive)) × the value of the customer if alive</source>
        <translation>若客戶已流失將損失的折現毛利：(1 − 存活機率) × 客戶存活時的價值</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
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
        <source>P(alive)</source>
        <translation>存活機率</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>風險價值</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>預期購買次數</translation>
    </message>
</context>
<context>
    <name>vd::gui::ClvDistributionChart</name>
    <message>
        <source>No P(alive) in the current predictions (the simple CLV formula has none)</source>
        <translation>目前預測中沒有存活機率（簡易 CLV 公式不提供該值）</translation>
    </message>
    <message>
        <source>Customers by P(alive)</source>
        <translation>按存活機率劃分的客戶</translation>
    </message>
    <message>
        <source>Below the churn threshold</source>
        <translation>低於流失門檻值</translation>
    </message>
    <message>
        <source>At or above the threshold</source>
        <translation>達到或高於門檻值</translation>
    </message>
    <message>
        <source>P(alive) (%)</source>
        <translation>存活機率（%）</translation>
    </message>
    <message>
        <source>Customers (count)</source>
        <translation>客戶數（位）</translation>
    </message>
    <message>
        <source>No CLV predictions yet</source>
        <translation>尚無客戶終身價值預測</translation>
    </message>
    <message>
        <source>Customers by CLV</source>
        <translation>按客戶終身價值劃分的客戶</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>≥%1</source>
        <translation>≥%1</translation>
    </message>
    <message>
        <source>CLV over %1, bin start (discounted margin, currency units)</source>
        <translation>%1內的客戶終身價值，分組起點（折現毛利，貨幣單位）</translation>
    </message>
</context>
<context>
    <name>vd::gui::ClvFrequencyChart</name>
    <message>
        <source>Customers by repeat transactions in the calibration period</source>
        <translation>按校準期內回購交易次數劃分的客戶</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Repeat transactions in the calibration period (count)</source>
        <translation>校準期內回購交易次數（次）</translation>
    </message>
    <message>
        <source>Customers (count)</source>
        <translation>客戶數（位）</translation>
    </message>
</context>
<context>
    <name>vd::gui::ClvPage</name>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>週</translation>
    </message>
    <message>
        <source>months</source>
        <translation>個月</translation>
    </message>
    <message>
        <source>&amp;Holdout until:</source>
        <translation>驗證期截至(&amp;H)：</translation>
    </message>
    <message>
        <source>Accept an u&amp;nconverged fit</source>
        <translation>接受未收斂的擬合(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Fit model</source>
        <translation>擬合模型(&amp;F)</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>客戶終身價值</translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <source>MBG/NBD</source>
        <translation>MBG/NBD</translation>
    </message>
    <message>
        <source>Pareto/NBD</source>
        <translation>Pareto/NBD</translation>
    </message>
    <message>
        <source>Simple CLV (seeds&apos; formula)</source>
        <translation>簡易 CLV（經典公式）</translation>
    </message>
    <message>
        <source>Transaction model: BG/NBD (Fader, Hardie &amp; Lee 2005), MBG/NBD, Pareto/NBD, or average purchase value × purchase frequency × lifespan</source>
        <translation>交易模型：BG/NBD（Fader、Hardie 與 Lee 2005）、MBG/NBD、Pareto/NBD，或平均購買金額 × 購買頻率 × 生命週期</translation>
    </message>
    <message>
        <source>Last day of the calibration period (included)</source>
        <translation>校準期的最後一天（含當天）</translation>
    </message>
    <message>
        <source>Last day of the holdout period: the forecast is compared with what customers actually bought until then</source>
        <translation>驗證期的最後一天：將預測與客戶截至該日的實際購買進行比較</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Length of the CLV forecast in time units</source>
        <translation>客戶終身價值預測的時長（以時間單位計）</translation>
    </message>
    <message>
        <source> % a year</source>
        <translation> %/年</translation>
    </message>
    <message>
        <source>Yearly discount rate applied to future margin</source>
        <translation>應用於未來毛利的年折現率</translation>
    </message>
    <message>
        <source>Share of spend that is profit</source>
        <translation>消費金額中利潤所佔的比例</translation>
    </message>
    <message>
        <source>Gamma-Gamma</source>
        <translation>Gamma-Gamma</translation>
    </message>
    <message>
        <source>Observed mean</source>
        <translation>觀測均值</translation>
    </message>
    <message>
        <source>Spend per purchase: the Gamma-Gamma model&apos;s conditional mean or each customer&apos;s observed mean</source>
        <translation>每次購買的消費金額：Gamma-Gamma 模型的條件均值，或每位客戶的觀測均值</translation>
    </message>
    <message>
        <source>A fit that does not converge (for instance drifting along a flat likelihood) is refused and nothing is stored. Tick this to store such a fit anyway, flagged as not converged.</source>
        <translation>未收斂的擬合（例如在平坦的似然面上漂移）會被拒絕，且不儲存任何結果。勾選此項後仍會儲存這類擬合，並標記為未收斂。</translation>
    </message>
    <message>
        <source>Fit in the background and store the run as the current CLV predictions (Ctrl+Return)</source>
        <translation>在背景擬合，並將本次執行儲存為目前的客戶終身價值預測（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Calibration end:</source>
        <translation>校準期截至(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Time unit:</source>
        <translation>時間單位(&amp;T)：</translation>
    </message>
    <message>
        <source>Hori&amp;zon:</source>
        <translation>預測期(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Discount:</source>
        <translation>折現率(&amp;D)：</translation>
    </message>
    <message>
        <source>M&amp;argin:</source>
        <translation>毛利率(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Spend:</source>
        <translation>消費金額(&amp;S)：</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>顯示(&amp;W)：</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累計</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>按週期</translation>
    </message>
    <message>
        <source>T&amp;racking</source>
        <translation>追蹤(&amp;R)</translation>
    </message>
    <message>
        <source>Fre&amp;quency</source>
        <translation>頻率(&amp;Q)</translation>
    </message>
    <message>
        <source>P(alive) and CL&amp;V</source>
        <translation>存活機率與 CLV(&amp;V)</translation>
    </message>
    <message>
        <source>P(alive) heat ma&amp;p</source>
        <translation>存活機率熱圖(&amp;P)</translation>
    </message>
    <message>
        <source>P(alive) &amp;below:</source>
        <translation>存活機率低於(&amp;B)：</translation>
    </message>
    <message>
        <source>Customers whose probability of still being active is below this are listed, highest value at risk first</source>
        <translation>列出仍活躍機率低於此值的客戶，風險價值最高者排在最前</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Save every customer below the threshold as CSV (Ctrl+E)</source>
        <translation>將低於門檻值的所有客戶儲存為 CSV（Ctrl+E）</translation>
    </message>
    <message>
        <source>Double-click a customer (or press Enter) to open the customer&apos;s 360° view</source>
        <translation>按兩下客戶（或按 Enter 鍵）開啟該客戶的 360° 檢視</translation>
    </message>
    <message>
        <source>Churn early &amp;warning</source>
        <translation>流失預警(&amp;W)</translation>
    </message>
    <message>
        <source>Save every customer&apos;s prediction as CSV</source>
        <translation>將每位客戶的預測儲存為 CSV</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>客戶(&amp;U)</translation>
    </message>
    <message>
        <source>No CLV model fitted yet</source>
        <translation>尚未擬合客戶終身價值模型</translation>
    </message>
    <message>
        <source>the horizon</source>
        <translation>預測期</translation>
    </message>
    <message>
        <source>The holdout must end after the calibration end.</source>
        <translation>驗證期的結束日期必須晚於校準期的結束日期。</translation>
    </message>
    <message>
        <source>Fitting %1…</source>
        <translation>正在擬合 %1…</translation>
    </message>
    <message>
        <source>Fitting the CLV model</source>
        <translation>正在擬合客戶終身價值模型</translation>
    </message>
    <message>
        <source>The fit was cancelled; nothing was stored.</source>
        <translation>擬合已取消，未儲存任何內容。</translation>
    </message>
    <message>
        <source>The fit did not converge, so nothing was stored: %1</source>
        <translation>擬合未收斂，因此未儲存任何內容：%1</translation>
    </message>
    <message>
        <source>CLV fit refused: %1. Tick &quot;Accept an unconverged fit&quot; to store it anyway, flagged as not converged.</source>
        <translation>客戶終身價值擬合被拒絕：%1。勾選「接受未收斂的擬合」可仍然儲存，並標記為未收斂。</translation>
    </message>
    <message>
        <source>CLV model fitted and stored as run %1.</source>
        <translation>客戶終身價值模型已擬合，並儲存為執行 %1。</translation>
    </message>
    <message>
        <source>The fit failed: %1</source>
        <translation>擬合失敗：%1</translation>
    </message>
    <message>
        <source>CLV fit: %1</source>
        <translation>客戶終身價值擬合：%1</translation>
    </message>
    <message>
        <source>Loading the current CLV run…</source>
        <translation>正在載入目前的客戶終身價值執行結果…</translation>
    </message>
    <message>
        <source>Loading CLV results</source>
        <translation>正在載入客戶終身價值結果</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>載入已取消。</translation>
    </message>
    <message>
        <source>The CLV results could not be loaded: %1</source>
        <translation>無法載入客戶終身價值結果：%1</translation>
    </message>
    <message>
        <source>CLV: %1</source>
        <translation>客戶終身價值：%1</translation>
    </message>
    <message>
        <source>No CLV model fitted yet: choose the settings above and press Fit model (Ctrl+Return).</source>
        <translation>尚未擬合客戶終身價值模型：請選擇上方的設定，然後按「擬合模型」（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>尚未開啟工作區。</translation>
    </message>
    <message>
        <source>The simple CLV formula has no transaction model to check against the data.</source>
        <translation>簡易 CLV 公式沒有可與資料對照檢驗的交易模型。</translation>
    </message>
    <message>
        <source>%1 customers; the first %2 in the chosen order are listed (click a column header to sort).</source>
        <translation>%1 位客戶；按所選順序列出前 %2 位（點選欄標題可排序）。</translation>
    </message>
    <message>
        <source>calibration to %1</source>
        <translation>校準期截至 %1</translation>
    </message>
    <message>
        <source>, holdout to %1</source>
        <translation>，驗證期截至 %1</translation>
    </message>
    <message>
        <source>%1 with Gamma-Gamma spend</source>
        <translation>%1，消費金額採用 Gamma-Gamma</translation>
    </message>
    <message>
        <source>%1 with observed mean spend</source>
        <translation>%1，消費金額採用觀測均值</translation>
    </message>
    <message>
        <source>Current run %1: %2, %3, in %4; %5 customers; stored %6 UTC.</source>
        <translation>目前執行 %1：%2，%3，時間單位為%4；%5 位客戶；儲存於 %6 UTC。</translation>
    </message>
    <message>
        <source>Holdout: %1 repeat transactions actual, %2 predicted (%3 %).</source>
        <translation>驗證期：實際回購交易 %1 次，預測 %2 次（%3 %）。</translation>
    </message>
    <message>
        <source>Total CLV over %1: %2 (mean %3 per customer; discount %4 % a year, margin %5 %).</source>
        <translation>%1內的客戶終身價值總計：%2（每位客戶平均 %3；年折現率 %4 %，毛利率 %5 %）。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Fit a model to list customers at risk.</source>
        <translation>擬合模型後即可列出有流失風險的客戶。</translation>
    </message>
    <message>
        <source>The simple CLV formula has no P(alive): fit BG/NBD, MBG/NBD or Pareto/NBD for the churn list.</source>
        <translation>簡易 CLV 公式不提供存活機率：請擬合 BG/NBD、MBG/NBD 或 Pareto/NBD 以獲得流失名單。</translation>
    </message>
    <message>
        <source>%1 customers below the threshold, %2 value at risk in total%3. Double-click to open a customer.</source>
        <translation>%1 位客戶低於門檻值，風險價值合計 %2%3。按兩下可開啟客戶。</translation>
    </message>
    <message>
        <source>; the %1 with most at stake are listed</source>
        <translation>；列出風險最高的 %1 位</translation>
    </message>
    <message>
        <source>Updating the churn list</source>
        <translation>正在更新流失名單</translation>
    </message>
    <message>
        <source>there are no CLV predictions to export</source>
        <translation>沒有可匯出的客戶終身價值預測</translation>
    </message>
    <message>
        <source>There is no churn list to export.</source>
        <translation>沒有可匯出的流失名單。</translation>
    </message>
    <message>
        <source>There are no CLV predictions to export.</source>
        <translation>沒有可匯出的客戶終身價值預測。</translation>
    </message>
    <message>
        <source>Export churn list</source>
        <translation>匯出流失名單</translation>
    </message>
    <message>
        <source>Export CLV predictions</source>
        <translation>匯出客戶終身價值預測</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the churn list</source>
        <translation>正在匯出流失名單</translation>
    </message>
    <message>
        <source>Exporting CLV predictions</source>
        <translation>正在匯出客戶終身價值預測</translation>
    </message>
    <message>
        <source>Saved %1 customers to %2</source>
        <translation>已將 %1 位客戶儲存到 %2</translation>
    </message>
    <message>
        <source>Sorting CLV predictions</source>
        <translation>正在排序客戶終身價值預測</translation>
    </message>
</context>
<context>
    <name>vd::gui::ClvParameterModel</name>
    <message>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <source>MBG/NBD</source>
        <translation>MBG/NBD</translation>
    </message>
    <message>
        <source>Pareto/NBD</source>
        <translation>Pareto/NBD</translation>
    </message>
    <message>
        <source>Gamma-Gamma spend</source>
        <translation>Gamma-Gamma 消費金額</translation>
    </message>
    <message>
        <source>Simple CLV</source>
        <translation>簡易 CLV</translation>
    </message>
    <message>
        <source>From the inverse Hessian of the log-likelihood at the optimum</source>
        <translation>由最佳點處對數似然的 Hessian 矩陣之逆求得</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>對數似然</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>Converged</source>
        <translation>已收斂</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估計值</translation>
    </message>
    <message>
        <source>Std. error</source>
        <translation>標準誤</translation>
    </message>
</context>
<context>
    <name>vd::gui::ClvPredictionModel</name>
    <message>
        <source>Repeat purchases in the calibration period (x)</source>
        <translation>校準期內的回購次數 (x)</translation>
    </message>
    <message>
        <source>Time of the last calibration purchase since the first (t_x), in time units</source>
        <translation>校準期內最近一次購買距首次購買的時間 (t_x)，以時間單位計</translation>
    </message>
    <message>
        <source>Time from the first purchase to the calibration end (T), in time units</source>
        <translation>從首次購買到校準期結束的時間 (T)，以時間單位計</translation>
    </message>
    <message>
        <source>Expected purchases over the horizon</source>
        <translation>預測期內的預期購買次數</translation>
    </message>
    <message>
        <source>Expected spend per purchase</source>
        <translation>每次購買的預期消費金額</translation>
    </message>
    <message>
        <source>Not sortable</source>
        <translation>不可排序</translation>
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
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>t_x</source>
        <translation>t_x</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活機率</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>預期購買次數</translation>
    </message>
    <message>
        <source>Expected spend</source>
        <translation>預期消費金額</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>風險價值</translation>
    </message>
</context>
<context>
    <name>vd::gui::ClvTrackingChart</name>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Calendar %1 (start date)</source>
        <translation>日曆%1（起始日期）</translation>
    </message>
    <message>
        <source>Cumulative repeat transactions (count)</source>
        <translation>累計回購交易次數（次）</translation>
    </message>
    <message>
        <source>Repeat transactions per %1 (count)</source>
        <translation>每%1回購交易次數（次）</translation>
    </message>
    <message>
        <source>Cumulative repeat transactions: calibration and holdout</source>
        <translation>累計回購交易次數：校準期與驗證期</translation>
    </message>
    <message>
        <source>Repeat transactions per %1: calibration and holdout</source>
        <translation>每%1回購交易次數：校準期與驗證期</translation>
    </message>
    <message>
        <source>Cumulative repeat transactions in the calibration period</source>
        <translation>校準期內的累計回購交易次數</translation>
    </message>
    <message>
        <source>Repeat transactions per %1 in the calibration period</source>
        <translation>校準期內每%1回購交易次數</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Calibration end</source>
        <translation>校準期結束</translation>
    </message>
</context>
<context>
    <name>vd::gui::KanoCategoryChart</name>
    <message>
        <source>Kano categories per feature</source>
        <translation>各功能的 Kano 類別</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4 respondents (%5 %)</source>
        <translation>%1 — %2：%4 位受訪者中的 %3 位（%5 %）</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Share of respondents (%)</source>
        <translation>受訪者佔比（%）</translation>
    </message>
    <message>
        <source>Kano categories per feature — %1 (%2 table)</source>
        <translation>各功能的 Kano 類別 — %1（%2評價表）</translation>
    </message>
    <message>
        <source>Pouliot</source>
        <translation>Pouliot</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>標準</translation>
    </message>
</context>
<context>
    <name>vd::gui::KanoFeatureModel</name>
    <message>
        <source>%1 (%2) vs %3 (%4): |a − b| = %5 %6 %7, the critical value of Fong (1996) at the 90 % level</source>
        <translation>%1 (%2) 對 %3 (%4)：|a − b| = %5 %6 %7，即 Fong (1996) 在 90 % 水準下的臨界值</translation>
    </message>
    <message>
        <source>Quadrant of the mean scores, split at 2 (Berger et al. 1993)</source>
        <translation>平均得分所在象限，以 2 為分界（Berger 等 1993）</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>顯著</translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation>不顯著</translation>
    </message>
    <message>
        <source>%1: respondents (share of all answers)</source>
        <translation>%1：受訪者人數（佔全部回答的比例）</translation>
    </message>
    <message>
        <source>Respondents who answered both questions about the feature</source>
        <translation>回答了該功能兩道問題的受訪者</translation>
    </message>
    <message>
        <source>Most frequent of A, O, M, I, R; ties resolve M &gt; O &gt; A &gt; I (Berger et al. 1993); Q never dominates</source>
        <translation>A、O、M、I、R 中出現最多者；並列時按 M &gt; O &gt; A &gt; I 取捨（Berger 等 1993）；Q 不會成為主類別</translation>
    </message>
    <message>
        <source>Second most frequent category</source>
        <translation>出現次數第二多的類別</translation>
    </message>
    <message>
        <source>Share of the top category minus share of the second (Lee &amp; Newcomb 1997)</source>
        <translation>首位類別佔比減去第二位類別佔比（Lee 與 Newcomb 1997）</translation>
    </message>
    <message>
        <source>(A + O + M) / n: how many care about the feature at all (Lee &amp; Newcomb 1997)</source>
        <translation>(A + O + M) / n：在意該功能的受訪者比例（Lee 與 Newcomb 1997）</translation>
    </message>
    <message>
        <source>Whether the top two categories differ significantly: |a − b| ≥ 1.65 √((a + b)(2n − a − b) / 2n) (Fong 1996)</source>
        <translation>前兩位類別是否存在顯著差異：|a − b| ≥ 1.65 √((a + b)(2n − a − b) / 2n)（Fong 1996）</translation>
    </message>
    <message>
        <source>Satisfaction coefficient (A + O) / (A + O + M + I), 0 to 1 (Berger et al. 1993)</source>
        <translation>滿意係數 (A + O) / (A + O + M + I)，取值 0 到 1（Berger 等 1993）</translation>
    </message>
    <message>
        <source>Dissatisfaction coefficient −(O + M) / (A + O + M + I), −1 to 0 (Berger et al. 1993)</source>
        <translation>不滿意係數 −(O + M) / (A + O + M + I)，取值 −1 到 0（Berger 等 1993）</translation>
    </message>
    <message>
        <source>Mean ± standard deviation of the functional score: like 4, must-be 2, neutral 0, live-with −1, dislike −2</source>
        <translation>正向問題得分的均值 ± 標準差：喜歡 4，理應如此 2，無所謂 0，能忍受 −1，不喜歡 −2</translation>
    </message>
    <message>
        <source>Mean ± standard deviation of the dysfunctional score: like −2, must-be −1, neutral 0, live-with 2, dislike 4</source>
        <translation>負向問題得分的均值 ± 標準差：喜歡 −2，理應如此 −1，無所謂 0，能忍受 2，不喜歡 4</translation>
    </message>
    <message>
        <source>Mean self-stated importance of the answers that gave one</source>
        <translation>給出了自評重要性的回答的平均重要性</translation>
    </message>
    <message>
        <source>Functional score weighted by self-stated importance</source>
        <translation>按自評重要性加權的正向問題得分</translation>
    </message>
    <message>
        <source>Dysfunctional score weighted by self-stated importance</source>
        <translation>按自評重要性加權的負向問題得分</translation>
    </message>
    <message>
        <source>Category from the mean scores, split at 2 (Berger et al. 1993)</source>
        <translation>由平均得分確定的類別，以 2 為分界（Berger 等 1993）</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>次位類別</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>類別強度</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總強度</translation>
    </message>
    <message>
        <source>Fong test</source>
        <translation>Fong 檢驗</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Better</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Worse</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>正向</translation>
    </message>
    <message>
        <source>Dysfunctional</source>
        <translation>負向</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Weighted functional</source>
        <translation>加權正向</translation>
    </message>
    <message>
        <source>Weighted dysfunctional</source>
        <translation>加權負向</translation>
    </message>
    <message>
        <source>Continuous category</source>
        <translation>連續分析類別</translation>
    </message>
</context>
<context>
    <name>vd::gui::KanoPage</name>
    <message>
        <source>Kano analysis</source>
        <translation>Kano 分析</translation>
    </message>
    <message>
        <source>The Kano study to analyse</source>
        <translation>要分析的 Kano 研究</translation>
    </message>
    <message>
        <source>&amp;Study:</source>
        <translation>研究(&amp;S)：</translation>
    </message>
    <message>
        <source>Standard (Kano 1984)</source>
        <translation>標準（Kano 1984）</translation>
    </message>
    <message>
        <source>Pouliot</source>
        <translation>Pouliot</translation>
    </message>
    <message>
        <source>The evaluation table that turns each pair of answers into a category; Pouliot&apos;s counts must-be/must-be and live-with/live-with as questionable</source>
        <translation>將每對回答歸入類別的評價表；Pouliot 評價表將「理應如此/理應如此」和「能忍受/能忍受」計為可疑</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>評價表(&amp;T)：</translation>
    </message>
    <message>
        <source>Only the respondents whose customer belongs to a saved segment</source>
        <translation>僅限所屬客戶屬於某個已儲存客群的受訪者</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>全部受訪者</translation>
    </message>
    <message>
        <source>S&amp;egment:</source>
        <translation>客群(&amp;E)：</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>匯出圖表…</translation>
    </message>
    <message>
        <source>Save the chart shown as PNG, SVG or PDF (Ctrl+E)</source>
        <translation>將目前顯示的圖表儲存為 PNG、SVG 或 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>匯出表格…</translation>
    </message>
    <message>
        <source>Save the per-feature table as CSV (Ctrl+Shift+E)</source>
        <translation>將按功能統計的表格儲存為 CSV（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>類別(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Better–Worse</source>
        <translation>Better–Worse(&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;ontinuous</source>
        <translation>連續分析(&amp;O)</translation>
    </message>
    <message>
        <source>Classifying the features…</source>
        <translation>正在對功能進行分類…</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>分析失敗：%1</translation>
    </message>
    <message>
        <source>Kano analysis: %1</source>
        <translation>Kano 分析：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n respondent(s))</source>
        <translation>
            <numerusform>%1（%n 位受訪者）</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace has no Kano study yet.

Import a Kano survey file (one row per respondent, a functional and a dysfunctional column per feature) or create the demo workspace to see the airline study.</source>
        <translation>此工作區尚無 Kano 研究。

請匯入 Kano 調查檔案（每位受訪者一行，每個功能各有一個正向列和一個負向列），或建立演示工作區以檢視航空公司研究示例。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>尚未開啟工作區。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 respondents, %n feature(s)</source>
        <translation>
            <numerusform>%1：%2 位受訪者，%n 個功能</numerusform>
        </translation>
    </message>
    <message>
        <source>Pouliot evaluation table</source>
        <translation>Pouliot 評價表</translation>
    </message>
    <message>
        <source>standard evaluation table</source>
        <translation>標準評價表</translation>
    </message>
    <message>
        <source>Better–Worse diagram (Berger et al. 1993) — %1</source>
        <translation>Better–Worse 圖（Berger 等 1993）— %1</translation>
    </message>
    <message>
        <source>|Worse| = (O + M) / (A + O + M + I): dissatisfaction when absent</source>
        <translation>|Worse| = (O + M) / (A + O + M + I)：缺少時的不滿意程度</translation>
    </message>
    <message>
        <source>Better = (A + O) / (A + O + M + I)</source>
        <translation>Better = (A + O) / (A + O + M + I)</translation>
    </message>
    <message>
        <source>Continuous analysis: mean scores ± 1 standard deviation — %1</source>
        <translation>連續分析：平均得分 ± 1 個標準差 — %1</translation>
    </message>
    <message>
        <source>Dysfunctional score (−2 to 4: dissatisfaction when absent)</source>
        <translation>負向問題得分（−2 到 4：缺少時的不滿意程度）</translation>
    </message>
    <message>
        <source>Functional score (−2 to 4: satisfaction when present)</source>
        <translation>正向問題得分（−2 到 4：具備時的滿意程度）</translation>
    </message>
    <message>
        <source>Negative score: reverse or questionable</source>
        <translation>負分：反向或可疑</translation>
    </message>
    <message>
        <source>± 1 standard deviation</source>
        <translation>± 1 個標準差</translation>
    </message>
    <message>
        <source>Importance-weighted mean</source>
        <translation>重要性加權均值</translation>
    </message>
    <message>
        <source>there is no Kano analysis to export</source>
        <translation>沒有可匯出的 Kano 分析</translation>
    </message>
    <message>
        <source>There is no Kano analysis to export yet.</source>
        <translation>尚無可匯出的 Kano 分析。</translation>
    </message>
    <message>
        <source>Export Kano table</source>
        <translation>匯出 Kano 表格</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
</context>
</TS>
