<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Pages</name>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Customer 360</source>
        <translation>客戶 360° 檢視</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失敗：%2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 影像 (*.png);;SVG 向量圖 (*.svg);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
</context>
<context>
    <name>vd::gui::Customer360Page</name>
    <message>
        <source>Profile and segmentation bases</source>
        <translation>檔案與細分依據</translation>
    </message>
    <message>
        <source>Value and loyalty</source>
        <translation>價值與忠誠度</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互動</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互動</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>調查答卷</translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation>調查答卷</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未選擇客戶</translation>
    </message>
    <message>
        <source>Open a customer from the Customers list, a segment or a case.</source>
        <translation>請從客戶列表、細分群體或回饋工單中開啟一位客戶。</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>找不到該客戶</translation>
    </message>
    <message>
        <source>The customer may have been removed by an import undo.</source>
        <translation>該客戶可能已因復原匯入而被刪除。</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>編號 %1</translation>
    </message>
    <message>
        <source>customer since %1</source>
        <translation>自 %1 起成為客戶</translation>
    </message>
    <message>
        <source>Geographic:</source>
        <translation>地理：</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1（出生於 %2）</translation>
    </message>
    <message>
        <source>Demographic:</source>
        <translation>人口統計：</translation>
    </message>
    <message>
        <source>age %1, %2, income %3, %4</source>
        <translation>年齡 %1，%2，收入 %3，%4</translation>
    </message>
    <message>
        <source>Psychographic:</source>
        <translation>心理：</translation>
    </message>
    <message>
        <source>%1; values: %2</source>
        <translation>%1；價值觀：%2</translation>
    </message>
    <message>
        <source>Behavioural:</source>
        <translation>行為：</translation>
    </message>
    <message>
        <source>prefers %1, uses %2, tier %3</source>
        <translation>偏好 %1，使用 %2，等級 %3</translation>
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
        <source>Consent:</source>
        <translation>同意接收：</translation>
    </message>
    <message>
        <source>email %1, SMS %2, phone %3</source>
        <translation>電子郵件 %1，簡訊 %2，電話 %3</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>訂單：</translation>
    </message>
    <message>
        <source>Revenue:</source>
        <translation>收入：</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>毛利：</translation>
    </message>
    <message>
        <source>Average order:</source>
        <translation>平均訂單額：</translation>
    </message>
    <message>
        <source>First / last order:</source>
        <translation>首次 / 最近訂單：</translation>
    </message>
    <message>
        <source>CLV (%1):</source>
        <translation>客戶終身價值（%1）：</translation>
    </message>
    <message>
        <source>P(alive):</source>
        <translation>存活機率 P(alive)：</translation>
    </message>
    <message>
        <source>Expected purchases:</source>
        <translation>預期購買次數：</translation>
    </message>
    <message>
        <source>CLV:</source>
        <translation>客戶終身價值：</translation>
    </message>
    <message>
        <source>no CLV model run yet</source>
        <translation>尚未執行客戶終身價值模型</translation>
    </message>
    <message>
        <source>Latest NPS answer:</source>
        <translation>最近一次 NPS 回答：</translation>
    </message>
    <message>
        <source>Loyalty points:</source>
        <translation>忠誠度積分：</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>細分群體：</translation>
    </message>
    <message>
        <source>none saved</source>
        <translation>尚未儲存</translation>
    </message>
    <message>
        <source>Feedback cases:</source>
        <translation>回饋工單：</translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation>%1（%2 個未結）</translation>
    </message>
</context>
<context>
    <name>vd::gui::CustomerTableModel</name>
    <message>
        <source>Customer ID</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>成為客戶日期</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
</context>
<context>
    <name>vd::gui::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Search name, email, company or city (Ctrl+F); every word must match</source>
        <translation>搜尋姓名、電子郵件、公司或城市（Ctrl+F）；須匹配每個詞</translation>
    </message>
    <message>
        <source>Enter or double-click opens the customer&apos;s 360° page.</source>
        <translation>按 Enter 鍵或按兩下開啟該客戶的 360° 檢視。</translation>
    </message>
    <message>
        <source>%L1 customers</source>
        <translation>%L1 位客戶</translation>
    </message>
    <message>
        <source>%L1 matching customers</source>
        <translation>%L1 位匹配的客戶</translation>
    </message>
    <message>
        <source>Reading the customers failed: %1</source>
        <translation>讀取客戶失敗：%1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在計數…</translation>
    </message>
</context>
<context>
    <name>vd::gui::MainWindow</name>
    <message>
        <source>ValueDesk</source>
        <translation>ValueDesk</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running work (Esc)</source>
        <translation>取消正在執行的任務（Esc）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作區(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>開啟工作區(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>開啟演示工作區(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全螢幕(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ValueDesk</source>
        <translation>關於 ValueDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About ValueDesk</source>
        <translation>關於 ValueDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ValueDesk %1&lt;/h3&gt;&lt;p&gt;Customer relationship management and customer-value analytics: CLV, RFM and segments, NPS/CSAT/CES, Kano, journey maps and the value pyramid.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ValueDesk %1&lt;/h3&gt;&lt;p&gt;客戶關係管理與客戶價值分析：客戶終身價值、RFM 與客戶細分、NPS/CSAT/CES、卡諾模型、客戶旅程地圖與客戶價值金字塔。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作區</translation>
    </message>
    <message>
        <source>ValueDesk workspace (*.vdw)</source>
        <translation>ValueDesk 工作區 (*.vdw)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 已存在，請直接開啟。</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>開啟工作區</translation>
    </message>
    <message>
        <source>ValueDesk workspace (*.vdw);;All files (*)</source>
        <translation>ValueDesk 工作區 (*.vdw);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>Generating the demo workspace</source>
        <translation>正在生成演示工作區</translation>
    </message>
    <message>
        <source>The demo workspace could not be generated: %1</source>
        <translation>無法生成演示工作區：%1</translation>
    </message>
    <message>
        <source>%1 — ValueDesk</source>
        <translation>%1 — ValueDesk</translation>
    </message>
    <message>
        <source>No workspace open: File ▸ Open demo workspace (Ctrl+Shift+D)</source>
        <translation>未開啟工作區：檔案 ▸ 開啟演示工作區（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>%L1 customers · %L2 orders · %L3 responses</source>
        <translation>%L1 位客戶 · %L2 筆訂單 · %L3 份答卷</translation>
    </message>
    <message>
        <source>A workspace is being opened; wait until it is ready.</source>
        <translation>工作區正在開啟，請等待其就緒。</translation>
    </message>
    <message>
        <source>The demo workspace is being generated; it opens when it is ready.</source>
        <translation>演示工作區正在生成，完成後會自動開啟。</translation>
    </message>
    <message>
        <source>Cannot open the demo workspace %1: %2</source>
        <translation>無法開啟演示工作區 %1：%2</translation>
    </message>
    <message>
        <source>The demo workspace could not be created: %1</source>
        <translation>無法建立演示工作區：%1</translation>
    </message>
    <message>
        <source>Generating the demo workspace was cancelled; nothing was kept. Open the demo workspace again to start over.</source>
        <translation>演示工作區的生成已取消，未保留任何內容。再次開啟演示工作區即可重新開始。</translation>
    </message>
</context>
<context>
    <name>vd::gui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>vd::gui::TimelineModel</name>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互動</translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation>調查答卷</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>CES %1</source>
        <translation>CES %1</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>時間（UTC）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Touchpoint / category</source>
        <translation>觸點 / 類別</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>評分</translation>
    </message>
</context>
<context>
    <name>vd::gui::WorkspaceSession</name>
    <message>
        <source>The workspace was upgraded to the current format; the previous version was saved as %1.</source>
        <translation>工作區已升級到目前格式；舊版本已另存為 %1。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>尚未開啟工作區。</translation>
    </message>
    <message>
        <source>another workspace is being opened</source>
        <translation>另一個工作區正在開啟</translation>
    </message>
    <message>
        <source>Upgrading the workspace</source>
        <translation>正在升級工作區</translation>
    </message>
    <message>
        <source>the upgrade was cancelled; the workspace was left at its previous version</source>
        <translation>升級已取消；工作區維持原有版本</translation>
    </message>
</context>
</TS>
