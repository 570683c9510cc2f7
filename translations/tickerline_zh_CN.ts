<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <location filename="../app/application.cpp" line="+42"/>
        <source>Tickerline databases (*.tickerline *.db);;All files (*)</source>
        <translation>Tickerline 数据库 (*.tickerline *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+91"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+11"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Open it instead?</source>
        <translation>%1 已存在。改为打开它吗？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open database read-only</source>
        <translation>以只读方式打开数据库</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is no longer there.</source>
        <translation>%1 已不存在。</translation>
    </message>
</context>
<context>
    <name>BriefHtml</name>
    <message>
        <location filename="../app/brief/briefhtml.cpp" line="+156"/>
        <source>Event brief</source>
        <translation>事件简报</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actors</source>
        <translation>参与方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none named</source>
        <translation>未列明</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the event&apos;s own zone</source>
        <translation>事件自身时区</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>uncertain (~)</source>
        <translation>不确定 (~)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the event came before the open</source>
        <translation>事件发生在开盘前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the event came during the session</source>
        <translation>事件发生在交易时段内</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the event came after the close</source>
        <translation>事件发生在收盘后</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the market was closed on the event&apos;s day (%1)</source>
        <translation>事件当日休市（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the session of the event&apos;s day</source>
        <translation>事件当日的交易时段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First session</source>
        <translation>首个交易日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2–%3 New York%4: %5</source>
        <translation>%1，纽约时间 %2–%3%4：%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (early close)</source>
        <translation>（提前收盘）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prices around the event</source>
        <translation>事件前后的价格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices around “%1”</source>
        <translation>“%1”前后的价格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Market reaction on %1</source>
        <translation>%1 的市场反应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No symbol.</source>
        <translation>无代码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move = the session&apos;s close against the previous session&apos;s close; market value = shares outstanding (as stored with each symbol) × that change.</source>
        <translation>涨跌 = 该交易日收盘价相对前一交易日收盘价的变动；市值 = 流通股数（取自各代码存储的数据）× 该变动。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Total of %1 companies</source>
        <translation>%1 家公司合计</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Symbol</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Previous close</source>
        <translation>前收盘价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>收盘价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>涨跌</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shares outstanding</source>
        <translation>流通股数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Market value</source>
        <translation>市值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Derivation:</source>
        <translation>计算过程：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bar on or after that session: %1.</source>
        <translation>该交易日及之后均无行情数据：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event study</source>
        <translation>事件研究</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neither SPY nor ^GSPC is in the database: no benchmark to measure against.</source>
        <translation>数据库中既没有 SPY 也没有 ^GSPC：没有可供比较的基准。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Abnormal return = the symbol&apos;s return less %1&apos;s on the same session (market-adjusted model), close to close; CAR = their sum over the window; t = CAR ÷ its standard deviation, estimated from the returns before the window. The same figures as tickerline study.</source>
        <translation>超额收益 = 该代码的收益率减去 %1 在同一交易日的收益率（市场调整模型），按收盘价至收盘价计算；CAR = 窗口内超额收益之和；t = CAR ÷ 其标准差，标准差由窗口之前的收益率估计。数值与 tickerline study 相同。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No symbol could be studied.</source>
        <translation>没有可研究的代码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CAR</source>
        <translation>CAR</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abnormal returns by session against %1, window %2 to %3 (first session %4); estimated from %5 returns, %6 – %7.</source>
        <translation>相对 %1 的逐交易日超额收益，窗口 %2 至 %3（首个交易日 %4）；基于 %6 – %7 的 %5 个收益率估计。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not studied: %1</source>
        <translation>未研究：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quotes (%1)</source>
        <translation>引文（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No quote documents this event.</source>
        <translation>没有记录此事件的引文。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>speaker not named</source>
        <translation>未注明发言人</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>anchor %1, characters %2–%3</source>
        <translation>锚定 %1，字符 %2–%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Linked events</source>
        <translation>关联事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No event is linked to this one.</source>
        <translation>没有与此事件关联的事件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this event responds to, follows or reports</source>
        <translation>本事件回应、继于或报道的事件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The events that respond to it, follow or report it</source>
        <translation>回应、继于或报道本事件的事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this event</source>
        <translation>本事件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>origin: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licence: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported %1</source>
        <translation>导入于 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No dataset is recorded for these rows.</source>
        <translation>未记录这些数据所属的数据集。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Event brief: %1</source>
        <translation>事件简报：%1</translation>
    </message>
</context>
<context>
    <name>BriefPdf</name>
    <message>
        <location filename="../app/brief/briefpdf.cpp" line="+40"/>
        <source>Event brief: %1</source>
        <translation>事件简报：%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>EventBrief</name>
    <message>
        <location filename="../app/brief/briefchart.cpp" line="+30"/>
        <source>No symbol to chart.</source>
        <translation>没有可绘制图表的代码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chart shows the first %1 of %2 symbols.</source>
        <translation>图表显示 %2 个代码中的前 %1 个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No chart: %1.</source>
        <translation>无图表：%1。</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <location filename="../app/eventcommands.cpp" line="+22"/>
        <source>New event “%1”</source>
        <translation>新建事件“%1”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit event “%1”</source>
        <translation>编辑事件“%1”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete event “%1”</source>
        <translation>删除事件“%1”</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../core/domain/entities.h" line="+34"/>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>发布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/application.cpp" line="+9"/>
        <source>About Tickerline</source>
        <translation>关于 Tickerline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Tickerline %1&lt;/h3&gt;&lt;p&gt;Events, prices and sources of technology-market episodes: a timeline of what happened, the market&apos;s reaction beside it, and the exact words that document it.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tickerline %1&lt;/h3&gt;&lt;p&gt;科技市场事件的事件、价格与来源：呈现事件经过的时间线、与之并列的市场反应，以及记录事件的原文引述。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QuoteCommands</name>
    <message>
        <location filename="../app/sources/quotecommands.cpp" line="+60"/>
        <source>Quote for new event “%1”</source>
        <translation>为新事件“%1”添加引文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>添加引文</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove quote</source>
        <translation>删除引文</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link quote to event</source>
        <translation>将引文关联到事件</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import “%1”</source>
        <translation>导入“%1”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Replace source text</source>
        <translation>替换来源文本</translation>
    </message>
</context>
<context>
    <name>tickerline</name>
    <message>
        <location filename="../app/application.cpp" line="+36"/>
        <source>Tickerline</source>
        <translation>Tickerline</translation>
    </message>
</context>
<context>
    <name>tickerline::BackgroundTask</name>
    <message>
        <location filename="../app/dialogs/backgroundtask.cpp" line="+37"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickerline</source>
        <translation>Tickerline</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>tickerline::BriefDialog</name>
    <message>
        <location filename="../app/dialogs/briefdialog.cpp" line="+40"/>
        <location line="+94"/>
        <source>Export Brief</source>
        <translation>导出简报</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Event:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the event&apos;s symbols (or those of the events it links to)</source>
        <translation>事件的代码（或其关联事件的代码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated tickers, e.g. NVDA, AVGO</source>
        <translation>以逗号分隔的股票代码，例如 NVDA, AVGO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Symbols:</source>
        <translation>代码(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPY, else ^GSPC</source>
        <translation>SPY，否则 ^GSPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benchmark:</source>
        <translation>基准(&amp;B)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sessions</source>
        <translation>个交易日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study &amp;window:</source>
        <translation>研究窗口(&amp;W)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page (self-contained)</source>
        <translation>HTML 页面（自包含）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML 页面 (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file must end in .pdf or .html.</source>
        <translation>文件扩展名必须为 .pdf 或 .html。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window ends before it starts.</source>
        <translation>研究窗口的结束早于开始。</translation>
    </message>
</context>
<context>
    <name>tickerline::BriefExportController</name>
    <message>
        <location filename="../app/dialogs/briefexportcontroller.cpp" line="+32"/>
        <source>Cancelled: no brief was written.</source>
        <translation>已取消：未写入简报。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select an event first: a brief is written for one event.</source>
        <translation>请先选择一个事件：简报针对单个事件生成。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event “%1” is no longer in the database.</source>
        <translation>事件“%1”已不在数据库中。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brief of “%1” written to %2</source>
        <translation>已将“%1”的简报写入 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gathering the brief…</source>
        <translation>正在汇集简报…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the event, prices and quotes</source>
        <translation>正在读取事件、价格和引文</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartPanel</name>
    <message>
        <location filename="../app/charts/chartpanel.cpp" line="+43"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Market value</source>
        <translation>市值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share counts…</source>
        <translation>股本数…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candlesticks</source>
        <translation>K 线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event density</source>
        <translation>事件密度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart kind</source>
        <translation>图表类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbols</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact in market value (shares × change of the close) rather than in %; comparison as an index of 100 rather than in %</source>
        <translation>影响以市值变化（股数 × 收盘价变动）而非百分比表示；对比以 100 为基准的指数而非百分比表示</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copy the chart to the clipboard as an image (%1)</source>
        <translation>将图表作为图像复制到剪贴板（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shares outstanding of each symbol, behind the impact chart&apos;s market values</source>
        <translation>各代码的流通股数，用于影响图中的市值计算</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Select an event to see each symbol&apos;s move on its first session.</source>
        <translation>选择一个事件，查看各代码在其首个交易日的涨跌。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose symbols to compare.</source>
        <translation>请选择要对比的代码。</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Drawing the chart…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No chart to copy: %1</source>
        <translation>没有可复制的图表：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied the chart to the clipboard (%1 × %2 px)</source>
        <extracomment>The size of the image copied, in pixels: &quot;1200 × 700 px&quot;.</extracomment>
        <translation>已将图表复制到剪贴板（%1 × %2 像素）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not copy the chart: %1</source>
        <translation>无法复制图表：%1</translation>
    </message>
</context>
<context>
    <name>tickerline::ComparisonChart</name>
    <message>
        <location filename="../app/charts/comparisonchart.cpp" line="+28"/>
        <source>Session date</source>
        <translation>交易日</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Change since close %1 (%)</source>
        <translation>相对 %1 收盘价的变动 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index (100 = close %1)</source>
        <translation>指数（100 = %1 收盘价）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 around “%2”</source>
        <translation>“%2”前后的 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rebased</source>
        <translation>%1（重设基准）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each series rebased at its last close before the event&apos;s first session (%1), so the move of that session shows.</source>
        <translation>各序列以事件首个交易日（%1）之前的最后收盘价为基准，以显示该交易日的涨跌。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each series rebased at its first close in the range (%1).</source>
        <translation>各序列以区间内的首个收盘价（%1）为基准。</translation>
    </message>
</context>
<context>
    <name>tickerline::DensityChart</name>
    <message>
        <location filename="../app/charts/densitychart.cpp" line="+73"/>
        <source>Week (from Monday, UTC)</source>
        <translation>周（自周一起，UTC）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day (UTC)</source>
        <translation>日（UTC）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events per %1 by kind, %2 to %3</source>
        <translation>按类型统计的每%1事件数，%2 至 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 event, counted on the UTC date of its start.</source>
        <translation>1 个事件，按其开始时间的 UTC 日期计数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events, counted on the UTC date of their start.</source>
        <translation>%1 个事件，按其开始时间的 UTC 日期计数。</translation>
    </message>
</context>
<context>
    <name>tickerline::EventActions</name>
    <message>
        <location filename="../app/events/eventactions.cpp" line="+21"/>
        <source>&amp;New event…</source>
        <translation>新建事件(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an event (or double-click empty timeline space at its time)</source>
        <translation>添加事件（或在时间轴空白处双击该时间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit event…</source>
        <translation>编辑事件(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;uplicate event</source>
        <translation>复制事件(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete event</source>
        <translation>删除事件(&amp;D)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Added “%1”</source>
        <translation>已添加“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted the event; Undo (%1) brings it back</source>
        <translation>已删除该事件；撤销（%1）可将其恢复</translation>
    </message>
</context>
<context>
    <name>tickerline::EventDialog</name>
    <message>
        <location filename="../app/dialogs/eventdialog.cpp" line="+36"/>
        <source>responds to</source>
        <translation>回应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caused</source>
        <translation>导致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follows</source>
        <translation>继于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reports</source>
        <translation>报道</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove the selected row</source>
        <translation>移除所选行</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A date (2025-01-27, 2025-01, 2025) or a date and time in the event&apos;s zone (2025-01-27 18:29 or 2025-01-27 18:29:53); Z or ±HH:MM gives another offset</source>
        <translation>日期（2025-01-27、2025-01、2025），或事件所在时区的日期和时间（2025-01-27 18:29 或 2025-01-27 18:29:53）；Z 或 ±HH:MM 表示其他偏移</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: a moment, not a span</source>
        <translation>留空：时刻而非时段</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Uncertain</source>
        <translation>不确定(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time is reported, not known exactly: drawn as a hatched band</source>
        <translation>时间为报道所称，并不确切：以斜线带绘制</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actor</source>
        <translation>参与方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This event</source>
        <translation>本事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other event</source>
        <translation>另一事件</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actors:</source>
        <translation>参与方(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an actor</source>
        <translation>添加参与方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ymbols:</source>
        <translation>代码(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Links:</source>
        <translation>关联(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to another event</source>
        <translation>关联到另一事件</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New event</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Give the event a title.</source>
        <translation>请为事件填写标题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone: “%1” is not a time zone.</source>
        <translation>时区：“%1”不是时区。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start: %1.</source>
        <translation>开始：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End: %1.</source>
        <translation>结束：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End: before the start.</source>
        <translation>结束：早于开始。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Links: choose the other event of row %1, or remove the row.</source>
        <translation>关联：请为第 %1 行选择另一事件，或移除该行。</translation>
    </message>
</context>
<context>
    <name>tickerline::EventMarkerLayer</name>
    <message>
        <location filename="../app/charts/eventmarkerlayer.cpp" line="+68"/>
        <source>Events (first session)</source>
        <translation>事件（首个交易日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected event</source>
        <translation>所选事件</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>+ %1 more</source>
        <translation>另有 %1 个</translation>
    </message>
</context>
<context>
    <name>tickerline::EventTableModel</name>
    <message>
        <location filename="../core/models/eventtablemodel.cpp" line="+505"/>
        <source>%1 (uncertain time)</source>
        <translation>%1（时间不确定）</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour</source>
        <translation>时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute</source>
        <translation>分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Year precision: %1, day and time not known; sorted at the start of that year (UTC)</source>
        <translation>精确到年：%1，具体日期和时刻未知；按该年开始时（UTC）排序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month precision: %1, day and time not known; sorted at the start of that month (UTC)</source>
        <translation>精确到月：%1，具体日期和时刻未知；按该月开始时（UTC）排序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day precision: %1, time of day not known; sorted at the start of that day (UTC)</source>
        <translation>精确到日：%1，具体时刻未知；按当天开始时（UTC）排序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. The date is uncertain.</source>
        <translation>%1。日期不确定。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time (%1)</source>
        <translation>时间 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actors</source>
        <translation>参与方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbols</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>引文</translation>
    </message>
</context>
<context>
    <name>tickerline::EventsTable</name>
    <message>
        <location filename="../app/events/eventstable.cpp" line="+155"/>
        <source>No events yet. Add one with Events → New event (%1), or import a file with File → Import… or by dropping it on the window.</source>
        <translation>尚无事件。可通过“事件 → 新建事件”（%1）添加，或通过“文件 → 导入…”或将文件拖放到窗口上导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No event matches the filter “%1” in its title, actors or symbols. The search field (%2) also looks in summaries, sources and quotes.</source>
        <translation>没有事件的标题、参与方或代码与筛选“%1”匹配。搜索框（%2）还会查找摘要、来源和引文。</translation>
    </message>
</context>
<context>
    <name>tickerline::ExportDialog</name>
    <message>
        <location filename="../app/charts/exportdialog.cpp" line="+14"/>
        <source>Name the data&apos;s sources under the chart</source>
        <translation>在图表下方注明数据来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>192 dpi draws the chart at twice the detail: text keeps its size relative to the image.</source>
        <translation>192 dpi 以两倍精细度绘制图表：文字相对图像的大小保持不变。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
</context>
<context>
    <name>tickerline::FilterBar</name>
    <message>
        <location filename="../app/events/filterbar.cpp" line="+15"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show all kinds</source>
        <translation>显示所有类型</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show only some kinds of event</source>
        <translation>仅显示部分事件类型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter events by title, actor or symbol…</source>
        <translation>按标题、参与方或代码筛选事件…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 kinds</source>
        <translation>%1/%2 种类型</translation>
    </message>
</context>
<context>
    <name>tickerline::ImpactChart</name>
    <message>
        <location filename="../app/charts/impactchart.cpp" line="+74"/>
        <source>Close %1 vs close %2</source>
        <translation>%1 收盘价对比 %2 收盘价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change in market value, %1</source>
        <translation>市值变化，%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Symbol</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change of the close (%)</source>
        <translation>收盘价变动 (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change in market value (USD billions)</source>
        <translation>市值变化（十亿美元）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the session of %1</source>
        <translation>%1 交易日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1”: each symbol&apos;s move on %2</source>
        <translation>“%1”：各代码在 %2 的涨跌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(close %1 − close %2) ÷ close %2 over %3 symbols.</source>
        <translation>（%1 收盘价 − %2 收盘价）÷ %2 收盘价，共 %3 个代码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”: %2 of market value on %3</source>
        <translation>“%1”：%3 市值变化 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Σ shares × (close %1 − close %2) over %3 companies = %4; shares outstanding as stored with each symbol.</source>
        <translation>Σ 股数 × （%1 收盘价 − %2 收盘价），共 %3 家公司 = %4；流通股数取自各代码存储的数据。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No bar on that session: %1.</source>
        <translation>该交易日无行情数据：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No share count: %1.</source>
        <translation>无股数数据：%1。</translation>
    </message>
</context>
<context>
    <name>tickerline::ImportExportController</name>
    <message>
        <location filename="../app/dialogs/importexportcontroller.cpp" line="+68"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 files…</source>
        <translation>正在导入 %1 个文件…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickerline does not recognise %1 as any format it reads (%2).</source>
        <translation>Tickerline 无法将 %1 识别为它可读取的任何格式（%2）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tickerline cannot write the format “%1”.</source>
        <translation>Tickerline 无法写入格式“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the database</source>
        <translation>正在读取数据库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving %1</source>
        <translation>正在保存 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %1 events to %2 (%3)</source>
        <translation>已将 %1 个事件导出到 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Saving %Ln imported events…
They are on show meanwhile; editing waits until they are saved.</source>
        <translation>
            <numerusform>正在保存导入的 %Ln 个事件…
保存期间即可查看；保存完成后才能编辑。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+126"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：未做任何更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

未做任何更改。</translation>
    </message>
</context>
<context>
    <name>tickerline::InspectorPane</name>
    <message>
        <location filename="../app/inspector/inspectorpane.cpp" line="+58"/>
        <source>day precision</source>
        <translation>精确到日</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>$%1 B</source>
        <comment>US dollars in billions</comment>
        <translation>%1 十亿美元</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Select an event to inspect it.</source>
        <translation>选择一个事件以查看详情。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>uncertain</source>
        <translation>不确定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Actors</source>
        <translation>参与方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symbols</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Being saved with an import: its links and quotes show once it is saved.</source>
        <translation>正随导入一起保存：保存完成后显示其链接和引文。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this</source>
        <translation>本事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quotes</source>
        <translation>引文</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Total of %n companies</source>
        <translation>
            <numerusform>%n 家公司合计</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Market reaction</source>
        <translation>市场反应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First session reached: %1. Move = close against the previous session&apos;s close; value = shares outstanding × that change.</source>
        <translation>首个交易日：%1。涨跌 = 收盘价相对前一交易日收盘价的变动；市值 = 流通股数 × 该变动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abnormal = the move less %1&apos;s that session; CAR = the abnormal returns summed from the session before to five after (tickerline study shows each day).</source>
        <translation>超额收益 = 涨跌幅减去 %1 当日的涨跌幅；CAR = 从前一交易日到其后第五个交易日的超额收益之和（tickerline study 列出每一天）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Symbol</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>涨跌</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Market value</source>
        <translation>市值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abnormal</source>
        <translation>超额收益</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CAR −1…+5</source>
        <translation>CAR −1…+5</translation>
    </message>
</context>
<context>
    <name>tickerline::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+153"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Waiting for another Tickerline process to finish writing…</source>
        <translation>正在等待另一个 Tickerline 进程完成写入…</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+2"/>
        <source>%1 — Tickerline</source>
        <translation>%1 — Tickerline</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (read-only) — Tickerline</source>
        <translation>%1（只读）— Tickerline</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another Tickerline process changed the database; it is shown as it is now.</source>
        <translation>另一个 Tickerline 进程更改了数据库；现在显示的是其最新内容。</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Read-Only…</source>
        <translation>以只读方式打开(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a database without ever changing it</source>
        <translation>打开数据库，且绝不更改它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to Team Database…</source>
        <translation>连接团队数据库(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a PostgreSQL database that several analysts share</source>
        <translation>打开多位分析师共享的 PostgreSQL 数据库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import events, prices, quotes or whole datasets (or drop the files on the window)</source>
        <translation>导入事件、价格、引文或完整数据集（或将文件拖放到窗口上）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No brief written</source>
        <translation>未写入简报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;brief…</source>
        <translation>导出简报(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One PDF or HTML document of the selected event with its evidence</source>
        <translation>将所选事件及其佐证导出为一份 PDF 或 HTML 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace source text…</source>
        <translation>替换来源文本(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a source first: select an event or choose one from the list</source>
        <translation>请先打开来源：选择一个事件，或从列表中选择</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Quote → event…</source>
        <translation>引文 → 事件(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;vents</source>
        <translation>事件(&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Tickerline</source>
        <translation>关于 Tickerline(&amp;A)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Tickerline</source>
        <translation>Tickerline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An import is still being saved. Close the window and cancel it? Nothing of it would be saved.</source>
        <translation>导入仍在保存。要关闭窗口并取消导入吗？其内容将不会保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel Import and Close</source>
        <translation>取消导入并关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Importing</source>
        <translation>继续导入</translation>
    </message>
</context>
<context>
    <name>tickerline::PriceChart</name>
    <message>
        <location filename="../app/charts/pricechart.cpp" line="+75"/>
        <source>Session date</source>
        <translation>交易日</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 price (%2)</source>
        <translation>%1 价格 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 volume</source>
        <translation>%1 成交量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>成交量</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 daily candles</source>
        <translation>%1 日 K 线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 candles</source>
        <translation>%1 %2 K 线</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 close</source>
        <translation>%1 收盘价</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — daily prices</source>
        <translation>%1 — 日行情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 bars</source>
        <translation>%1 — %2 行情</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 on %2: %3 (close %4, previous %5)</source>
        <translation>%1，%2：%3（收盘 %4，前收 %5）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <extracomment>An event marker&apos;s tooltip: kind of event, then its time (&quot;Statement, 2025-01-20T08:32:19Z&quot;).</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (uncertain)</source>
        <translation>（不确定）</translation>
    </message>
</context>
<context>
    <name>tickerline::PriceColumnsDialog</name>
    <message>
        <location filename="../app/dialogs/pricecolumnsdialog.cpp" line="+36"/>
        <source>&amp;Date / time:</source>
        <translation>日期/时间(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open:</source>
        <translation>开盘(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;High:</source>
        <translation>最高(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Low:</source>
        <translation>最低(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clos&amp;e:</source>
        <translation>收盘(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Adjusted close:</source>
        <translation>调整后收盘(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Volume:</source>
        <translation>成交量(&amp;V)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>开盘价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>最高价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low</source>
        <translation>最低价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close</source>
        <translation>收盘价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adjusted close</source>
        <translation>调整后收盘价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>volume</source>
        <translation>成交量</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import prices</source>
        <translation>导入价格</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: Tickerline does not recognise the columns of this price file, and the file does not say which symbol it holds. Choose the columns and name the symbol.</source>
        <translation>%1：Tickerline 无法识别此价格文件的列，文件也未说明其所属代码。请选择各列并填写代码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: Tickerline does not recognise the columns of this price file. Choose which column holds what.</source>
        <translation>%1：Tickerline 无法识别此价格文件的列。请选择每一列的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file does not say which symbol its prices are for. Name the symbol.</source>
        <translation>%1：文件未说明这些价格属于哪个代码。请填写代码。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (column %2)</source>
        <translation>%1（第 %2 列）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. NVDA</source>
        <translation>例如 NVDA</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Symbol:</source>
        <translation>代码(&amp;S)：</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose the column that holds the date.</source>
        <translation>请选择包含日期的列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column that holds the close.</source>
        <translation>请选择包含收盘价的列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column “%1” is chosen for both the %2 and the %3.</source>
        <translation>列“%1”同时被选为%2和%3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the symbol (ticker) these prices are for.</source>
        <translation>请填写这些价格所属的代码（股票代码）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1, column “%2”: %3</source>
        <translation>第 %1 行，列“%2”：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reads as prices of %1 from %2.</source>
        <translation>可读取为 %1 自 %2 起的价格。</translation>
    </message>
</context>
<context>
    <name>tickerline::QuoteDialog</name>
    <message>
        <location filename="../app/sources/quotedialog.cpp" line="+64"/>
        <source>Quote → event</source>
        <translation>引文 → 事件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An existing event</source>
        <translation>已有事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new event</source>
        <translation>新事件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search events…</source>
        <translation>搜索事件…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No speaker</source>
        <translation>无发言人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Speaker:</source>
        <translation>发言人(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>tickerline::ReadOnlyBanner</name>
    <message>
        <location filename="../app/widgets/readonlybanner.cpp" line="+18"/>
        <source>It was opened read-only.</source>
        <translation>它是以只读方式打开的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot write to the file.</source>
        <translation>您无法写入该文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot write to its folder (or the disk is read-only).</source>
        <translation>您无法写入其所在的文件夹（或磁盘为只读）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It cannot be opened for writing.</source>
        <translation>无法以写入方式打开它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your database role may only read (%1).</source>
        <translation>您的数据库角色只能读取（%1）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This database is read-only: changes cannot be saved.</source>
        <translation>此数据库为只读：无法保存更改。</translation>
    </message>
</context>
<context>
    <name>tickerline::RecentDatabasesMenu</name>
    <message>
        <location filename="../app/widgets/recentdatabasesmenu.cpp" line="+14"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No other database opened yet</source>
        <translation>尚未打开其他数据库</translation>
    </message>
</context>
<context>
    <name>tickerline::SavedViewsMenu</name>
    <message>
        <location filename="../app/widgets/savedviewsmenu.cpp" line="+22"/>
        <source>Save view “%1”</source>
        <translation>保存视图“%1”</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete view “%1”</source>
        <translation>删除视图“%1”</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved &amp;views</source>
        <translation>已存视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save view…</source>
        <translation>保存视图(&amp;S)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete view</source>
        <translation>删除视图(&amp;D)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A view named “%1” exists. Replace it?</source>
        <translation>名为“%1”的视图已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>tickerline::SearchField</name>
    <message>
        <location filename="../app/search/searchfield.cpp" line="+31"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search events, sources and quotes (Ctrl+F)</source>
        <translation>搜索事件、来源和引文（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word must occur.
&quot;cut your expectations&quot;: these words, in this order
stargate or deepseek: either
nvidia -stargate: without stargate</source>
        <translation>每个词都必须出现。
&quot;cut your expectations&quot;：这些词，按此顺序
stargate or deepseek：任一
nvidia -stargate：不含 stargate</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Searching for “%1”…</source>
        <translation>正在搜索“%1”…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>“%1” has no word to look for: add one that is not excluded</source>
        <translation>“%1”中没有要查找的词：请添加一个未被排除的词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches “%1”</source>
        <translation>没有与“%1”匹配的结果</translation>
    </message>
</context>
<context>
    <name>tickerline::ShareCountsDialog</name>
    <message>
        <location filename="../app/charts/sharecountsdialog.cpp" line="+59"/>
        <source>Share counts</source>
        <translation>股本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares outstanding turn a session&apos;s move into market value in the impact chart. Leave a count empty when it is not known.</source>
        <translation>影响图用流通股数把一个交易日的涨跌换算成市值。数量未知时请留空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Symbol</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shares outstanding</source>
        <translation>流通股数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1, shares outstanding: &quot;%2&quot; is not a positive whole number</source>
        <translation>%1，流通股数：“%2”不是正整数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, as of: &quot;%2&quot; is not a date like 2025-01-27</source>
        <translation>%1，截至日期：“%2”不是形如 2025-01-27 的日期</translation>
    </message>
</context>
<context>
    <name>tickerline::SourceEditor</name>
    <message>
        <location filename="../app/sources/sourceeditor.cpp" line="+44"/>
        <source>Articles (%1);;All files (*)</source>
        <translation>文章 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use File → Import…</source>
        <translation>请使用“文件 → 导入…”</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+116"/>
        <source>No source &quot;%1&quot; in %2</source>
        <translation>%2 中没有来源“%1”</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Cannot add the quote</source>
        <translation>无法添加引文</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the words to quote first</source>
        <translation>请先选择要引用的文字</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quote added</source>
        <translation>已添加引文</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot link the quote</source>
        <translation>无法关联引文</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Link quote to event</source>
        <translation>将引文关联到事件</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot import the article</source>
        <translation>无法导入文章</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Imported %1 as a new source (%2 characters)</source>
        <translation>已将 %1 导入为新来源（%2 个字符）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import article</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+46"/>
        <source>Cannot replace the text</source>
        <translation>无法替换文本</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding the quotes in the new text…</source>
        <translation>正在新文本中查找引文…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Cancelled: the text was not replaced.</source>
        <translation>已取消：文本未被替换。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>New text of “%1”: %2 quotes in place, %3 moved, %4 approximate, %5 not found</source>
        <translation>“%1”的新文本：%2 条引文位置不变，%3 条已移动，%4 条近似匹配，%5 条未找到</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replacing the text of “%1”</source>
        <translation>正在替换“%1”的文本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace source text</source>
        <translation>替换来源文本</translation>
    </message>
</context>
<context>
    <name>tickerline::SourceListModel</name>
    <message>
        <location filename="../core/models/sourcelistmodel.cpp" line="+38"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>帖子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filing</source>
        <translation>监管文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (uncertain date)</source>
        <translation>%1（日期不确定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, by %2</source>
        <translation>%1，作者：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
</context>
<context>
    <name>tickerline::SourceListPanel</name>
    <message>
        <location filename="../app/sources/sourcelistpanel.cpp" line="+60"/>
        <source>Filter sources by outlet, title, author or date…</source>
        <translation>按媒体、标题、作者或日期筛选来源…</translation>
    </message>
</context>
<context>
    <name>tickerline::SourcePane</name>
    <message>
        <location filename="../app/sources/sourcepane.cpp" line="+60"/>
        <source>Open original</source>
        <translation>打开原文</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+192"/>
        <source>Quote → event…</source>
        <translation>引文 → 事件…</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Make the selected words a quote of an event</source>
        <translation>将所选文字设为某事件的引文</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace text…</source>
        <translation>替换文本…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace this source&apos;s text with a newer version of the article; its quotes are found again in it</source>
        <translation>用文章的新版本替换此来源的文本，并在新文本中重新定位其引文</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Select an event to read its source</source>
        <translation>选择一个事件以阅读其来源</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Select its event</source>
        <translation>选中其事件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link quote to another event…</source>
        <translation>将引文关联到其他事件…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove quote</source>
        <translation>删除引文</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Untitled source</source>
        <translation>无标题来源</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only http and https links are opened: %1</source>
        <translation>仅打开 http 和 https 链接：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>match %1 %</source>
        <translation>匹配度 %1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 quote could not be found in this text</source>
        <translation>有 1 条引文在此文本中未找到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 quotes could not be found in this text</source>
        <translation>有 %1 条引文在此文本中未找到</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 quote matched only approximately</source>
        <translation>有 1 条引文仅近似匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 quotes matched only approximately</source>
        <translation>有 %1 条引文仅近似匹配</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>Not linked to an event</source>
        <translation>未关联到事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approximate match (%1 %): the text has changed since it was quoted</source>
        <translation>近似匹配（%1 %）：引用后文本已更改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found again at a new place after the text changed</source>
        <translation>文本更改后已在新位置重新找到</translation>
    </message>
</context>
<context>
    <name>tickerline::SourceView</name>
    <message>
        <location filename="../app/sources/sourceview.cpp" line="+37"/>
        <location line="+262"/>
        <source>Select an event to read its source</source>
        <translation>选择一个事件以阅读其来源</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the open sources next to each other instead of as tabs</source>
        <translation>将打开的来源并排显示，而不是以标签页显示</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import article…</source>
        <translation>导入文章(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a text, Markdown or HTML article as a new source (or drop the file on the window)</source>
        <translation>将文本、Markdown 或 HTML 文章添加为新来源（或将文件拖放到窗口上）</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>No source quotes this event yet. Select words in a source and choose Quote → event to add one.</source>
        <translation>尚无来源引述此事件。在来源中选中文字，再选择“引文 → 事件”即可添加。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No source quotes this event yet</source>
        <translation>尚无来源引述此事件</translation>
    </message>
</context>
<context>
    <name>tickerline::StatusCounts</name>
    <message>
        <location filename="../app/widgets/statuscounts.cpp" line="+25"/>
        <source>Reading events…</source>
        <translation>正在读取事件…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 events shown</source>
        <translation>显示 %1/%2 个事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 event</source>
        <translation>1 个事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 source</source>
        <translation>1 个来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sources</source>
        <translation>%1 个来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 quote</source>
        <translation>1 条引文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 quotes</source>
        <translation>%1 条引文</translation>
    </message>
</context>
<context>
    <name>tickerline::TeamDatabaseDialog</name>
    <message>
        <location filename="../app/dialogs/teamdatabasedialog.cpp" line="+20"/>
        <source>Connect to team database</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;PostgreSQL database:</source>
        <translation>PostgreSQL 数据库(&amp;P):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A URI such as postgresql://user@host/dbname?sslmode=require, a key=value string such as &quot;host=db dbname=episodes&quot;, or service=NAME. Passwords come from ~/.pgpass or the service file; Tickerline never stores one. An empty database gets Tickerline&apos;s tables.</source>
        <translation>例如 postgresql://user@host/dbname?sslmode=require 这样的 URI、&quot;host=db dbname=episodes&quot; 这样的 key=value 字符串，或 service=NAME。密码来自 ~/.pgpass 或服务文件；Tickerline 从不保存密码。空数据库会建立 Tickerline 的表。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>tickerline::ThemeSetting</name>
    <message>
        <location filename="../app/style/themesetting.cpp" line="+95"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>tickerline::TickerChart</name>
    <message>
        <location filename="../app/charts/tickerchart.cpp" line="+123"/>
        <source>%1 and %2</source>
        <extracomment>The last two items of a list: &quot;NVDA, AVGO and QQQ&quot;.</extracomment>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>tickerline::TimelineArea</name>
    <message>
        <location filename="../app/timeline/timelinearea.cpp" line="+24"/>
        <source>Wheel: zoom around the cursor · drag: pan · ←/→: previous/next event · +/−: zoom · Home/End: first/last event · Enter: open the event&apos;s source</source>
        <translation>滚轮：以光标为中心缩放 · 拖动：平移 · ←/→：上一个/下一个事件 · +/−：缩放 · Home/End：第一个/最后一个事件 · Enter：打开事件来源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>参与方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New York (the market)</source>
        <translation>纽约（市场时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each event&apos;s own zone</source>
        <translation>各事件自身时区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer (%1)</source>
        <translation>本机（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lanes by</source>
        <translation>泳道依据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times in</source>
        <translation>时间显示</translation>
    </message>
</context>
<context>
    <name>tickerline::TimelinePainter</name>
    <message>
        <location filename="../app/timeline/timelinepainter.cpp" line="+41"/>
        <source>No actor</source>
        <translation>无参与者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No symbol</source>
        <translation>无代码</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>1 event</source>
        <translation>1 个事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No event matches the filters</source>
        <translation>没有事件与筛选条件匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the text filter or show all kinds to see every event.</source>
        <translation>清除文本筛选或显示所有类型以查看全部事件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events yet</source>
        <translation>尚无事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one with Events → New event, or import a file with File → Import…</source>
        <translation>可通过“事件 → 新建事件”添加，或通过“文件 → 导入…”导入文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events in view</source>
        <translation>视图中没有事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Home or End to jump to the first or last event, or zoom out with −.</source>
        <translation>按 Home 或 End 跳到第一个或最后一个事件，或按 − 缩小。</translation>
    </message>
    <message>
        <location line="+451"/>
        <source>Axis in UTC
times in each event&apos;s zone</source>
        <translation>坐标轴为 UTC
时间按各事件时区</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Times in %1</source>
        <translation>%1 时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times in %1
(%2)</source>
        <translation>%1 时间
(%2)</translation>
    </message>
</context>
<context>
    <name>tickerline::TimelineView</name>
    <message>
        <location filename="../app/timeline/timelineview.cpp" line="+40"/>
        <source>Scroll lanes</source>
        <translation>滚动泳道</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+241"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+242"/>
        <source>No event selected</source>
        <translation>未选择事件</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 (uncertain)</source>
        <translation>%1（不确定）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Timeline, selected: %1</source>
        <translation>时间线，已选择：%1</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>to the year</source>
        <translation>精确到年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the month</source>
        <translation>精确到月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the day</source>
        <translation>精确到日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the hour</source>
        <translation>精确到小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the minute</source>
        <translation>精确到分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to the second</source>
        <translation>精确到秒</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>uncertain</source>
        <translation>不确定</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 event</source>
        <translation>1 个事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to zoom in</source>
        <translation>点击放大</translation>
    </message>
</context>
<context>
    <name>tickerline::Workspace</name>
    <message>
        <location filename="../app/workspace.cpp" line="+427"/>
        <location line="+10"/>
        <source>The event “%1” is no longer in the database.</source>
        <translation>事件“%1”已不在数据库中。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>An import is being saved, and the database takes no other change until it is done. Nothing was changed; try again once the import is saved.</source>
        <translation>正在保存导入，完成前数据库不接受其他更改。未做任何更改；请在导入保存后重试。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1

Another program has changed the database since this edit; nothing was changed now.</source>
        <translation>%1

自此次编辑以来，另一个程序更改了数据库；此次未做任何更改。</translation>
    </message>
</context>
</TS>
