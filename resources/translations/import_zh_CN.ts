<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Pages</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportIssueModel</name>
    <message>
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
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
        <translation>已导入</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>文件的 SHA-256：%1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
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
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source> — day/month order?</source>
        <translation> — 日/月顺序？</translation>
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
        <translation>（小数逗号）</translation>
    </message>
    <message>
        <source> — decimal point or comma?</source>
        <translation> — 小数点还是小数逗号？</translation>
    </message>
    <message>
        <source>These dates can be read day-first or month-first and no value in the preview decides; you will be asked which it is.</source>
        <translation>这些日期既可按日在前也可按月在前解读，且预览中没有可据以判断的值；届时将询问您采用哪种。</translation>
    </message>
    <message>
        <source>Double-click to choose the field this column feeds.</source>
        <translation>双击以选择此列对应的字段。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Detected type</source>
        <translation>检测到的类型</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>调查答卷</translation>
    </message>
    <message>
        <source>Kano answers (wide)</source>
        <translation>Kano 答案（宽格式）</translation>
    </message>
    <message>
        <source>Feedback cases</source>
        <translation>反馈工单</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>导入与导出</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>数据(&amp;D)：</translation>
    </message>
    <message>
        <source>Choose a CSV or TSV file (Ctrl+I)</source>
        <translation>选择 CSV 或 TSV 文件（Ctrl+I）</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the file to import (Ctrl+I)</source>
        <translation>选择要导入的文件（Ctrl+I）</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>How the file&apos;s bytes are read. GB18030 also reads GBK and GB2312 files; Big5 is common in Taiwan and Hong Kong.</source>
        <translation>文件字节的解码方式。GB18030 也可读取 GBK 和 GB2312 文件；Big5 常见于台湾和香港。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>分隔符(&amp;L)：</translation>
    </message>
    <message>
        <source>Decide from the file</source>
        <translation>根据文件判断</translation>
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
        <translation>仅适用于年份写在最后的日期，例如 05/03/2024。若文件无法判断，将询问您。</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Point (1,234.5)</source>
        <translation>小数点（1,234.5）</translation>
    </message>
    <message>
        <source>Comma (1.234,5)</source>
        <translation>小数逗号（1.234,5）</translation>
    </message>
    <message>
        <source>Deci&amp;mals:</source>
        <translation>小数符号(&amp;M)：</translation>
    </message>
    <message>
        <source>Kano &amp;study:</source>
        <translation>Kano 研究(&amp;S)：</translation>
    </message>
    <message>
        <source>Name (created if new)</source>
        <translation>名称（不存在时自动创建）</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>字段映射</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>加载字段映射(&amp;L)…</translation>
    </message>
    <message>
        <source>Use a mapping saved earlier (the CLI&apos;s --map JSON)</source>
        <translation>使用之前保存的字段映射（即命令行 --map 所用的 JSON）</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping…</source>
        <translation>保存字段映射(&amp;V)…</translation>
    </message>
    <message>
        <source>Save this mapping and the reading settings to reuse them, here or with valuedesk-cli import --map</source>
        <translation>保存此字段映射及读取设置，以便在此处或通过 valuedesk-cli import --map 重复使用</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>前几行预览</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Choose a file, check the mapping, then run a dry run or import.</source>
        <translation>请选择文件并检查字段映射，然后试运行或导入。</translation>
    </message>
    <message>
        <source>Bad rows:</source>
        <translation>错误行：</translation>
    </message>
    <message>
        <source>&amp;All or nothing</source>
        <translation>全有或全无(&amp;A)</translation>
    </message>
    <message>
        <source>Any bad row refuses the whole file; nothing is written</source>
        <translation>只要有一行错误就拒绝整个文件，不写入任何内容</translation>
    </message>
    <message>
        <source>S&amp;kip bad rows</source>
        <translation>跳过错误行(&amp;K)</translation>
    </message>
    <message>
        <source>Import the good rows; the bad ones go to a rejects CSV beside the file, with a reason column</source>
        <translation>导入正确的行；错误行写入源文件旁的拒绝记录 CSV，并附原因列</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>试运行(&amp;D)</translation>
    </message>
    <message>
        <source>Check every row and count new, updated and rejected rows without writing anything (Ctrl+Shift+Return)</source>
        <translation>检查每一行并统计新增、更新和拒绝的行数，不写入任何内容（Ctrl+Shift+Return）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import the file as one transaction (Ctrl+Return)</source>
        <translation>在单个数据库事务中导入整个文件（Ctrl+Return）</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>导入(&amp;M)</translation>
    </message>
    <message>
        <source>Every import with its file&apos;s SHA-256 and counts. Undo removes the rows an import added and gives the rows it updated their old values back; imports are undone newest first.</source>
        <translation>列出每次导入及其文件的 SHA-256 和行数统计。撤销会删除该次导入新增的行，并将其更新的行恢复为原值；导入按从新到旧的顺序撤销。</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Table or view</source>
        <translation>表或视图</translation>
    </message>
    <message>
        <source>Segment members</source>
        <translation>客群成员</translation>
    </message>
    <message>
        <source>Kano study (wide answers)</source>
        <translation>Kano 研究（宽格式答案）</translation>
    </message>
    <message>
        <source>Analysis query (SELECT)</source>
        <translation>分析查询（SELECT）</translation>
    </message>
    <message>
        <source>E&amp;xport:</source>
        <translation>导出(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>SELECT segment, COUNT(*) FROM … — read-only queries only</source>
        <translation>SELECT segment, COUNT(*) FROM … — 仅限只读查询</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>查询(&amp;Q)：</translation>
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
        <translation>为 Excel 添加字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>Excel opens a UTF-8 CSV with Chinese text correctly only when the file starts with a byte-order mark</source>
        <translation>只有文件以字节顺序标记（BOM）开头时，Excel 才能正确打开含中文的 UTF-8 CSV</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Choose a file and export (Ctrl+E)</source>
        <translation>选择文件并导出（Ctrl+E）</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Choose file to import…</source>
        <translation>选择要导入的文件…</translation>
    </message>
    <message>
        <source>Cancelled. The workspace is exactly as it was before.</source>
        <translation>已取消。工作区与之前完全相同。</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 和文本文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Check the mapping, then run a dry run or import.</source>
        <translation>请检查字段映射，然后试运行或导入。</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>自动检测（%1）</translation>
    </message>
    <message>
        <source>Choose the kind of data and a CSV/TSV file. Columns are matched to fields by their English or Chinese headers.</source>
        <translation>请选择数据类型和 CSV/TSV 文件。各列会根据其英文或中文列标题匹配到字段。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>Encoding %1 (%2)</source>
        <translation>编码 %1（%2）</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>分隔符：%1</translation>
    </message>
    <message>
        <source>%1 columns, about %2 rows</source>
        <translation>%1 列，约 %2 行</translation>
    </message>
    <message>
        <source>No column feeds the required field(s) %1: choose one in the mapping.</source>
        <translation>必填字段 %1 没有对应的列：请在字段映射中选择一列。</translation>
    </message>
    <message>
        <source>The dates in %1 can be read day-first or month-first; you will be asked which before the import.</source>
        <translation>%1 中的日期既可按日在前也可按月在前解读；导入前将询问您采用哪种。</translation>
    </message>
    <message>
        <source>The numbers in %1 can be read with a decimal point or a decimal comma; you will be asked which before the import.</source>
        <translation>%1 中的数字既可按小数点也可按小数逗号解读；导入前将询问您采用哪种。</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>字段映射已保存到 %1。</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>无法保存字段映射：%1</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>已从 %1 加载字段映射。</translation>
    </message>
    <message>
        <source>Not in this file: %1.</source>
        <translation>此文件中不存在：%1。</translation>
    </message>
    <message>
        <source>The mapping could not be loaded: %1</source>
        <translation>无法加载字段映射：%1</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存字段映射</translation>
    </message>
    <message>
        <source>Mapping (*.json)</source>
        <translation>字段映射 (*.json)</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>加载字段映射</translation>
    </message>
    <message>
        <source>Day or month first?</source>
        <translation>日在前还是月在前？</translation>
    </message>
    <message>
        <source>The dates in column “%1” can be read two ways, and no value in the file decides. How is “%2” meant?</source>
        <translation>列“%1”中的日期有两种解读方式，且文件中没有可据以判断的值。“%2”应如何理解？</translation>
    </message>
    <message>
        <source>ValueDesk never guesses: the wrong choice would silently swap days and months.</source>
        <translation>ValueDesk 从不猜测：一旦选错，日和月会在不知不觉中被对调。</translation>
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
        <translation>小数点还是小数逗号？</translation>
    </message>
    <message>
        <source>The numbers in column “%1” can be read two ways, and no value in the file decides. How is “%2” meant?</source>
        <translation>列“%1”中的数字有两种解读方式，且文件中没有可据以判断的值。“%2”应如何理解？</translation>
    </message>
    <message>
        <source>ValueDesk never guesses: the wrong choice would silently turn thousands into decimals.</source>
        <translation>ValueDesk 从不猜测：一旦选错，千位数会在不知不觉中被当成小数。</translation>
    </message>
    <message>
        <source>Decimal point: %1</source>
        <translation>小数点：%1</translation>
    </message>
    <message>
        <source>Decimal comma: %1</source>
        <translation>小数逗号：%1</translation>
    </message>
    <message>
        <source>No column feeds the required field %1.</source>
        <translation>必填字段 %1 没有对应的列。</translation>
    </message>
    <message>
        <source>Name the Kano study these answers belong to.</source>
        <translation>请填写这些答案所属的 Kano 研究名称。</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>The import stopped: %1. Nothing was written.</source>
        <translation>导入已中止：%1。未写入任何内容。</translation>
    </message>
    <message>
        <source>Stopped: the day/month order of “%1” is needed.</source>
        <translation>已停止：需要确定“%1”的日/月顺序。</translation>
    </message>
    <message>
        <source>Stopped: the decimal mark of “%1” is needed.</source>
        <translation>已停止：需要确定“%1”的小数符号。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2 of %3 rows are bad and the policy is all or nothing. Fix them in the file, or choose “Skip bad rows”.</source>
        <translation>未从 %1 导入任何内容：%3 行中有 %2 行错误，而当前策略为“全有或全无”。请在文件中修正这些行，或选择“跳过错误行”。</translation>
    </message>
    <message>
        <source>Dry run of %1 — nothing was written: %2 rows read; %3 new, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>%1 试运行 — 未写入任何内容：读取 %2 行；新增 %3，更新 %4，未变 %5，拒绝 %6。</translation>
    </message>
    <message>
        <source>Imported %1 (import #%2): %3 rows read; %4 new, %5 updated, %6 unchanged, %7 rejected, in %8 s.</source>
        <translation>已导入 %1（导入 #%2）：读取 %3 行；新增 %4，更新 %5，未变 %6，拒绝 %7，用时 %8 s。</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>已忽略的列：%1。</translation>
    </message>
    <message>
        <source>The table lists the first %1 problems.</source>
        <translation>表中列出了前 %1 个问题。</translation>
    </message>
    <message>
        <source>Rejected rows, with a reason column: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>被拒绝的行（附原因列）：&lt;a href="%1"&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>已导入 %1：新增 %2，更新 %3。</translation>
    </message>
    <message>
        <source>The import history cannot be read: %1</source>
        <translation>无法读取导入历史记录：%1</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo import #%1 of %2? The %3 rows it added are deleted and the %4 rows it updated get their old values back.</source>
        <translation>要撤销 %2 的导入 #%1 吗？该次导入新增的 %3 行将被删除，更新的 %4 行将恢复为原值。</translation>
    </message>
    <message>
        <source>Undoing import #%1</source>
        <translation>正在撤销导入 #%1</translation>
    </message>
    <message>
        <source>Import #%1 undone: %2 rows deleted, %3 rows restored.</source>
        <translation>导入 #%1 已撤销：删除 %2 行，恢复 %3 行。</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>撤销失败：%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
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
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>正在导出到 %1</translation>
    </message>
    <message>
        <source>Wrote %1 rows and %2 columns to %3.</source>
        <translation>已将 %1 行、%2 列写入 %3。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>vd::gui::ImportPreviewModel</name>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Imported as %1</source>
        <translation>导入为 %1</translation>
    </message>
</context>
</TS>
