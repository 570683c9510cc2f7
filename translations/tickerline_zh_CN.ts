<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QuoteCommands</name>
    <message>
        <location filename="../app/sources/quotecommands.cpp" line="+46"/>
        <source>Quote for new event “%1”</source>
        <translation>为新事件“%1”添加引文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>添加引文</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove quote</source>
        <translation>删除引文</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link quote to event</source>
        <translation>将引文关联到事件</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import “%1”</source>
        <translation>导入“%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replace source text</source>
        <translation>替换来源文本</translation>
    </message>
</context>
<context>
    <name>tickerline</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+153"/>
        <source>Tickerline</source>
        <translation>Tickerline</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartPanel</name>
    <message>
        <location filename="../app/charts/chartpanel.cpp" line="+36"/>
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
        <source>Shares outstanding of each symbol, behind the impact chart&apos;s market values</source>
        <translation>各代码的流通股数，用于影响图中的市值计算</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Select an event to see each symbol&apos;s move on its first session.</source>
        <translation>选择一个事件，查看各代码在其首个交易日的涨跌。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose symbols to compare.</source>
        <translation>请选择要对比的代码。</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+7"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy chart</source>
        <translation>复制图表</translation>
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
        <location filename="../app/charts/densitychart.cpp" line="+60"/>
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
        <source>Events per week</source>
        <translation>每周事件数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events per day</source>
        <translation>每日事件数</translation>
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
    <name>tickerline::EventMarkerLayer</name>
    <message>
        <location filename="../app/charts/eventmarkerlayer.cpp" line="+65"/>
        <source>Events (first session)</source>
        <translation>事件（首个交易日）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected event</source>
        <translation>所选事件</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>+ %1 more</source>
        <translation>另有 %1 个</translation>
    </message>
</context>
<context>
    <name>tickerline::EventTableModel</name>
    <message>
        <location filename="../core/models/eventtablemodel.cpp" line="+255"/>
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
        <location line="+3"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (uncertain time)</source>
        <translation>%1（时间不确定）</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+39"/>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (%1)</source>
        <translation>时间 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>tickerline::InspectorPane</name>
    <message>
        <location filename="../app/inspectorpane.cpp" line="+42"/>
        <source>day precision</source>
        <translation>精确到日</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Select an event to inspect it.</source>
        <translation>选择一个事件以查看详情。</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+10"/>
        <source>Actors</source>
        <translation>参与方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symbols</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+51"/>
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
        <location line="+5"/>
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
        <location filename="../app/mainwindow.cpp" line="+83"/>
        <source>Tickerline — %1</source>
        <translation>Tickerline — %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Quotes</source>
        <translation>引文</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No events yet — import a Tickerline JSON file with &lt;code&gt;tickerline import FILE&lt;/code&gt;</source>
        <translation>暂无事件 — 请用 &lt;code&gt;tickerline import FILE&lt;/code&gt; 导入 Tickerline JSON 文件</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+381"/>
        <source>Select an event to read its source</source>
        <translation>选择一个事件以阅读其来源</translation>
    </message>
    <message>
        <location line="-350"/>
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
        <location line="+2"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a text, Markdown or HTML article as a new source (or drop the file on the window)</source>
        <translation>将文本、Markdown 或 HTML 文章添加为新来源（或将文件拖放到窗口上）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+18"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 kinds</source>
        <translation>%1/%2 种类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace source text…</source>
        <translation>替换来源文本(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a source first: select an event or choose one from the list</source>
        <translation>请先打开来源：选择一个事件，或从列表中选择</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+7"/>
        <source>&amp;Quote → event…</source>
        <translation>引文 → 事件(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Tickerline</source>
        <translation>关于 Tickerline(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Tickerline</source>
        <translation>关于 Tickerline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Tickerline %1&lt;/h3&gt;&lt;p&gt;Events, prices and sources of technology-market episodes: a timeline of what happened, the market&apos;s reaction beside it, and the exact words that document it.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tickerline %1&lt;/h3&gt;&lt;p&gt;科技市场事件的事件、价格与来源：呈现事件经过的时间线、与之并列的市场反应，以及记录事件的原文引述。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 of %2 events shown</source>
        <translation>显示 %1/%2 个事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 event</source>
        <translation>1 个事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <message>
        <location line="+77"/>
        <source>No source quotes this event yet</source>
        <translation>尚无来源引述此事件</translation>
    </message>
</context>
<context>
    <name>tickerline::PriceChart</name>
    <message>
        <location filename="../app/charts/pricechart.cpp" line="+64"/>
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
        <location line="+16"/>
        <source>%1 daily candles</source>
        <translation>%1 日 K 线</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 close</source>
        <translation>%1 收盘价</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>%1 — daily prices</source>
        <translation>%1 — 日行情</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 on %2: %3 (close %4, previous %5)</source>
        <translation>%1，%2：%3（收盘 %4，前收 %5）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (uncertain)</source>
        <translation>（不确定）</translation>
    </message>
</context>
<context>
    <name>tickerline::QuoteDialog</name>
    <message>
        <location filename="../app/sources/quotedialog.cpp" line="+35"/>
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
        <location line="+1"/>
        <source>Second</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quote → event</source>
        <translation>引文 → 事件</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+20"/>
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
        <location filename="../app/sources/sourceeditor.cpp" line="+32"/>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>文章 (*.txt *.md *.markdown *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Made in Tickerline</source>
        <translation>在 Tickerline 中创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes and events made in the Tickerline window</source>
        <translation>在 Tickerline 窗口中创建的引文和事件</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+134"/>
        <source>No source &quot;%1&quot; in %2</source>
        <translation>%2 中没有来源“%1”</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+5"/>
        <source>Cannot add the quote</source>
        <translation>无法添加引文</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the words to quote first</source>
        <translation>请先选择要引用的文字</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quote added</source>
        <translation>已添加引文</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Cannot link the quote</source>
        <translation>无法关联引文</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Link quote to event</source>
        <translation>将引文关联到事件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove the quote</source>
        <translation>无法删除引文</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <source>Cannot import the article</source>
        <translation>无法导入文章</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Imported %1 as a new source (%2 characters)</source>
        <translation>已将 %1 导入为新来源（%2 个字符）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import article</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+16"/>
        <source>Cannot replace the text</source>
        <translation>无法替换文本</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>New text of “%1”: %2 quotes in place, %3 moved, %4 approximate, %5 not found</source>
        <translation>“%1”的新文本：%2 条引文位置不变，%3 条已移动，%4 条近似匹配，%5 条未找到</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../app/sourcepane.cpp" line="+80"/>
        <source>Open original</source>
        <translation>打开原文</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+182"/>
        <source>Quote → event…</source>
        <translation>引文 → 事件…</translation>
    </message>
    <message>
        <location line="-181"/>
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
        <location line="+89"/>
        <source>Select an event to read its source</source>
        <translation>选择一个事件以阅读其来源</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Select its event</source>
        <translation>选中其事件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link quote to another event…</source>
        <translation>将引文关联到其他事件…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove quote</source>
        <translation>删除引文</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+5"/>
        <source>1 quote matched only approximately</source>
        <translation>有 1 条引文仅近似匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 quotes matched only approximately</source>
        <translation>有 %1 条引文仅近似匹配</translation>
    </message>
    <message>
        <location line="+200"/>
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
    <name>tickerline::TickerChart</name>
    <message>
        <location filename="../app/charts/tickerchart.cpp" line="+102"/>
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
        <location filename="../app/timelinearea.cpp" line="+24"/>
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
        <location filename="../app/timeline/timelinepainter.cpp" line="+37"/>
        <source>No actor</source>
        <translation>无参与者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No symbol</source>
        <translation>无代码</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>1 event</source>
        <translation>1 个事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No events loaded</source>
        <translation>尚未载入事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No events in view</source>
        <translation>视图中没有事件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a dataset to see its events here.</source>
        <translation>导入数据集后，其事件会显示在这里。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Home or End to jump to the first or last event, or zoom out with −.</source>
        <translation>按 Home 或 End 跳到第一个或最后一个事件，或按 − 缩小。</translation>
    </message>
    <message>
        <location line="+424"/>
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
        <location filename="../app/timeline/timelineview.cpp" line="+38"/>
        <source>Scroll lanes</source>
        <translation>滚动泳道</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+230"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="-229"/>
        <location line="+231"/>
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
        <location line="+204"/>
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
        <location line="+14"/>
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
</TS>
