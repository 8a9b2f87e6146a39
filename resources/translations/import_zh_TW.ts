<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Pages</name>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
</context>
<context>
    <name>QObject</name>
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
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失敗：%2</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportIssueModel</name>
    <message>
        <source>(whole row)</source>
        <translation>（整列）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportLogModel</name>
    <message>
        <source>imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已復原</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>檔案的 SHA-256：%1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時間（UTC）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>資料類型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportMappingModel</name>
    <message>
        <source>(ignored)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>整數</translation>
    </message>
    <message>
        <source>number</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>日期時間</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source> — day/month order?</source>
        <translation> — 日/月順序？</translation>
    </message>
    <message>
        <source> (day first)</source>
        <translation>（日在前）</translation>
    </message>
    <message>
        <source> (month first)</source>
        <translation>（月在前）</translation>
    </message>
    <message>
        <source> (decimal comma)</source>
        <translation>（小數逗號）</translation>
    </message>
    <message>
        <source> — decimal point or comma?</source>
        <translation> — 小數點還是小數逗號？</translation>
    </message>
    <message>
        <source>These dates can be read day-first or month-first and no value in the preview decides; you will be asked which it is.</source>
        <translation>這些日期既可按日在前也可按月在前解讀，且預覽中沒有可據以判斷的值；屆時將詢問您採用哪種。</translation>
    </message>
    <message>
        <source>Double-click to choose the field this column feeds.</source>
        <translation>按兩下以選擇此欄對應的欄位。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>檔案中的欄</translation>
    </message>
    <message>
        <source>Detected type</source>
        <translation>偵測到的類型</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>範例</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>匯入為</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportPage</name>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互動</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>調查答卷</translation>
    </message>
    <message>
        <source>Kano answers (wide)</source>
        <translation>Kano 答案（寬格式）</translation>
    </message>
    <message>
        <source>Feedback cases</source>
        <translation>回饋工單</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>匯入與匯出</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>資料(&amp;D)：</translation>
    </message>
    <message>
        <source>Choose a CSV or TSV file (Ctrl+I)</source>
        <translation>選擇 CSV 或 TSV 檔案（Ctrl+I）</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>選擇檔案(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the file to import (Ctrl+I)</source>
        <translation>選擇要匯入的檔案（Ctrl+I）</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <source>How the file&apos;s bytes are read. GB18030 also reads GBK and GB2312 files; Big5 is common in Taiwan and Hong Kong.</source>
        <translation>檔案位元組的解碼方式。GB18030 也可讀取 GBK 和 GB2312 檔案；Big5 常見於臺灣和香港。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>編碼(&amp;E)：</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>逗號 ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>分號 ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab 字元</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>豎線 |</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>分隔符號(&amp;L)：</translation>
    </message>
    <message>
        <source>Decide from the file</source>
        <translation>根據檔案判斷</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>日在前（31/12/2024）</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>月在前（12/31/2024）</translation>
    </message>
    <message>
        <source>Only for dates written with the year last, such as 05/03/2024. When the file does not decide, you are asked.</source>
        <translation>僅適用於年份寫在最後的日期，例如 05/03/2024。若檔案無法判斷，將詢問您。</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Point (1,234.5)</source>
        <translation>小數點（1,234.5）</translation>
    </message>
    <message>
        <source>Comma (1.234,5)</source>
        <translation>小數逗號（1.234,5）</translation>
    </message>
    <message>
        <source>Deci&amp;mals:</source>
        <translation>小數符號(&amp;M)：</translation>
    </message>
    <message>
        <source>Kano &amp;study:</source>
        <translation>Kano 研究(&amp;S)：</translation>
    </message>
    <message>
        <source>Name (created if new)</source>
        <translation>名稱（不存在時自動建立）</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>欄位對應</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>載入欄位對應(&amp;L)…</translation>
    </message>
    <message>
        <source>Use a mapping saved earlier (the CLI&apos;s --map JSON)</source>
        <translation>使用之前儲存的欄位對應（即命令列 --map 所用的 JSON）</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping…</source>
        <translation>儲存欄位對應(&amp;V)…</translation>
    </message>
    <message>
        <source>Save this mapping and the reading settings to reuse them, here or with valuedesk-cli import --map</source>
        <translation>儲存此欄位對應及讀取設定，以便在此處或透過 valuedesk-cli import --map 重複使用</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>前幾列預覽</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Choose a file, check the mapping, then run a dry run or import.</source>
        <translation>請選擇檔案並檢查欄位對應，然後試執行或匯入。</translation>
    </message>
    <message>
        <source>Bad rows:</source>
        <translation>錯誤列：</translation>
    </message>
    <message>
        <source>&amp;All or nothing</source>
        <translation>全有或全無(&amp;A)</translation>
    </message>
    <message>
        <source>Any bad row refuses the whole file; nothing is written</source>
        <translation>只要有一列錯誤就拒絕整個檔案，不寫入任何內容</translation>
    </message>
    <message>
        <source>S&amp;kip bad rows</source>
        <translation>跳過錯誤列(&amp;K)</translation>
    </message>
    <message>
        <source>Import the good rows; the bad ones go to a rejects CSV beside the file, with a reason column</source>
        <translation>匯入正確的列；錯誤列寫入來源檔案旁的拒絕紀錄 CSV，並附原因欄</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>試執行(&amp;D)</translation>
    </message>
    <message>
        <source>Check every row and count new, updated and rejected rows without writing anything (Ctrl+Shift+Return)</source>
        <translation>檢查每一列並統計新增、更新和拒絕的列數，不寫入任何內容（Ctrl+Shift+Return）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Import the file as one transaction (Ctrl+Return)</source>
        <translation>在單一資料庫交易中匯入整個檔案（Ctrl+Return）</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>匯入(&amp;M)</translation>
    </message>
    <message>
        <source>Every import with its file&apos;s SHA-256 and counts. Undo removes the rows an import added and gives the rows it updated their old values back; imports are undone newest first.</source>
        <translation>列出每次匯入及其檔案的 SHA-256 和列數統計。復原會刪除該次匯入新增的列，並將其更新的列恢復為原值；匯入按從新到舊的順序復原。</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>復原匯入(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>歷史紀錄(&amp;H)</translation>
    </message>
    <message>
        <source>Table or view</source>
        <translation>表或檢視</translation>
    </message>
    <message>
        <source>Segment members</source>
        <translation>客群成員</translation>
    </message>
    <message>
        <source>Kano study (wide answers)</source>
        <translation>Kano 研究（寬格式答案）</translation>
    </message>
    <message>
        <source>Analysis query (SELECT)</source>
        <translation>分析查詢（SELECT）</translation>
    </message>
    <message>
        <source>E&amp;xport:</source>
        <translation>匯出(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>SELECT segment, COUNT(*) FROM … — read-only queries only</source>
        <translation>SELECT segment, COUNT(*) FROM … — 僅限唯讀查詢</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>查詢(&amp;Q)：</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Byte-order mark for Excel</source>
        <translation>為 Excel 加上位元組順序標記（BOM）</translation>
    </message>
    <message>
        <source>Excel opens a UTF-8 CSV with Chinese text correctly only when the file starts with a byte-order mark</source>
        <translation>只有檔案以位元組順序標記（BOM）開頭時，Excel 才能正確開啟含中文的 UTF-8 CSV</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Choose a file and export (Ctrl+E)</source>
        <translation>選擇檔案並匯出（Ctrl+E）</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>匯出(&amp;X)</translation>
    </message>
    <message>
        <source>Choose file to import…</source>
        <translation>選擇要匯入的檔案…</translation>
    </message>
    <message>
        <source>Cancelled. The workspace is exactly as it was before.</source>
        <translation>已取消。工作區與之前完全相同。</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 和文字檔案 (*.csv *.tsv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Check the mapping, then run a dry run or import.</source>
        <translation>請檢查欄位對應，然後試執行或匯入。</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>自動偵測（%1）</translation>
    </message>
    <message>
        <source>Choose the kind of data and a CSV/TSV file. Columns are matched to fields by their English or Chinese headers.</source>
        <translation>請選擇資料類型和 CSV/TSV 檔案。各欄會根據其英文或中文欄標題對應到欄位。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>無法讀取該檔案：%1</translation>
    </message>
    <message>
        <source>Encoding %1 (%2)</source>
        <translation>編碼 %1（%2）</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>分隔符號：%1</translation>
    </message>
    <message>
        <source>%1 columns, about %2 rows</source>
        <translation>%1 欄，約 %2 列</translation>
    </message>
    <message>
        <source>No column feeds the required field(s) %1: choose one in the mapping.</source>
        <translation>必填欄位 %1 沒有對應的欄：請在欄位對應中選擇一欄。</translation>
    </message>
    <message>
        <source>The dates in %1 can be read day-first or month-first; you will be asked which before the import.</source>
        <translation>%1 中的日期既可按日在前也可按月在前解讀；匯入前將詢問您採用哪種。</translation>
    </message>
    <message>
        <source>The numbers in %1 can be read with a decimal point or a decimal comma; you will be asked which before the import.</source>
        <translation>%1 中的數字既可按小數點也可按小數逗號解讀；匯入前將詢問您採用哪種。</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>欄位對應已儲存到 %1。</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>無法儲存欄位對應：%1</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>已從 %1 載入欄位對應。</translation>
    </message>
    <message>
        <source>Not in this file: %1.</source>
        <translation>此檔案中不存在：%1。</translation>
    </message>
    <message>
        <source>The mapping could not be loaded: %1</source>
        <translation>無法載入欄位對應：%1</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>儲存欄位對應</translation>
    </message>
    <message>
        <source>Mapping (*.json)</source>
        <translation>欄位對應 (*.json)</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>載入欄位對應</translation>
    </message>
    <message>
        <source>Day or month first?</source>
        <translation>日在前還是月在前？</translation>
    </message>
    <message>
        <source>The dates in column “%1” can be read two ways, and no value in the file decides. How is “%2” meant?</source>
        <translation>欄「%1」中的日期有兩種解讀方式，且檔案中沒有可據以判斷的值。「%2」應如何理解？</translation>
    </message>
    <message>
        <source>ValueDesk never guesses: the wrong choice would silently swap days and months.</source>
        <translation>ValueDesk 從不猜測：一旦選錯，日和月會在不知不覺中被對調。</translation>
    </message>
    <message>
        <source>Day first: %1</source>
        <translation>日在前：%1</translation>
    </message>
    <message>
        <source>Month first: %1</source>
        <translation>月在前：%1</translation>
    </message>
    <message>
        <source>Decimal point or comma?</source>
        <translation>小數點還是小數逗號？</translation>
    </message>
    <message>
        <source>The numbers in column “%1” can be read two ways, and no value in the file decides. How is “%2” meant?</source>
        <translation>欄「%1」中的數字有兩種解讀方式，且檔案中沒有可據以判斷的值。「%2」應如何理解？</translation>
    </message>
    <message>
        <source>ValueDesk never guesses: the wrong choice would silently turn thousands into decimals.</source>
        <translation>ValueDesk 從不猜測：一旦選錯，千位數會在不知不覺中被當成小數。</translation>
    </message>
    <message>
        <source>Decimal point: %1</source>
        <translation>小數點：%1</translation>
    </message>
    <message>
        <source>Decimal comma: %1</source>
        <translation>小數逗號：%1</translation>
    </message>
    <message>
        <source>No column feeds the required field %1.</source>
        <translation>必填欄位 %1 沒有對應的欄。</translation>
    </message>
    <message>
        <source>Name the Kano study these answers belong to.</source>
        <translation>請填寫這些答案所屬的 Kano 研究名稱。</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>正在檢查 %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在匯入 %1</translation>
    </message>
    <message>
        <source>The import stopped: %1. Nothing was written.</source>
        <translation>匯入已中止：%1。未寫入任何內容。</translation>
    </message>
    <message>
        <source>Stopped: the day/month order of “%1” is needed.</source>
        <translation>已停止：需要確定「%1」的日/月順序。</translation>
    </message>
    <message>
        <source>Stopped: the decimal mark of “%1” is needed.</source>
        <translation>已停止：需要確定「%1」的小數符號。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2 of %3 rows are bad and the policy is all or nothing. Fix them in the file, or choose “Skip bad rows”.</source>
        <translation>未從 %1 匯入任何內容：%3 列中有 %2 列錯誤，而目前策略為「全有或全無」。請在檔案中修正這些列，或選擇「跳過錯誤列」。</translation>
    </message>
    <message>
        <source>Dry run of %1 — nothing was written: %2 rows read; %3 new, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>%1 試執行 — 未寫入任何內容：讀取 %2 列；新增 %3，更新 %4，未變 %5，拒絕 %6。</translation>
    </message>
    <message>
        <source>Imported %1 (import #%2): %3 rows read; %4 new, %5 updated, %6 unchanged, %7 rejected, in %8 s.</source>
        <translation>已匯入 %1（匯入 #%2）：讀取 %3 列；新增 %4，更新 %5，未變 %6，拒絕 %7，耗時 %8 s。</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>已忽略的欄：%1。</translation>
    </message>
    <message>
        <source>The table lists the first %1 problems.</source>
        <translation>表中列出了前 %1 個問題。</translation>
    </message>
    <message>
        <source>Rejected rows, with a reason column: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>被拒絕的列（附原因欄）：&lt;a href="%1"&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>已匯入 %1：新增 %2，更新 %3。</translation>
    </message>
    <message>
        <source>The import history cannot be read: %1</source>
        <translation>無法讀取匯入歷史紀錄：%1</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>復原匯入</translation>
    </message>
    <message>
        <source>Undo import #%1 of %2? The %3 rows it added are deleted and the %4 rows it updated get their old values back.</source>
        <translation>要復原 %2 的匯入 #%1 嗎？該次匯入新增的 %3 列將被刪除，更新的 %4 列將恢復為原值。</translation>
    </message>
    <message>
        <source>Undoing import #%1</source>
        <translation>正在復原匯入 #%1</translation>
    </message>
    <message>
        <source>Import #%1 undone: %2 rows deleted, %3 rows restored.</source>
        <translation>匯入 #%1 已復原：刪除 %2 列，恢復 %3 列。</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>復原失敗：%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>正在匯出到 %1</translation>
    </message>
    <message>
        <source>Wrote %1 rows and %2 columns to %3.</source>
        <translation>已將 %1 列、%2 欄寫入 %3。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>匯出失敗：%1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>匯出失敗：%1</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportPreviewModel</name>
    <message>
        <source>Not imported</source>
        <translation>不匯入</translation>
    </message>
    <message>
        <source>Imported as %1</source>
        <translation>匯入為 %1</translation>
    </message>
</context>
</TS>
