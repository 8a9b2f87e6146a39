<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>必备</translation>
    </message>
    <message>
        <source>Indifferent</source>
        <translation>无差异</translation>
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
        <translation>具备时令人惊喜，缺少时也不会被在意（兴奋型需求）</translation>
    </message>
    <message>
        <source>The more, the better: satisfies when present, dissatisfies when absent</source>
        <translation>越多越好：具备时令人满意，缺少时令人不满</translation>
    </message>
    <message>
        <source>Taken for granted: its absence dissatisfies, its presence adds little</source>
        <translation>被视为理所当然：缺少时令人不满，具备时几乎不加分</translation>
    </message>
    <message>
        <source>Neither its presence nor its absence matters</source>
        <translation>具备与否都无关紧要</translation>
    </message>
    <message>
        <source>Respondents prefer not to have it</source>
        <translation>受访者更希望没有该功能</translation>
    </message>
    <message>
        <source>Contradictory answers (e.g. likes both having and lacking it)</source>
        <translation>回答自相矛盾（例如既喜欢具备又喜欢缺少）</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>全部受访者</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Customer lifetime value</source>
        <translation>客户终身价值</translation>
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
        <translation>最近度：最近一次购买距首次购买的时间（%1）</translation>
    </message>
    <message>
        <source>Frequency: repeat purchases (count)</source>
        <translation>频率：复购次数（次）</translation>
    </message>
    <message>
        <source>%1 repeat purchases, the last at %2 %3: P(alive) %4 %</source>
        <translation>复购 %1 次，最近一次距首次购买 %2 %3：存活概率 %4 %</translation>
    </message>
    <message>
        <source>P(alive) by purchase history, customers observed %1 %2</source>
        <translation>按购买历史划分的存活概率（客户观察期 %1 %2）</translation>
    </message>
</context>
<context>
    <name>vd::gui::ClvChurnModel</name>
    <message>
        <source>Discounted margin lost if the customer has already left: (1 − P(alive)) × the value of the customer if alive</source>
        <translation>若客户已流失将损失的折现毛利：(1 − 存活概率) × 客户存活时的价值</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>风险价值</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>预期购买次数</translation>
    </message>
</context>
<context>
    <name>vd::gui::ClvDistributionChart</name>
    <message>
        <source>No P(alive) in the current predictions (the simple CLV formula has none)</source>
        <translation>当前预测中没有存活概率（简易 CLV 公式不提供该值）</translation>
    </message>
    <message>
        <source>Customers by P(alive)</source>
        <translation>按存活概率划分的客户</translation>
    </message>
    <message>
        <source>Below the churn threshold</source>
        <translation>低于流失阈值</translation>
    </message>
    <message>
        <source>At or above the threshold</source>
        <translation>达到或高于阈值</translation>
    </message>
    <message>
        <source>P(alive) (%)</source>
        <translation>存活概率（%）</translation>
    </message>
    <message>
        <source>Customers (count)</source>
        <translation>客户数（位）</translation>
    </message>
    <message>
        <source>No CLV predictions yet</source>
        <translation>尚无客户终身价值预测</translation>
    </message>
    <message>
        <source>Customers by CLV</source>
        <translation>按客户终身价值划分的客户</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>≥%1</source>
        <translation>≥%1</translation>
    </message>
    <message>
        <source>CLV over %1, bin start (discounted margin, currency units)</source>
        <translation>%1内的客户终身价值，分组起点（折现毛利，货币单位）</translation>
    </message>
</context>
<context>
    <name>vd::gui::ClvFrequencyChart</name>
    <message>
        <source>Customers by repeat transactions in the calibration period</source>
        <translation>按校准期内复购交易次数划分的客户</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
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
        <translation>校准期内复购交易次数（次）</translation>
    </message>
    <message>
        <source>Customers (count)</source>
        <translation>客户数（位）</translation>
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
        <translation>周</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>&amp;Holdout until:</source>
        <translation>验证期截至(&amp;H)：</translation>
    </message>
    <message>
        <source>Accept an u&amp;nconverged fit</source>
        <translation>接受未收敛的拟合(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Fit model</source>
        <translation>拟合模型(&amp;F)</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>客户终身价值</translation>
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
        <translation>简易 CLV（经典公式）</translation>
    </message>
    <message>
        <source>Transaction model: BG/NBD (Fader, Hardie &amp; Lee 2005), MBG/NBD, Pareto/NBD, or average purchase value × purchase frequency × lifespan</source>
        <translation>交易模型：BG/NBD（Fader、Hardie 与 Lee 2005）、MBG/NBD、Pareto/NBD，或平均购买金额 × 购买频率 × 生命周期</translation>
    </message>
    <message>
        <source>Last day of the calibration period (included)</source>
        <translation>校准期的最后一天（含当天）</translation>
    </message>
    <message>
        <source>Last day of the holdout period: the forecast is compared with what customers actually bought until then</source>
        <translation>验证期的最后一天：将预测与客户截至该日的实际购买进行比较</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
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
        <translation>客户终身价值预测的时长（以时间单位计）</translation>
    </message>
    <message>
        <source> % a year</source>
        <translation> %/年</translation>
    </message>
    <message>
        <source>Yearly discount rate applied to future margin</source>
        <translation>应用于未来毛利的年折现率</translation>
    </message>
    <message>
        <source>Share of spend that is profit</source>
        <translation>消费金额中利润所占的比例</translation>
    </message>
    <message>
        <source>Gamma-Gamma</source>
        <translation>Gamma-Gamma</translation>
    </message>
    <message>
        <source>Observed mean</source>
        <translation>观测均值</translation>
    </message>
    <message>
        <source>Spend per purchase: the Gamma-Gamma model&apos;s conditional mean or each customer&apos;s observed mean</source>
        <translation>每次购买的消费金额：Gamma-Gamma 模型的条件均值，或每位客户的观测均值</translation>
    </message>
    <message>
        <source>A fit that does not converge (for instance drifting along a flat likelihood) is refused and nothing is stored. Tick this to store such a fit anyway, flagged as not converged.</source>
        <translation>未收敛的拟合（例如在平坦的似然面上漂移）会被拒绝，且不保存任何结果。勾选此项后仍会保存这类拟合，并标记为未收敛。</translation>
    </message>
    <message>
        <source>Fit in the background and store the run as the current CLV predictions (Ctrl+Return)</source>
        <translation>在后台拟合，并将本次运行保存为当前的客户终身价值预测（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Calibration end:</source>
        <translation>校准期截至(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Time unit:</source>
        <translation>时间单位(&amp;T)：</translation>
    </message>
    <message>
        <source>Hori&amp;zon:</source>
        <translation>预测期(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Discount:</source>
        <translation>折现率(&amp;D)：</translation>
    </message>
    <message>
        <source>M&amp;argin:</source>
        <translation>毛利率(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Spend:</source>
        <translation>消费金额(&amp;S)：</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>按周期</translation>
    </message>
    <message>
        <source>T&amp;racking</source>
        <translation>跟踪(&amp;R)</translation>
    </message>
    <message>
        <source>Fre&amp;quency</source>
        <translation>频率(&amp;Q)</translation>
    </message>
    <message>
        <source>P(alive) and CL&amp;V</source>
        <translation>存活概率与 CLV(&amp;V)</translation>
    </message>
    <message>
        <source>P(alive) heat ma&amp;p</source>
        <translation>存活概率热力图(&amp;P)</translation>
    </message>
    <message>
        <source>P(alive) &amp;below:</source>
        <translation>存活概率低于(&amp;B)：</translation>
    </message>
    <message>
        <source>Customers whose probability of still being active is below this are listed, highest value at risk first</source>
        <translation>列出仍活跃概率低于此值的客户，风险价值最高者排在最前</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save every customer below the threshold as CSV (Ctrl+E)</source>
        <translation>将低于阈值的所有客户保存为 CSV（Ctrl+E）</translation>
    </message>
    <message>
        <source>Double-click a customer (or press Enter) to open the customer&apos;s 360° view</source>
        <translation>双击客户（或按回车）打开该客户的 360° 视图</translation>
    </message>
    <message>
        <source>Churn early &amp;warning</source>
        <translation>流失预警(&amp;W)</translation>
    </message>
    <message>
        <source>Save every customer&apos;s prediction as CSV</source>
        <translation>将每位客户的预测保存为 CSV</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>No CLV model fitted yet</source>
        <translation>尚未拟合客户终身价值模型</translation>
    </message>
    <message>
        <source>the horizon</source>
        <translation>预测期</translation>
    </message>
    <message>
        <source>The holdout must end after the calibration end.</source>
        <translation>验证期的结束日期必须晚于校准期的结束日期。</translation>
    </message>
    <message>
        <source>Fitting %1…</source>
        <translation>正在拟合 %1…</translation>
    </message>
    <message>
        <source>Fitting the CLV model</source>
        <translation>正在拟合客户终身价值模型</translation>
    </message>
    <message>
        <source>The fit was cancelled; nothing was stored.</source>
        <translation>拟合已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>The fit did not converge, so nothing was stored: %1</source>
        <translation>拟合未收敛，因此未保存任何内容：%1</translation>
    </message>
    <message>
        <source>CLV fit refused: %1. Tick &quot;Accept an unconverged fit&quot; to store it anyway, flagged as not converged.</source>
        <translation>客户终身价值拟合被拒绝：%1。勾选“接受未收敛的拟合”可仍然保存，并标记为未收敛。</translation>
    </message>
    <message>
        <source>CLV model fitted and stored as run %1.</source>
        <translation>客户终身价值模型已拟合，并保存为运行 %1。</translation>
    </message>
    <message>
        <source>The fit failed: %1</source>
        <translation>拟合失败：%1</translation>
    </message>
    <message>
        <source>CLV fit: %1</source>
        <translation>客户终身价值拟合：%1</translation>
    </message>
    <message>
        <source>Loading the current CLV run…</source>
        <translation>正在加载当前的客户终身价值运行结果…</translation>
    </message>
    <message>
        <source>Loading CLV results</source>
        <translation>正在加载客户终身价值结果</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
    <message>
        <source>The CLV results could not be loaded: %1</source>
        <translation>无法加载客户终身价值结果：%1</translation>
    </message>
    <message>
        <source>CLV: %1</source>
        <translation>客户终身价值：%1</translation>
    </message>
    <message>
        <source>No CLV model fitted yet: choose the settings above and press Fit model (Ctrl+Return).</source>
        <translation>尚未拟合客户终身价值模型：请选择上方的设置，然后按“拟合模型”（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>尚未打开工作区。</translation>
    </message>
    <message>
        <source>The simple CLV formula has no transaction model to check against the data.</source>
        <translation>简易 CLV 公式没有可与数据对照检验的交易模型。</translation>
    </message>
    <message>
        <source>%1 customers; the first %2 in the chosen order are listed (click a column header to sort).</source>
        <translation>%1 位客户；按所选顺序列出前 %2 位（点击列标题可排序）。</translation>
    </message>
    <message>
        <source>calibration to %1</source>
        <translation>校准期截至 %1</translation>
    </message>
    <message>
        <source>, holdout to %1</source>
        <translation>，验证期截至 %1</translation>
    </message>
    <message>
        <source>%1 with Gamma-Gamma spend</source>
        <translation>%1，消费金额采用 Gamma-Gamma</translation>
    </message>
    <message>
        <source>%1 with observed mean spend</source>
        <translation>%1，消费金额采用观测均值</translation>
    </message>
    <message>
        <source>Current run %1: %2, %3, in %4; %5 customers; stored %6 UTC.</source>
        <translation>当前运行 %1：%2，%3，时间单位为%4；%5 位客户；保存于 %6 UTC。</translation>
    </message>
    <message>
        <source>Holdout: %1 repeat transactions actual, %2 predicted (%3 %).</source>
        <translation>验证期：实际复购交易 %1 次，预测 %2 次（%3 %）。</translation>
    </message>
    <message>
        <source>Total CLV over %1: %2 (mean %3 per customer; discount %4 % a year, margin %5 %).</source>
        <translation>%1内的客户终身价值总计：%2（每位客户平均 %3；年折现率 %4 %，毛利率 %5 %）。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Fit a model to list customers at risk.</source>
        <translation>拟合模型后即可列出有流失风险的客户。</translation>
    </message>
    <message>
        <source>The simple CLV formula has no P(alive): fit BG/NBD, MBG/NBD or Pareto/NBD for the churn list.</source>
        <translation>简易 CLV 公式不提供存活概率：请拟合 BG/NBD、MBG/NBD 或 Pareto/NBD 以获得流失名单。</translation>
    </message>
    <message>
        <source>%1 customers below the threshold, %2 value at risk in total%3. Double-click to open a customer.</source>
        <translation>%1 位客户低于阈值，风险价值合计 %2%3。双击可打开客户。</translation>
    </message>
    <message>
        <source>; the %1 with most at stake are listed</source>
        <translation>；列出风险最高的 %1 位</translation>
    </message>
    <message>
        <source>Updating the churn list</source>
        <translation>正在更新流失名单</translation>
    </message>
    <message>
        <source>there are no CLV predictions to export</source>
        <translation>没有可导出的客户终身价值预测</translation>
    </message>
    <message>
        <source>There is no churn list to export.</source>
        <translation>没有可导出的流失名单。</translation>
    </message>
    <message>
        <source>There are no CLV predictions to export.</source>
        <translation>没有可导出的客户终身价值预测。</translation>
    </message>
    <message>
        <source>Export churn list</source>
        <translation>导出流失名单</translation>
    </message>
    <message>
        <source>Export CLV predictions</source>
        <translation>导出客户终身价值预测</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the churn list</source>
        <translation>正在导出流失名单</translation>
    </message>
    <message>
        <source>Exporting CLV predictions</source>
        <translation>正在导出客户终身价值预测</translation>
    </message>
    <message>
        <source>Saved %1 customers to %2</source>
        <translation>已将 %1 位客户保存到 %2</translation>
    </message>
    <message>
        <source>Sorting CLV predictions</source>
        <translation>正在排序客户终身价值预测</translation>
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
        <translation>Gamma-Gamma 消费金额</translation>
    </message>
    <message>
        <source>Simple CLV</source>
        <translation>简易 CLV</translation>
    </message>
    <message>
        <source>From the inverse Hessian of the log-likelihood at the optimum</source>
        <translation>由最优点处对数似然的 Hessian 矩阵之逆求得</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>对数似然</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Converged</source>
        <translation>已收敛</translation>
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
        <translation>参数</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>Std. error</source>
        <translation>标准误</translation>
    </message>
</context>
<context>
    <name>vd::gui::ClvPredictionModel</name>
    <message>
        <source>Repeat purchases in the calibration period (x)</source>
        <translation>校准期内的复购次数 (x)</translation>
    </message>
    <message>
        <source>Time of the last calibration purchase since the first (t_x), in time units</source>
        <translation>校准期内最近一次购买距首次购买的时间 (t_x)，以时间单位计</translation>
    </message>
    <message>
        <source>Time from the first purchase to the calibration end (T), in time units</source>
        <translation>从首次购买到校准期结束的时间 (T)，以时间单位计</translation>
    </message>
    <message>
        <source>Expected purchases over the horizon</source>
        <translation>预测期内的预期购买次数</translation>
    </message>
    <message>
        <source>Expected spend per purchase</source>
        <translation>每次购买的预期消费金额</translation>
    </message>
    <message>
        <source>Not sortable</source>
        <translation>不可排序</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
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
        <translation>存活概率</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>预期购买次数</translation>
    </message>
    <message>
        <source>Expected spend</source>
        <translation>预期消费金额</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>风险价值</translation>
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
        <translation>周</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Calendar %1 (start date)</source>
        <translation>日历%1（起始日期）</translation>
    </message>
    <message>
        <source>Cumulative repeat transactions (count)</source>
        <translation>累计复购交易次数（次）</translation>
    </message>
    <message>
        <source>Repeat transactions per %1 (count)</source>
        <translation>每%1复购交易次数（次）</translation>
    </message>
    <message>
        <source>Cumulative repeat transactions: calibration and holdout</source>
        <translation>累计复购交易次数：校准期与验证期</translation>
    </message>
    <message>
        <source>Repeat transactions per %1: calibration and holdout</source>
        <translation>每%1复购交易次数：校准期与验证期</translation>
    </message>
    <message>
        <source>Cumulative repeat transactions in the calibration period</source>
        <translation>校准期内的累计复购交易次数</translation>
    </message>
    <message>
        <source>Repeat transactions per %1 in the calibration period</source>
        <translation>校准期内每%1复购交易次数</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Calibration end</source>
        <translation>校准期结束</translation>
    </message>
</context>
<context>
    <name>vd::gui::KanoCategoryChart</name>
    <message>
        <source>Kano categories per feature</source>
        <translation>各功能的 Kano 类别</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4 respondents (%5 %)</source>
        <translation>%1 — %2：%4 位受访者中的 %3 位（%5 %）</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Share of respondents (%)</source>
        <translation>受访者占比（%）</translation>
    </message>
    <message>
        <source>Kano categories per feature — %1 (%2 table)</source>
        <translation>各功能的 Kano 类别 — %1（%2评价表）</translation>
    </message>
    <message>
        <source>Pouliot</source>
        <translation>Pouliot</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>标准</translation>
    </message>
</context>
<context>
    <name>vd::gui::KanoFeatureModel</name>
    <message>
        <source>%1 (%2) vs %3 (%4): |a − b| = %5 %6 %7, the critical value of Fong (1996) at the 90 % level</source>
        <translation>%1 (%2) 对 %3 (%4)：|a − b| = %5 %6 %7，即 Fong (1996) 在 90 % 水平下的临界值</translation>
    </message>
    <message>
        <source>Quadrant of the mean scores, split at 2 (Berger et al. 1993)</source>
        <translation>平均得分所在象限，以 2 为分界（Berger 等 1993）</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation>不显著</translation>
    </message>
    <message>
        <source>%1: respondents (share of all answers)</source>
        <translation>%1：受访者人数（占全部回答的比例）</translation>
    </message>
    <message>
        <source>Respondents who answered both questions about the feature</source>
        <translation>回答了该功能两道问题的受访者</translation>
    </message>
    <message>
        <source>Most frequent of A, O, M, I, R; ties resolve M &gt; O &gt; A &gt; I (Berger et al. 1993); Q never dominates</source>
        <translation>A、O、M、I、R 中出现最多者；并列时按 M &gt; O &gt; A &gt; I 取舍（Berger 等 1993）；Q 不会成为主类别</translation>
    </message>
    <message>
        <source>Second most frequent category</source>
        <translation>出现次数第二多的类别</translation>
    </message>
    <message>
        <source>Share of the top category minus share of the second (Lee &amp; Newcomb 1997)</source>
        <translation>首位类别占比减去第二位类别占比（Lee 与 Newcomb 1997）</translation>
    </message>
    <message>
        <source>(A + O + M) / n: how many care about the feature at all (Lee &amp; Newcomb 1997)</source>
        <translation>(A + O + M) / n：在意该功能的受访者比例（Lee 与 Newcomb 1997）</translation>
    </message>
    <message>
        <source>Whether the top two categories differ significantly: |a − b| ≥ 1.65 √((a + b)(2n − a − b) / 2n) (Fong 1996)</source>
        <translation>前两位类别是否存在显著差异：|a − b| ≥ 1.65 √((a + b)(2n − a − b) / 2n)（Fong 1996）</translation>
    </message>
    <message>
        <source>Satisfaction coefficient (A + O) / (A + O + M + I), 0 to 1 (Berger et al. 1993)</source>
        <translation>满意系数 (A + O) / (A + O + M + I)，取值 0 到 1（Berger 等 1993）</translation>
    </message>
    <message>
        <source>Dissatisfaction coefficient −(O + M) / (A + O + M + I), −1 to 0 (Berger et al. 1993)</source>
        <translation>不满意系数 −(O + M) / (A + O + M + I)，取值 −1 到 0（Berger 等 1993）</translation>
    </message>
    <message>
        <source>Mean ± standard deviation of the functional score: like 4, must-be 2, neutral 0, live-with −1, dislike −2</source>
        <translation>正向问题得分的均值 ± 标准差：喜欢 4，理应如此 2，无所谓 0，能忍受 −1，不喜欢 −2</translation>
    </message>
    <message>
        <source>Mean ± standard deviation of the dysfunctional score: like −2, must-be −1, neutral 0, live-with 2, dislike 4</source>
        <translation>负向问题得分的均值 ± 标准差：喜欢 −2，理应如此 −1，无所谓 0，能忍受 2，不喜欢 4</translation>
    </message>
    <message>
        <source>Mean self-stated importance of the answers that gave one</source>
        <translation>给出了自评重要性的回答的平均重要性</translation>
    </message>
    <message>
        <source>Functional score weighted by self-stated importance</source>
        <translation>按自评重要性加权的正向问题得分</translation>
    </message>
    <message>
        <source>Dysfunctional score weighted by self-stated importance</source>
        <translation>按自评重要性加权的负向问题得分</translation>
    </message>
    <message>
        <source>Category from the mean scores, split at 2 (Berger et al. 1993)</source>
        <translation>由平均得分确定的类别，以 2 为分界（Berger 等 1993）</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>次位类别</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>类别强度</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总强度</translation>
    </message>
    <message>
        <source>Fong test</source>
        <translation>Fong 检验</translation>
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
        <translation>负向</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Weighted functional</source>
        <translation>加权正向</translation>
    </message>
    <message>
        <source>Weighted dysfunctional</source>
        <translation>加权负向</translation>
    </message>
    <message>
        <source>Continuous category</source>
        <translation>连续分析类别</translation>
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
        <translation>标准（Kano 1984）</translation>
    </message>
    <message>
        <source>Pouliot</source>
        <translation>Pouliot</translation>
    </message>
    <message>
        <source>The evaluation table that turns each pair of answers into a category; Pouliot&apos;s counts must-be/must-be and live-with/live-with as questionable</source>
        <translation>将每对回答归入类别的评价表；Pouliot 评价表将“理应如此/理应如此”和“能忍受/能忍受”计为可疑</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>评价表(&amp;T)：</translation>
    </message>
    <message>
        <source>Only the respondents whose customer belongs to a saved segment</source>
        <translation>仅限所属客户属于某个已保存客群的受访者</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>全部受访者</translation>
    </message>
    <message>
        <source>S&amp;egment:</source>
        <translation>客群(&amp;E)：</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save the chart shown as PNG, SVG or PDF (Ctrl+E)</source>
        <translation>将当前显示的图表保存为 PNG、SVG 或 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Save the per-feature table as CSV (Ctrl+Shift+E)</source>
        <translation>将按功能统计的表格保存为 CSV（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Better–Worse</source>
        <translation>Better–Worse(&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;ontinuous</source>
        <translation>连续分析(&amp;O)</translation>
    </message>
    <message>
        <source>Classifying the features…</source>
        <translation>正在对功能进行分类…</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <source>Kano analysis: %1</source>
        <translation>Kano 分析：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n respondent(s))</source>
        <translation>
            <numerusform>%1（%n 位受访者）</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace has no Kano study yet.

Import a Kano survey file (one row per respondent, a functional and a dysfunctional column per feature) or create the demo workspace to see the airline study.</source>
        <translation>此工作区尚无 Kano 研究。

请导入 Kano 调查文件（每位受访者一行，每个功能各有一个正向列和一个负向列），或创建演示工作区以查看航空公司研究示例。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>尚未打开工作区。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 respondents, %n feature(s)</source>
        <translation>
            <numerusform>%1：%2 位受访者，%n 个功能</numerusform>
        </translation>
    </message>
    <message>
        <source>Pouliot evaluation table</source>
        <translation>Pouliot 评价表</translation>
    </message>
    <message>
        <source>standard evaluation table</source>
        <translation>标准评价表</translation>
    </message>
    <message>
        <source>Better–Worse diagram (Berger et al. 1993) — %1</source>
        <translation>Better–Worse 图（Berger 等 1993）— %1</translation>
    </message>
    <message>
        <source>|Worse| = (O + M) / (A + O + M + I): dissatisfaction when absent</source>
        <translation>|Worse| = (O + M) / (A + O + M + I)：缺少时的不满意程度</translation>
    </message>
    <message>
        <source>Better = (A + O) / (A + O + M + I)</source>
        <translation>Better = (A + O) / (A + O + M + I)</translation>
    </message>
    <message>
        <source>Continuous analysis: mean scores ± 1 standard deviation — %1</source>
        <translation>连续分析：平均得分 ± 1 个标准差 — %1</translation>
    </message>
    <message>
        <source>Dysfunctional score (−2 to 4: dissatisfaction when absent)</source>
        <translation>负向问题得分（−2 到 4：缺少时的不满意程度）</translation>
    </message>
    <message>
        <source>Functional score (−2 to 4: satisfaction when present)</source>
        <translation>正向问题得分（−2 到 4：具备时的满意程度）</translation>
    </message>
    <message>
        <source>Negative score: reverse or questionable</source>
        <translation>负分：反向或可疑</translation>
    </message>
    <message>
        <source>± 1 standard deviation</source>
        <translation>± 1 个标准差</translation>
    </message>
    <message>
        <source>Importance-weighted mean</source>
        <translation>重要性加权均值</translation>
    </message>
    <message>
        <source>there is no Kano analysis to export</source>
        <translation>没有可导出的 Kano 分析</translation>
    </message>
    <message>
        <source>There is no Kano analysis to export yet.</source>
        <translation>尚无可导出的 Kano 分析。</translation>
    </message>
    <message>
        <source>Export Kano table</source>
        <translation>导出 Kano 表格</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
</TS>
