<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Pages</name>
    <message>
        <source>Segmentation</source>
        <translation>客户细分</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentClusterTab</name>
    <message>
        <source>&amp;Run k-means</source>
        <translation>运行 k-means(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Elbow (k = 2…10)</source>
        <translation>肘部法(&amp;E)（k = 2…10）</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>%1 — %2 (unit: %3)</source>
        <translation>%1 — %2（单位：%3）</translation>
    </message>
    <message>
        <source>Tick the features to cluster on; each is standardised (z-score) first. CLV and P(alive) need a CLV run.</source>
        <translation>勾选用于聚类的特征；每个特征都会先做标准化（z 分数）。客户终身价值和存活概率需要先运行客户终身价值模型。</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Use the mean</source>
        <translation>使用均值</translation>
    </message>
    <message>
        <source>Customers without a value of a chosen feature (no purchase, no CLV prediction, no NPS answer): leave them out, or place them at the feature&apos;s mean</source>
        <translation>缺少某个所选特征值的客户（无购买、无客户终身价值预测、无 NPS 回答）：将其排除，或以该特征的均值填补</translation>
    </message>
    <message>
        <source>&amp;Missing values:</source>
        <translation>缺失值(&amp;M)：</translation>
    </message>
    <message>
        <source>Number of clusters</source>
        <translation>聚类数</translation>
    </message>
    <message>
        <source>&amp;Clusters k:</source>
        <translation>聚类数 k(&amp;C)：</translation>
    </message>
    <message>
        <source>Independent k-means++ seedings; the lowest inertia wins</source>
        <translation>独立进行 k-means++ 初始化的次数；取惯性最低的结果</translation>
    </message>
    <message>
        <source>Re&amp;starts:</source>
        <translation>重启次数(&amp;S)：</translation>
    </message>
    <message>
        <source>Random seed: the same seed always gives the same clusters</source>
        <translation>随机种子：相同的种子总会得到相同的聚类</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>种子(&amp;D)：</translation>
    </message>
    <message>
        <source>Cluster in the background (Ctrl+Return)</source>
        <translation>在后台运行聚类（Ctrl+Return）</translation>
    </message>
    <message>
        <source>k-means for k = 2 … 10: inertia and silhouette to choose k</source>
        <translation>对 k = 2 … 10 运行 k-means：依据惯性和轮廓系数选择 k</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>另存为客群…</translation>
    </message>
    <message>
        <source>Save each customer&apos;s cluster as a snapshot (Ctrl+S)</source>
        <translation>将每位客户所属的聚类保存为快照（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;X:</source>
        <translation>X 轴(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Y:</source>
        <translation>Y 轴(&amp;Y)：</translation>
    </message>
    <message>
        <source>Horizontal axis: a principal component or a feature</source>
        <translation>横轴：主成分或特征</translation>
    </message>
    <message>
        <source>Vertical axis: a principal component or a feature</source>
        <translation>纵轴：主成分或特征</translation>
    </message>
    <message>
        <source>Tick at least one feature.</source>
        <translation>请至少勾选一个特征。</translation>
    </message>
    <message>
        <source>Clustering…</source>
        <translation>正在聚类…</translation>
    </message>
    <message>
        <source>k-means clustering</source>
        <translation>k-means 聚类</translation>
    </message>
    <message>
        <source>Cancelled; the previous clusters are still shown.</source>
        <translation>已取消；仍显示之前的聚类结果。</translation>
    </message>
    <message>
        <source>k-means could not run: %1</source>
        <translation>无法运行 k-means：%1</translation>
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
        <translation>%1 位客户，k = %2：迭代 %4 次后惯性为 %3%5，取 %6 次重启中的最优结果（种子 %7）。</translation>
    </message>
    <message>
        <source> (iteration limit)</source>
        <translation>（已达迭代上限）</translation>
    </message>
    <message>
        <source>Mean silhouette %1.</source>
        <translation>平均轮廓系数 %1。</translation>
    </message>
    <message>
        <source>%1 customers without every feature were left out.</source>
        <translation>已排除 %1 位缺少部分特征值的客户。</translation>
    </message>
    <message>
        <source>%1 is the same for everyone and does not separate customers.</source>
        <translation>所有客户的 %1 都相同，无法区分客户。</translation>
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
        <translation>PC%1（解释 %2 的方差；标准化单位）</translation>
    </message>
    <message>
        <source>%1 (log of %2)</source>
        <translation>%1（%2 的对数）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Saving the cluster segment</source>
        <translation>正在保存聚类客群</translation>
    </message>
    <message>
        <source>Saved segment “%1” (%2 customers in %3 clusters).</source>
        <translation>已保存客群“%1”（%2 位客户，%3 个聚类）。</translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation>客群未保存：%1</translation>
    </message>
    <message>
        <source>Run k-means first (Ctrl+Return).</source>
        <translation>请先运行 k-means（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>Clusters k=%1 %2</source>
        <translation>聚类 k=%1 %2</translation>
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
        <translation>基于 %1 位有客户终身价值预测的成员</translation>
    </message>
    <message>
        <source>From %1 members&apos; latest answers</source>
        <translation>基于 %1 位成员的最近一次回答</translation>
    </message>
    <message>
        <source>Share of the whole base&apos;s net revenue (all time)</source>
        <translation>占全部客户净收入的比例（全部时间）</translation>
    </message>
    <message>
        <source>Mean CLV of the members with a prediction in the newest CLV run</source>
        <translation>在最新一次客户终身价值模型运行中有预测的成员的平均客户终身价值</translation>
    </message>
    <message>
        <source>Net Promoter Score over the members&apos; latest 0–10 answers: % promoters (9–10) − % detractors (0–6)</source>
        <translation>基于成员最近一次 0–10 分回答的净推荐值（NPS）：推荐者（9–10）% − 贬损者（0–6）%</translation>
    </message>
    <message>
        <source>Members with P(alive) below 0.5, of those with a prediction</source>
        <translation>有预测的成员中存活概率低于 0.5 的比例</translation>
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
        <translation>客户数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入占比</translation>
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
        <translation>流失风险</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentElbowChart</name>
    <message>
        <source>Elbow: press Elbow to run k = 2…10</source>
        <translation>肘部法：点击“肘部法”以运行 k = 2…10</translation>
    </message>
    <message>
        <source>Choosing k: inertia and silhouette</source>
        <translation>选择 k：惯性与轮廓系数</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>惯性</translation>
    </message>
    <message>
        <source>Mean silhouette</source>
        <translation>平均轮廓系数</translation>
    </message>
    <message>
        <source>Chosen k</source>
        <translation>所选 k</translation>
    </message>
    <message>
        <source>Number of clusters k</source>
        <translation>聚类数 k</translation>
    </message>
    <message>
        <source>Inertia (squared distance, standardised units)</source>
        <translation>惯性（平方距离，标准化单位）</translation>
    </message>
    <message>
        <source>Mean silhouette (−1 … 1)</source>
        <translation>平均轮廓系数（−1 … 1）</translation>
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
        <translation>R %1，F %2：不属于任何细分——请在保存前分配</translation>
    </message>
    <message>
        <source>R %1, F %2: in %3 and %4 — a cell belongs to one segment</source>
        <translation>R %1，F %2：同时属于 %3 和 %4——每个单元格只能属于一个细分</translation>
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
        <translation>消费频率得分 %1（5 = 购买最多）</translation>
    </message>
    <message>
        <source>Recency score %1 (5 = bought most recently)</source>
        <translation>最近消费得分 %1（5 = 最近购买）</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentHeatmap</name>
    <message>
        <source>Frequency score F (1 = fewest purchases, 5 = most)</source>
        <translation>消费频率得分 F（1 = 购买最少，5 = 最多）</translation>
    </message>
    <message>
        <source>Recency score R (5 = most recent)</source>
        <translation>最近消费得分 R（5 = 最近）</translation>
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
        <source>(gap)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <source>R %1, F %2 (%3): %4 customers, revenue %5</source>
        <translation>R %1，F %2（%3）：%4 位客户，收入 %5</translation>
    </message>
    <message>
        <source>Customers per R × F cell</source>
        <translation>每个 R × F 单元格的客户数</translation>
    </message>
    <message>
        <source>Revenue per R × F cell</source>
        <translation>每个 R × F 单元格的收入</translation>
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
        <translation>聚类</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Pyramid</source>
        <translation>金字塔</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>(no sub-group)</source>
        <translation>（无子群）</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-group(s)</source>
        <translation>
            <numerusform>%n 个子群</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Sub-groups</source>
        <translation>子群数</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentMemberModel</name>
    <message>
        <source>Enter or double-click opens the customer&apos;s 360° page</source>
        <translation>按回车或双击打开该客户的 360° 视图</translation>
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
        <translation>聚类 %1</translation>
    </message>
    <message>
        <source>No member of this cluster has an observed value (all imputed)</source>
        <translation>该聚类中没有成员具有实际观测值（均为填补值）</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Mean %1 (%2)</source>
        <translation>%1 均值（%2）</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentPyramidModel</name>
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
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Value share</source>
        <translation>价值占比</translation>
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
        <translation>细分</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>Median R (days)</source>
        <translation>R 中位数（天）</translation>
    </message>
    <message>
        <source>Median F (orders)</source>
        <translation>F 中位数（订单数）</translation>
    </message>
    <message>
        <source>Median M</source>
        <translation>M 中位数</translation>
    </message>
    <message>
        <source>Share of the scored customers (those who bought up to the reference date)</source>
        <translation>占已评分客户（截至参考日期有购买的客户）的比例</translation>
    </message>
    <message>
        <source>Share of the scored customers&apos; net revenue</source>
        <translation>占已评分客户净收入的比例</translation>
    </message>
    <message>
        <source>Median days from the last purchase to the reference date</source>
        <translation>最近一次购买距参考日期天数的中位数</translation>
    </message>
    <message>
        <source>Median number of purchases up to the reference date</source>
        <translation>截至参考日期购买次数的中位数</translation>
    </message>
    <message>
        <source>Median net revenue per customer (workspace currency)</source>
        <translation>每位客户净收入的中位数（工作区货币）</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentRfmTab</name>
    <message>
        <source>&amp;Newest data</source>
        <translation>最新数据(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;grid</source>
        <translation>保存网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Reference date:</source>
        <translation>参考日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Purchases up to the end of this day count; recency is measured from it</source>
        <translation>计入截至该日结束的购买；最近消费间隔从该日起计算</translation>
    </message>
    <message>
        <source>Use the day of the newest transaction as the reference date</source>
        <translation>以最新一笔订单的日期作为参考日期</translation>
    </message>
    <message>
        <source>Score recency, frequency and monetary value by quintiles (Ctrl+R)</source>
        <translation>按五分位对最近消费、消费频率和消费金额评分（Ctrl+R）</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>另存为客群…</translation>
    </message>
    <message>
        <source>Save each customer&apos;s RFM segment as a snapshot (Ctrl+S)</source>
        <translation>将每位客户的 RFM 细分保存为快照（Ctrl+S）</translation>
    </message>
    <message>
        <source>R × F grid (select cells, then pick a segment)</source>
        <translation>R × F 网格（先选择单元格，再选择细分）</translation>
    </message>
    <message>
        <source>Rows: recency score R (5 = most recent); columns: frequency score F. Delete clears the selected cells; 1–9 assigns them to the n-th segment.</source>
        <translation>行：最近消费得分 R（5 = 最近）；列：消费频率得分 F。按 Delete 清除所选单元格；按 1–9 将其分配到第 n 个细分。</translation>
    </message>
    <message>
        <source>Double-click or Enter assigns the selected cells to the segment</source>
        <translation>双击或按回车将所选单元格分配到该细分</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Move the selected cells to the chosen segment</source>
        <translation>将所选单元格移到所选细分</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>A new segment made of the selected cells</source>
        <translation>用所选单元格新建一个细分</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename the chosen segment</source>
        <translation>重命名所选细分</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the chosen segment; its cells become gaps</source>
        <translation>移除所选细分；其单元格变为空缺</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>清除单元格</translation>
    </message>
    <message>
        <source>Take the selected cells out of every segment (Delete)</source>
        <translation>将所选单元格移出所有细分（Delete）</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Go back to the standard ten-segment grid</source>
        <translation>恢复为标准的十细分网格</translation>
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
        <source>Undo the last grid edit (Ctrl+Z)</source>
        <translation>撤销上一次网格编辑（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Store the grid in the workspace; refused while a cell is in no segment or in two</source>
        <translation>将网格保存到工作区；若有单元格不属于任何细分或同时属于两个细分，则拒绝保存</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
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
        <source>Customers or their net revenue per R × F cell</source>
        <translation>每个 R × F 单元格的客户数或其净收入</translation>
    </message>
    <message>
        <source>Computing RFM scores…</source>
        <translation>正在计算 RFM 得分…</translation>
    </message>
    <message>
        <source>The stored RFM grid cannot be used (%1); showing the default grid.</source>
        <translation>无法使用已保存的 RFM 网格（%1）；显示默认网格。</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n cell(s) to %1</source>
        <translation>
            <numerusform>将 %n 个单元格分配到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>清除 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>New segment %1</source>
        <translation>新建细分 %1</translation>
    </message>
    <message>
        <source>Rename segment to %1</source>
        <translation>将细分重命名为 %1</translation>
    </message>
    <message>
        <source>Remove segment %1</source>
        <translation>移除细分 %1</translation>
    </message>
    <message>
        <source>Reset the grid</source>
        <translation>重置网格</translation>
    </message>
    <message>
        <source>Every cell is in exactly one segment.</source>
        <translation>每个单元格都恰好属于一个细分。</translation>
    </message>
    <message>
        <source>Fix before saving or computing: %1</source>
        <translation>请在保存或计算前修正：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 (%n cell(s))</source>
        <translation>
            <numerusform>%1. %2（%n 个单元格）</numerusform>
        </translation>
    </message>
    <message>
        <source>The grid has problems; RFM was not computed: %1</source>
        <translation>网格存在问题，未计算 RFM：%1</translation>
    </message>
    <message>
        <source>Scoring recency, frequency and monetary value…</source>
        <translation>正在对最近消费、消费频率和消费金额评分…</translation>
    </message>
    <message>
        <source>RFM scores</source>
        <translation>RFM 得分</translation>
    </message>
    <message>
        <source>Cancelled; the previous scores are still shown.</source>
        <translation>已取消；仍显示之前的得分。</translation>
    </message>
    <message>
        <source>RFM could not be computed: %1</source>
        <translation>无法计算 RFM：%1</translation>
    </message>
    <message>
        <source>%1 customers scored at %2 (quintiles; equal values share a score); %3 without a purchase up to that day. Total revenue %4.</source>
        <translation>已以 %2 为参考日期对 %1 位客户评分（五分位；相同值得分相同）；%3 位客户截至该日无购买。总收入 %4。</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 细分</translation>
    </message>
    <message>
        <source>The segments could not be updated: %1</source>
        <translation>无法更新细分：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>The RFM grid was not saved: %1</source>
        <translation>RFM 网格未保存：%1</translation>
    </message>
    <message>
        <source>RFM grid saved to the workspace.</source>
        <translation>RFM 网格已保存到工作区。</translation>
    </message>
    <message>
        <source>Saving the RFM segment</source>
        <translation>正在保存 RFM 客群</translation>
    </message>
    <message>
        <source>Saved segment “%1” (%2 customers).</source>
        <translation>已保存客群“%1”（%2 位客户）。</translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation>客群未保存：%1</translation>
    </message>
    <message>
        <source>Compute RFM first (Ctrl+R).</source>
        <translation>请先计算 RFM（Ctrl+R）。</translation>
    </message>
    <message>
        <source>RFM %1</source>
        <translation>RFM %1</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新建细分</translation>
    </message>
    <message>
        <source>Name of the segment for the selected cells:</source>
        <translation>所选单元格的细分名称：</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>重命名细分</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
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
        <translation>以下全部条件（AND）</translation>
    </message>
    <message>
        <source>any of these (OR)</source>
        <translation>以下任一条件（OR）</translation>
    </message>
    <message>
        <source>AND: every condition must hold; OR: at least one</source>
        <translation>AND：须满足所有条件；OR：至少满足一个</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ 条件</translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation>向此组添加条件</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ 条件组</translation>
    </message>
    <message>
        <source>Add a nested group, e.g. (age 25–34 OR Champions)</source>
        <translation>添加嵌套条件组，例如（年龄 25–34 OR Champions）</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>删除条件组</translation>
    </message>
    <message>
        <source>Remove this group and its conditions</source>
        <translation>删除此条件组及其中的条件</translation>
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
        <translation>人口统计</translation>
    </message>
    <message>
        <source>Psychographic</source>
        <translation>心理</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意接收</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>on</source>
        <translation>在</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不等于</translation>
    </message>
    <message>
        <source>before</source>
        <translation>早于</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>不晚于</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>after</source>
        <translation>晚于</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>不早于</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>between</source>
        <translation>介于</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>属于</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>不属于</translation>
    </message>
    <message>
        <source>has tag</source>
        <translation>有标签</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>lacks tag</source>
        <translation>没有标签</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>不包含</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>开头为</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is present</source>
        <translation>不为空</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The customer attribute or computed score to test</source>
        <translation>要检验的客户属性或计算得分</translation>
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
        <translation>删除此条件</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>多个值，以逗号分隔</translation>
    </message>
    <message>
        <source>low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
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
        <translation>评估(&amp;V)</translation>
    </message>
    <message>
        <source>Saved &amp;rule:</source>
        <translation>已保存的规则(&amp;R)：</translation>
    </message>
    <message>
        <source>Rule segments saved earlier</source>
        <translation>之前保存的规则客群</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <source>Put the saved rule into the builder</source>
        <translation>将已保存的规则加载到规则构建器</translation>
    </message>
    <message>
        <source>Re-evaluate</source>
        <translation>重新评估</translation>
    </message>
    <message>
        <source>Evaluate the saved rule over the current data and compare with its snapshot: who joined, who left</source>
        <translation>基于当前数据重新评估已保存的规则，并与其快照对比：哪些客户新加入，哪些客户已离开</translation>
    </message>
    <message>
        <source>Count and list the customers the rule matches (F5)</source>
        <translation>统计并列出符合规则的客户（F5）</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>另存为客群…</translation>
    </message>
    <message>
        <source>Save the matching customers with the rule (Ctrl+S)</source>
        <translation>将符合规则的客户连同规则一起保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Text matches ignore case; a customer without a value never matches “equals” but does match “is not”. Lists: values separated by commas.</source>
        <translation>文本匹配不区分大小写；没有值的客户永远不符合“等于”，但符合“不等于”。列表：多个值以逗号分隔。</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>符合规则的客户</translation>
    </message>
    <message>
        <source>Enter or double-click opens the customer&apos;s 360° page.</source>
        <translation>按回车或双击打开该客户的 360° 视图。</translation>
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
        <source>Build a rule and press Evaluate (F5).</source>
        <translation>请构建规则并点击“评估”（F5）。</translation>
    </message>
    <message>
        <source>%1 (%2, %3 customers)</source>
        <translation>%1（%2，%3 位客户）</translation>
    </message>
    <message>
        <source>Saved rules cannot be listed: %1</source>
        <translation>无法列出已保存的规则：%1</translation>
    </message>
    <message>
        <source>Reading the values of %1</source>
        <translation>正在读取 %1 的值</translation>
    </message>
    <message>
        <source>Edit the rule</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>Not a valid rule yet: %1</source>
        <translation>规则尚无效：%1</translation>
    </message>
    <message>
        <source>The rule cannot be evaluated: %1</source>
        <translation>无法评估规则：%1</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>正在评估…</translation>
    </message>
    <message>
        <source>Evaluating the rule</source>
        <translation>正在评估规则</translation>
    </message>
    <message>
        <source>%1 of %2 customers match (%3) at %4.</source>
        <translation>截至 %4，%2 位客户中有 %1 位符合（%3）。</translation>
    </message>
    <message>
        <source>Load a saved rule</source>
        <translation>加载已保存的规则</translation>
    </message>
    <message>
        <source>Re-evaluating the saved rule…</source>
        <translation>正在重新评估已保存的规则…</translation>
    </message>
    <message>
        <source>Re-evaluating the rule</source>
        <translation>正在重新评估规则</translation>
    </message>
    <message>
        <source>“%1” (saved %2 with %3 customers): %4 stayed, %5 joined, %6 left.</source>
        <translation>“%1”（于 %2 保存，共 %3 位客户）：%4 位保留，%5 位新加入，%6 位离开。</translation>
    </message>
    <message>
        <source>The saved rule cannot be evaluated: %1</source>
        <translation>无法评估已保存的规则：%1</translation>
    </message>
    <message>
        <source>The rule cannot be saved: %1</source>
        <translation>无法保存规则：%1</translation>
    </message>
    <message>
        <source>Saving the rule segment</source>
        <translation>正在保存规则客群</translation>
    </message>
    <message>
        <source>Saved rule segment “%1” (%2 customers).</source>
        <translation>已保存规则客群“%1”（%2 位客户）。</translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation>客群未保存：%1</translation>
    </message>
    <message>
        <source>Rule segment</source>
        <translation>规则客群</translation>
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
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Re-evaluate rule</source>
        <translation>重新评估规则</translation>
    </message>
    <message>
        <source>E&amp;xport members…</source>
        <translation>导出成员(&amp;X)…</translation>
    </message>
    <message>
        <source>Saved segments (select several to compare)</source>
        <translation>已保存的客群（可多选以进行对比）</translation>
    </message>
    <message>
        <source>F2 renames, Delete deletes the chosen segment</source>
        <translation>按 F2 重命名所选客群，按 Delete 删除所选客群</translation>
    </message>
    <message>
        <source>Size, revenue, average CLV, NPS and churn risk of the selected segments side by side</source>
        <translation>并排对比所选客群的规模、收入、平均客户终身价值、NPS 和流失风险</translation>
    </message>
    <message>
        <source>Evaluate the saved rule again over the current data (in the Rules tab)</source>
        <translation>基于当前数据重新评估已保存的规则（在“规则”标签页中）</translation>
    </message>
    <message>
        <source>S&amp;ub-group:</source>
        <translation>子群(&amp;U)：</translation>
    </message>
    <message>
        <source>Write the members with every customer column and the sub-group to CSV or JSON (Ctrl+E)</source>
        <translation>将成员连同所有客户字段及子群导出为 CSV 或 JSON（Ctrl+E）</translation>
    </message>
    <message>
        <source>Enter or double-click opens the customer&apos;s 360° page.</source>
        <translation>按回车或双击打开该客户的 360° 视图。</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <source>Select segments in the list and press Compare.</source>
        <translation>请在列表中选择客群并点击“对比”。</translation>
    </message>
    <message>
        <source>C&amp;omparison</source>
        <translation>对比(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Show &amp;migration</source>
        <translation>显示迁移(&amp;M)</translation>
    </message>
    <message>
        <source>How the customers moved between the sub-groups of the two snapshots</source>
        <translation>客户在两个快照的子群之间如何迁移</translation>
    </message>
    <message>
        <source>Choose two snapshots, e.g. the RFM segments of two months.</source>
        <translation>请选择两个快照，例如两个月份的 RFM 细分。</translation>
    </message>
    <message>
        <source>M&amp;igration</source>
        <translation>迁移(&amp;I)</translation>
    </message>
    <message>
        <source>Saved segments cannot be listed: %1</source>
        <translation>无法列出已保存的客群：%1</translation>
    </message>
    <message>
        <source>No segment is saved yet: use Save as segment… (Ctrl+S) on the other tabs.</source>
        <translation>尚未保存任何客群：请在其他标签页中使用“另存为客群…”（Ctrl+S）。</translation>
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
        <translation>“%1”（%2）：%3 位客户，保存于 %4。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在对比…</translation>
    </message>
    <message>
        <source>Comparing segments</source>
        <translation>正在对比客群</translation>
    </message>
    <message>
        <source>Revenue: net, all time. Average CLV and churn risk (P(alive) &lt; 0.5) from the newest CLV run; NPS from each member&apos;s latest answer. — means no data.</source>
        <translation>收入：净收入，全部时间。平均客户终身价值和流失风险（存活概率 &lt; 0.5）来自最新一次客户终身价值模型运行；NPS 取自每位成员的最近一次回答。“—”表示无数据。</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>对比失败：%1</translation>
    </message>
    <message>
        <source>Migration matrix</source>
        <translation>迁移矩阵</translation>
    </message>
    <message>
        <source>Rows: sub-groups of “%1” (%2); columns: of “%3” (%4). %5 customers are in both; %6 kept the same sub-group (highlighted).</source>
        <translation>行：“%1”（%2）的子群；列：“%3”（%4）的子群。%5 位客户同时在两者中；其中 %6 位保持在同一子群（高亮显示）。</translation>
    </message>
    <message>
        <source>The migration matrix failed: %1</source>
        <translation>迁移矩阵生成失败：%1</translation>
    </message>
    <message>
        <source>Exporting members</source>
        <translation>正在导出成员</translation>
    </message>
    <message>
        <source>Exported %1 members to %2.</source>
        <translation>已将 %1 位成员导出到 %2。</translation>
    </message>
    <message>
        <source>The members were not exported: %1</source>
        <translation>成员未导出：%1</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>导出成员</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The segment was not renamed: %1</source>
        <translation>客群未重命名：%1</translation>
    </message>
    <message>
        <source>The segment was not deleted: %1</source>
        <translation>客群未删除：%1</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>重命名客群</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>删除客群</translation>
    </message>
    <message>
        <source>Delete the saved segment “%1” (%2 customers)? The customers stay; only the snapshot goes.</source>
        <translation>要删除已保存的客群“%1”（%2 位客户）吗？客户会保留，只删除快照。</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentScatterChart</name>
    <message>
        <source>Run k-means to see the clusters</source>
        <translation>运行 k-means 以查看聚类</translation>
    </message>
    <message>
        <source>No customers to show</source>
        <translation>没有可显示的客户</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>聚类 %1</translation>
    </message>
    <message>
        <source>%1 of %2 customers (a fixed random sample)</source>
        <translation>%2 位客户中的 %1 位（固定随机样本）</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentShareChart</name>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Group (customers)</source>
        <translation>群组（客户数）</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentTab</name>
    <message>
        <source>Save as segment</source>
        <translation>另存为客群</translation>
    </message>
    <message>
        <source>Name of the saved segment (a snapshot of who is in which group now):</source>
        <translation>已保存客群的名称（记录当前各客户所属群组的快照）：</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentTierModel</name>
    <message>
        <source>High value</source>
        <translation>高价值</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>CLV share</source>
        <translation>CLV 占比</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>平均存活概率</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentTierTab</name>
    <message>
        <source>Value tiers (from the newest CLV run)</source>
        <translation>价值分层（基于最新一次客户终身价值模型运行）</translation>
    </message>
    <message>
        <source>Customer pyramid</source>
        <translation>客户金字塔</translation>
    </message>
    <message>
        <source>Customers whose P(alive) is below this are churn risks (tested first)</source>
        <translation>存活概率低于此值的客户视为流失风险（优先判定）</translation>
    </message>
    <message>
        <source>The top share by CLV (not at risk) is high value</source>
        <translation>按客户终身价值排名前此比例（且无流失风险）的客户为高价值</translation>
    </message>
    <message>
        <source>Down to this cumulative top share by CLV: potential</source>
        <translation>按客户终身价值累计排名至此比例的客户为潜力客户</translation>
    </message>
    <message>
        <source>Churn risk: P(alive) &amp;below</source>
        <translation>流失风险：存活概率低于(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;High value: top</source>
        <translation>高价值：前(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Potential: up to the top</source>
        <translation>潜力：至前(&amp;P)</translation>
    </message>
    <message>
        <source>Compute tiers</source>
        <translation>计算分层</translation>
    </message>
    <message>
        <source>Save tiers as segment…</source>
        <translation>将分层另存为客群…</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>客户终身价值</translation>
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
        <translation>按客户终身价值（最新一次模型运行）、毛利（含成本的订单）或净收入对客户排名</translation>
    </message>
    <message>
        <source>Rank &amp;by</source>
        <translation>排名依据(&amp;B)</translation>
    </message>
    <message>
        <source>Platinum: top</source>
        <translation>铂金：前</translation>
    </message>
    <message>
        <source>gold to</source>
        <translation>黄金：至</translation>
    </message>
    <message>
        <source>iron to</source>
        <translation>铁：至</translation>
    </message>
    <message>
        <source>Cumulative top share of the ranked customers where the level ends; lead is the rest</source>
        <translation>该层级截止处的累计排名占比；其余为铅</translation>
    </message>
    <message>
        <source>Cut points</source>
        <translation>分界点</translation>
    </message>
    <message>
        <source>Compute pyramid</source>
        <translation>计算金字塔</translation>
    </message>
    <message>
        <source>Save pyramid as segment…</source>
        <translation>将金字塔另存为客群…</translation>
    </message>
    <message>
        <source>A saved pyramid is what the Value pyramid page shows under Customer tiers (Ctrl+S)</source>
        <translation>已保存的金字塔会显示在“价值金字塔”页面的“客户等级”下（Ctrl+S）</translation>
    </message>
    <message>
        <source>Tiers %1</source>
        <translation>分层 %1</translation>
    </message>
    <message>
        <source>Pyramid %1 %2</source>
        <translation>金字塔 %1 %2</translation>
    </message>
    <message>
        <source>Computing the tiers…</source>
        <translation>正在计算分层…</translation>
    </message>
    <message>
        <source>Computing the pyramid…</source>
        <translation>正在计算金字塔…</translation>
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
        <translation>潜力比例（%1）不得低于高价值比例（%2）。</translation>
    </message>
    <message>
        <source>Value tiers</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source>No CLV run yet: the tiers need CLV and P(alive). Fit a model on the Customer lifetime value page (Ctrl+4), then come back.</source>
        <translation>尚未运行客户终身价值模型：分层需要客户终身价值和存活概率。请先在“客户终身价值”页面（Ctrl+4）拟合模型，然后再返回此处。</translation>
    </message>
    <message>
        <source>The tiers could not be computed: %1</source>
        <translation>无法计算分层：%1</translation>
    </message>
    <message>
        <source>top %1 by CLV</source>
        <translation>按客户终身价值排名前 %1</translation>
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
        <translation>流失风险：存活概率 &lt; %1，优先判定 · 高价值：%2 · 潜力：%3 · 其他：其余客户。共 %4 位客户有预测，客户终身价值合计 %5。</translation>
    </message>
    <message>
        <source>Value tiers: customers and CLV</source>
        <translation>价值分层：客户数与客户终身价值</translation>
    </message>
    <message>
        <source>Share of CLV</source>
        <translation>客户终身价值占比</translation>
    </message>
    <message>
        <source>The cut points must increase: platinum &lt; gold &lt; iron (cumulative top shares).</source>
        <translation>分界点必须递增：铂金 &lt; 黄金 &lt; 铁（累计排名占比）。</translation>
    </message>
    <message>
        <source>No CLV run yet: rank by margin or revenue, or fit a CLV model on the Customer lifetime value page (Ctrl+4) first.</source>
        <translation>尚未运行客户终身价值模型：请按毛利或收入排名，或先在“客户终身价值”页面（Ctrl+4）拟合模型。</translation>
    </message>
    <message>
        <source>The pyramid could not be built: %1</source>
        <translation>无法构建金字塔：%1</translation>
    </message>
    <message>
        <source>Ranked by %1: platinum is the top %2, gold to %3, iron to %4, lead the rest; equal values share a level. %5 customers, total %6.</source>
        <translation>按 %1 排名：铂金为前 %2，黄金至 %3，铁至 %4，其余为铅；相同值归入同一层级。共 %5 位客户，合计 %6。</translation>
    </message>
    <message>
        <source>%1 customers without a %2 value are not ranked.</source>
        <translation>%1 位没有 %2 值的客户未参与排名。</translation>
    </message>
    <message>
        <source>Customer pyramid by %1</source>
        <translation>按 %1 划分的客户金字塔</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>%1 占比</translation>
    </message>
    <message>
        <source>Saving the tiers</source>
        <translation>正在保存分层</translation>
    </message>
    <message>
        <source>Saved segment “%1”.</source>
        <translation>已保存客群“%1”。</translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation>客群未保存：%1</translation>
    </message>
    <message>
        <source>Saving the pyramid</source>
        <translation>正在保存金字塔</translation>
    </message>
    <message>
        <source>Saved pyramid “%1”; the Value pyramid page shows it under Customer tiers.</source>
        <translation>已保存金字塔“%1”；“价值金字塔”页面会在“客户等级”下显示它。</translation>
    </message>
    <message>
        <source>There are no tiers to save yet.</source>
        <translation>尚无可保存的分层。</translation>
    </message>
    <message>
        <source>There is no pyramid to save yet.</source>
        <translation>尚无可保存的金字塔。</translation>
    </message>
</context>
<context>
    <name>vd::gui::SegmentationPage</name>
    <message>
        <source>Segmentation</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Tiers &amp;&amp; pyramid</source>
        <translation>分层与金字塔</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>已保存的客群</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary scores and the R × F segment grid</source>
        <translation>最近消费、消费频率与消费金额得分，以及 R × F 细分网格</translation>
    </message>
    <message>
        <source>k-means on chosen features, with the elbow and the silhouette to choose k</source>
        <translation>基于所选特征的 k-means 聚类，借助肘部法和轮廓系数选择 k</translation>
    </message>
    <message>
        <source>Segments by rules on the four segmentation bases and computed scores</source>
        <translation>基于四类细分依据和计算得分的规则细分</translation>
    </message>
    <message>
        <source>High value, potential and churn-risk tiers; the platinum–gold–iron–lead pyramid</source>
        <translation>高价值、潜力与流失风险分层；铂金–黄金–铁–铅金字塔</translation>
    </message>
    <message>
        <source>Saved snapshots: members, comparison, migration, export</source>
        <translation>已保存的快照：成员、对比、迁移、导出</translation>
    </message>
</context>
</TS>
