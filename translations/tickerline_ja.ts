<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Application</name>
    <message>
        <location filename="../app/application.cpp" line="+42"/>
        <source>Tickerline databases (*.tickerline *.db);;All files (*)</source>
        <translation>Tickerline データベース (*.tickerline *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+91"/>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+11"/>
        <source>New database</source>
        <translation>新規データベース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Open it instead?</source>
        <translation>%1 は既に存在します。代わりに開きますか？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open database read-only</source>
        <translation>データベースを読み取り専用で開く</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is no longer there.</source>
        <translation>%1 はもう存在しません。</translation>
    </message>
</context>
<context>
    <name>BriefHtml</name>
    <message>
        <location filename="../app/brief/briefhtml.cpp" line="+156"/>
        <source>Event brief</source>
        <translation>イベント概要書</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actors</source>
        <translation>当事者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none named</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the event&apos;s own zone</source>
        <translation>イベント自身のタイムゾーン</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>uncertain (~)</source>
        <translation>不確か (~)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the event came before the open</source>
        <translation>イベントは寄り付き前に発生</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the event came during the session</source>
        <translation>イベントは取引時間中に発生</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the event came after the close</source>
        <translation>イベントは大引け後に発生</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the market was closed on the event&apos;s day (%1)</source>
        <translation>イベント当日は休場（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the session of the event&apos;s day</source>
        <translation>イベント当日の取引日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First session</source>
        <translation>最初の取引日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2–%3 New York%4: %5</source>
        <translation>%1、%2–%3 ニューヨーク時間%4：%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (early close)</source>
        <translation> (短縮取引)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prices around the event</source>
        <translation>イベント前後の価格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices around “%1”</source>
        <translation>「%1」前後の価格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Market reaction on %1</source>
        <translation>%1 の市場の反応</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No symbol.</source>
        <translation>銘柄がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move = the session&apos;s close against the previous session&apos;s close; market value = shares outstanding (as stored with each symbol) × that change.</source>
        <translation>騰落率 = 前取引日の終値に対するその取引日の終値の変化、時価総額 = 発行済株式数（各銘柄に保存されている値）× その変化。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Total of %1 companies</source>
        <translation>%1 社の合計</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Symbol</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Previous close</source>
        <translation>前日終値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>終値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>騰落率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shares outstanding</source>
        <translation>発行済株式数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Market value</source>
        <translation>時価総額</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Derivation:</source>
        <translation>算出過程：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bar on or after that session: %1.</source>
        <translation>その取引日以降の足がありません：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event study</source>
        <translation>イベントスタディ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neither SPY nor ^GSPC is in the database: no benchmark to measure against.</source>
        <translation>SPY も ^GSPC もデータベースにありません：比較するベンチマークがありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Abnormal return = the symbol&apos;s return less %1&apos;s on the same session (market-adjusted model), close to close; CAR = their sum over the window; t = CAR ÷ its standard deviation, estimated from the returns before the window. The same figures as tickerline study.</source>
        <translation>超過リターン = 銘柄のリターンから同じ取引日の %1 のリターンを差し引いたもの（市場調整モデル、終値ベース）。CAR = ウィンドウ全体での超過リターンの合計。t = CAR ÷ その標準偏差（ウィンドウより前のリターンから推定）。tickerline study と同じ数値です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No symbol could be studied.</source>
        <translation>分析できた銘柄はありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CAR</source>
        <translation>CAR</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abnormal returns by session against %1, window %2 to %3 (first session %4); estimated from %5 returns, %6 – %7.</source>
        <translation>%1 に対する取引日ごとの超過リターン、ウィンドウ %2～%3（最初の取引日 %4）。推定には %5 個のリターン（%6 – %7）を使用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not studied: %1</source>
        <translation>分析対象外：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quotes (%1)</source>
        <translation>引用（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No quote documents this event.</source>
        <translation>このイベントを裏付ける引用はありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>speaker not named</source>
        <translation>発言者の記載なし</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>anchor %1, characters %2–%3</source>
        <translation>アンカー %1、%2–%3 文字目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Linked events</source>
        <translation>関連イベント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No event is linked to this one.</source>
        <translation>このイベントに関連付けられたイベントはありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this event responds to, follows or reports</source>
        <translation>このイベントが応答する・続く・報じるイベント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The events that respond to it, follow or report it</source>
        <translation>このイベントに応答する・続く・報じるイベント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this event</source>
        <translation>このイベント</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>origin: %1</source>
        <translation>出所：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licence: %1</source>
        <translation>ライセンス：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported %1</source>
        <translation>%1 にインポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No dataset is recorded for these rows.</source>
        <translation>これらの行のデータセットは記録されていません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Event brief: %1</source>
        <translation>イベント概要書：%1</translation>
    </message>
</context>
<context>
    <name>BriefPdf</name>
    <message>
        <location filename="../app/brief/briefpdf.cpp" line="+40"/>
        <source>Event brief: %1</source>
        <translation>イベント概要書：%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>EventBrief</name>
    <message>
        <location filename="../app/brief/briefchart.cpp" line="+30"/>
        <source>No symbol to chart.</source>
        <translation>チャートにする銘柄がありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chart shows the first %1 of %2 symbols.</source>
        <translation>チャートには %2 銘柄のうち最初の %1 銘柄を表示しています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No chart: %1.</source>
        <translation>チャートなし：%1。</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <location filename="../app/eventcommands.cpp" line="+22"/>
        <source>New event “%1”</source>
        <translation>新規イベント「%1」</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit event “%1”</source>
        <translation>イベント「%1」の編集</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete event “%1”</source>
        <translation>イベント「%1」の削除</translation>
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
        <translation>発表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation>市場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>取引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/application.cpp" line="+9"/>
        <source>About Tickerline</source>
        <translation>Tickerline について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Tickerline %1&lt;/h3&gt;&lt;p&gt;Events, prices and sources of technology-market episodes: a timeline of what happened, the market&apos;s reaction beside it, and the exact words that document it.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tickerline %1&lt;/h3&gt;&lt;p&gt;テクノロジー市場のエピソードのイベント、価格、出典：何が起きたかのタイムライン、その横に市場の反応、そしてそれを裏付ける正確な言葉。&lt;/p&gt;&lt;p&gt;GNU General Public License バージョン 3 またはそれ以降のバージョンの下でライセンスされています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QuoteCommands</name>
    <message>
        <location filename="../app/sources/quotecommands.cpp" line="+60"/>
        <source>Quote for new event “%1”</source>
        <translation>新規イベント「%1」の引用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove quote</source>
        <translation>引用を削除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link quote to event</source>
        <translation>引用をイベントに関連付け</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import “%1”</source>
        <translation>「%1」のインポート</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Replace source text</source>
        <translation>出典テキストの置換</translation>
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
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickerline</source>
        <translation>Tickerline</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
</context>
<context>
    <name>tickerline::BriefDialog</name>
    <message>
        <location filename="../app/dialogs/briefdialog.cpp" line="+40"/>
        <location line="+94"/>
        <source>Export Brief</source>
        <translation>概要書のエクスポート</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Event:</source>
        <translation>イベント：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the event&apos;s symbols (or those of the events it links to)</source>
        <translation>イベントの銘柄（または関連イベントの銘柄）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated tickers, e.g. NVDA, AVGO</source>
        <translation>カンマ区切りのティッカー（例：NVDA, AVGO）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Symbols:</source>
        <translation>銘柄(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPY, else ^GSPC</source>
        <translation>SPY、なければ ^GSPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benchmark:</source>
        <translation>ベンチマーク(&amp;B)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sessions</source>
        <translation>取引日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study &amp;window:</source>
        <translation>分析ウィンドウ(&amp;W)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page (self-contained)</source>
        <translation>HTML ページ（単一ファイル）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ile:</source>
        <translation>ファイル(&amp;I)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML ページ (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a file to write.</source>
        <translation>書き込むファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file must end in .pdf or .html.</source>
        <translation>ファイル名は .pdf または .html で終わる必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window ends before it starts.</source>
        <translation>ウィンドウの終了が開始より前です。</translation>
    </message>
</context>
<context>
    <name>tickerline::BriefExportController</name>
    <message>
        <location filename="../app/dialogs/briefexportcontroller.cpp" line="+32"/>
        <source>Cancelled: no brief was written.</source>
        <translation>キャンセルしました：概要書は書き込まれていません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select an event first: a brief is written for one event.</source>
        <translation>先にイベントを選択してください：概要書は 1 つのイベントについて作成されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event “%1” is no longer in the database.</source>
        <translation>イベント「%1」はもうデータベースにありません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Writing %1…</source>
        <translation>%1 を書き込み中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing %1</source>
        <translation>%1 を書き込み中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brief of “%1” written to %2</source>
        <translation>「%1」の概要書を %2 に書き込みました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gathering the brief…</source>
        <translation>概要書の内容を収集中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the event, prices and quotes</source>
        <translation>イベント、価格、引用を読み込み中</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartPanel</name>
    <message>
        <location filename="../app/charts/chartpanel.cpp" line="+43"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Market value</source>
        <translation>時価総額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share counts…</source>
        <translation>株式数…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candlesticks</source>
        <translation>ローソク足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event density</source>
        <translation>イベント密度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart kind</source>
        <translation>チャートの種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbols</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact in market value (shares × change of the close) rather than in %; comparison as an index of 100 rather than in %</source>
        <translation>影響を % ではなく時価総額（株式数 × 終値の変化）で、比較を % ではなく 100 を基準とする指数で表示</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copy the chart to the clipboard as an image (%1)</source>
        <translation>チャートを画像としてクリップボードにコピー（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shares outstanding of each symbol, behind the impact chart&apos;s market values</source>
        <translation>各銘柄の発行済株式数（影響チャートの時価総額の基になります）</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Select an event to see each symbol&apos;s move on its first session.</source>
        <translation>イベントを選択すると、最初の取引日における各銘柄の値動きが表示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose symbols to compare.</source>
        <translation>比較する銘柄を選択してください。</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Export chart</source>
        <translation>チャートのエクスポート</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 画像 (*.png);;SVG 図形 (*.svg);;PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Drawing the chart…</source>
        <translation>チャートを描画中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: nothing was written.</source>
        <translation>キャンセルしました：何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing %1…</source>
        <translation>%1 を書き込み中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No chart to copy: %1</source>
        <translation>コピーするチャートがありません：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied the chart to the clipboard (%1 × %2 px)</source>
        <extracomment>The size of the image copied, in pixels: &quot;1200 × 700 px&quot;.</extracomment>
        <translation>チャートをクリップボードにコピーしました（%1 × %2 px）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not copy the chart: %1</source>
        <translation>チャートをコピーできませんでした：%1</translation>
    </message>
</context>
<context>
    <name>tickerline::ComparisonChart</name>
    <message>
        <location filename="../app/charts/comparisonchart.cpp" line="+28"/>
        <source>Session date</source>
        <translation>取引日</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Change since close %1 (%)</source>
        <translation>終値 %1 からの変化 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index (100 = close %1)</source>
        <translation>指数（100 = 終値 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 around “%2”</source>
        <translation>「%2」前後の %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rebased</source>
        <translation>%1（基準化）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each series rebased at its last close before the event&apos;s first session (%1), so the move of that session shows.</source>
        <translation>各系列はイベントの最初の取引日（%1）より前の最後の終値を基準にしているため、その取引日の値動きがわかります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each series rebased at its first close in the range (%1).</source>
        <translation>各系列は期間内の最初の終値（%1）を基準にしています。</translation>
    </message>
</context>
<context>
    <name>tickerline::DensityChart</name>
    <message>
        <location filename="../app/charts/densitychart.cpp" line="+73"/>
        <source>Week (from Monday, UTC)</source>
        <translation>週（月曜始まり、UTC）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day (UTC)</source>
        <translation>日（UTC）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events per %1 by kind, %2 to %3</source>
        <translation>種類別の%1あたりのイベント数、%2～%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>週</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 event, counted on the UTC date of its start.</source>
        <translation>1 件のイベント（開始の UTC 日付で集計）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events, counted on the UTC date of their start.</source>
        <translation>%1 件のイベント（開始の UTC 日付で集計）。</translation>
    </message>
</context>
<context>
    <name>tickerline::EventActions</name>
    <message>
        <location filename="../app/events/eventactions.cpp" line="+21"/>
        <source>&amp;New event…</source>
        <translation>新規イベント(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an event (or double-click empty timeline space at its time)</source>
        <translation>イベントを追加（またはタイムラインの空き部分の該当時刻をダブルクリック）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit event…</source>
        <translation>イベントの編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;uplicate event</source>
        <translation>イベントの複製(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete event</source>
        <translation>イベントの削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Added “%1”</source>
        <translation>「%1」を追加しました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted the event; Undo (%1) brings it back</source>
        <translation>イベントを削除しました。元に戻す（%1）で復元できます</translation>
    </message>
</context>
<context>
    <name>tickerline::EventDialog</name>
    <message>
        <location filename="../app/dialogs/eventdialog.cpp" line="+36"/>
        <source>responds to</source>
        <translation>に応答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caused</source>
        <translation>の原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follows</source>
        <translation>に続く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reports</source>
        <translation>を報じる</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove the selected row</source>
        <translation>選択した行を削除</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>What happened</source>
        <translation>何が起きたか</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A date (2025-01-27, 2025-01, 2025) or a date and time in the event&apos;s zone (2025-01-27 18:29 or 2025-01-27 18:29:53); Z or ±HH:MM gives another offset</source>
        <translation>日付（2025-01-27、2025-01、2025）、またはイベントのタイムゾーンでの日付と時刻（2025-01-27 18:29 または 2025-01-27 18:29:53）。Z または ±HH:MM で別のオフセットを指定します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: a moment, not a span</source>
        <translation>空欄：期間ではなく一時点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Uncertain</source>
        <translation>不確か(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time is reported, not known exactly: drawn as a hatched band</source>
        <translation>時刻は報告されたもので正確には不明：斜線の帯で描画されます</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actor</source>
        <translation>当事者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This event</source>
        <translation>このイベント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other event</source>
        <translation>他のイベント</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>開始(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>終了(&amp;E)：</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Zone:</source>
        <translation>タイムゾーン(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actors:</source>
        <translation>当事者(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an actor</source>
        <translation>当事者を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ymbols:</source>
        <translation>銘柄(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary:</source>
        <translation>概要(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Links:</source>
        <translation>関連(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to another event</source>
        <translation>他のイベントに関連付け</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New event</source>
        <translation>新規イベント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit event</source>
        <translation>イベントの編集</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Give the event a title.</source>
        <translation>イベントにタイトルを付けてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone: “%1” is not a time zone.</source>
        <translation>タイムゾーン：「%1」はタイムゾーンではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start: %1.</source>
        <translation>開始：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End: %1.</source>
        <translation>終了：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End: before the start.</source>
        <translation>終了：開始より前です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Links: choose the other event of row %1, or remove the row.</source>
        <translation>関連：%1 行目の相手のイベントを選択するか、その行を削除してください。</translation>
    </message>
</context>
<context>
    <name>tickerline::EventMarkerLayer</name>
    <message>
        <location filename="../app/charts/eventmarkerlayer.cpp" line="+68"/>
        <source>Events (first session)</source>
        <translation>イベント（最初の取引日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected event</source>
        <translation>選択したイベント</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>+ %1 more</source>
        <translation>+ ほか %1 件</translation>
    </message>
</context>
<context>
    <name>tickerline::EventTableModel</name>
    <message>
        <location filename="../core/models/eventtablemodel.cpp" line="+505"/>
        <source>%1 (uncertain time)</source>
        <translation>%1（時刻不確か）</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
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
        <translation>時</translation>
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
        <translation>年単位の精度：%1。日と時刻は不明で、その年の初め（UTC）で並べ替えられます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month precision: %1, day and time not known; sorted at the start of that month (UTC)</source>
        <translation>月単位の精度：%1。日と時刻は不明で、その月の初め（UTC）で並べ替えられます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day precision: %1, time of day not known; sorted at the start of that day (UTC)</source>
        <translation>日単位の精度：%1。時刻は不明で、その日の初め（UTC）で並べ替えられます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. The date is uncertain.</source>
        <translation>%1。日付は不確かです。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Time (UTC)</source>
        <translation>時刻（UTC）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time (%1)</source>
        <translation>時刻（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actors</source>
        <translation>当事者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbols</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>引用</translation>
    </message>
</context>
<context>
    <name>tickerline::EventsTable</name>
    <message>
        <location filename="../app/events/eventstable.cpp" line="+155"/>
        <source>No events yet. Add one with Events → New event (%1), or import a file with File → Import… or by dropping it on the window.</source>
        <translation>イベントはまだありません。イベント → 新規イベント（%1）で追加するか、ファイル → インポート… またはウィンドウへのドロップでファイルをインポートしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No event matches the filter “%1” in its title, actors or symbols. The search field (%2) also looks in summaries, sources and quotes.</source>
        <translation>タイトル、当事者、銘柄がフィルター「%1」に一致するイベントはありません。検索フィールド（%2）は概要、出典、引用も検索します。</translation>
    </message>
</context>
<context>
    <name>tickerline::ExportDialog</name>
    <message>
        <location filename="../app/charts/exportdialog.cpp" line="+14"/>
        <source>Name the data&apos;s sources under the chart</source>
        <translation>チャートの下にデータの出典を表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export chart</source>
        <translation>チャートのエクスポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>192 dpi draws the chart at twice the detail: text keeps its size relative to the image.</source>
        <translation>192 dpi ではチャートを 2 倍の精細さで描画します。文字の大きさは画像に対して同じ比率のままです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Width:</source>
        <translation>幅：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>高さ：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation>解像度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>テーマ：</translation>
    </message>
</context>
<context>
    <name>tickerline::FilterBar</name>
    <message>
        <location filename="../app/events/filterbar.cpp" line="+15"/>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show all kinds</source>
        <translation>すべての種類を表示</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show only some kinds of event</source>
        <translation>一部の種類のイベントのみ表示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter events by title, actor or symbol…</source>
        <translation>タイトル、当事者、銘柄でイベントを絞り込み…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Search…</source>
        <translation>検索(&amp;S)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 kinds</source>
        <translation>%2 種類中 %1 種類</translation>
    </message>
</context>
<context>
    <name>tickerline::ImpactChart</name>
    <message>
        <location filename="../app/charts/impactchart.cpp" line="+74"/>
        <source>Close %1 vs close %2</source>
        <translation>終値 %1 対 終値 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change in market value, %1</source>
        <translation>時価総額の変化、%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Symbol</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change of the close (%)</source>
        <translation>終値の変化 (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change in market value (USD billions)</source>
        <translation>時価総額の変化（10 億 USD）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the session of %1</source>
        <translation>%1 の取引日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1”: each symbol&apos;s move on %2</source>
        <translation>「%1」：%2 における各銘柄の値動き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(close %1 − close %2) ÷ close %2 over %3 symbols.</source>
        <translation>（終値 %1 − 終値 %2）÷ 終値 %2、%3 銘柄。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”: %2 of market value on %3</source>
        <translation>「%1」：%3 における時価総額 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Σ shares × (close %1 − close %2) over %3 companies = %4; shares outstanding as stored with each symbol.</source>
        <translation>Σ 株式数 ×（終値 %1 − 終値 %2）、%3 社 = %4。発行済株式数は各銘柄に保存されている値です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No bar on that session: %1.</source>
        <translation>その取引日の足がありません：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No share count: %1.</source>
        <translation>株式数がありません：%1。</translation>
    </message>
</context>
<context>
    <name>tickerline::ImportExportController</name>
    <message>
        <location filename="../app/dialogs/importexportcontroller.cpp" line="+68"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Importing %1…</source>
        <translation>%1 をインポート中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 files…</source>
        <translation>%1 個のファイルをインポート中…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not imported</source>
        <translation>インポートされませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickerline does not recognise %1 as any format it reads (%2).</source>
        <translation>Tickerline は %1 を読み取り可能な形式（%2）のいずれとしても認識できません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tickerline cannot write the format “%1”.</source>
        <translation>Tickerline は形式「%1」を書き出せません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting to %1…</source>
        <translation>%1 へエクスポート中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the database</source>
        <translation>データベースを読み込み中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing %1</source>
        <translation>%1 を書き込み中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving %1</source>
        <translation>%1 を保存中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %1 events to %2 (%3)</source>
        <translation>%1 件のイベントを %2 にエクスポートしました（%3）</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Saving %Ln imported events…
They are on show meanwhile; editing waits until they are saved.</source>
        <translation>
            <numerusform>インポートした %Ln 件のイベントを保存しています…
保存中も表示されます。編集は保存が終わるまでお待ちください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+126"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>キャンセルしました：何も変更されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>tickerline::InspectorPane</name>
    <message>
        <location filename="../app/inspector/inspectorpane.cpp" line="+58"/>
        <source>day precision</source>
        <translation>日単位の精度</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>$%1 B</source>
        <comment>US dollars in billions</comment>
        <translation>$%1 B</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Select an event to inspect it.</source>
        <translation>イベントを選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>uncertain</source>
        <translation>不確か</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Actors</source>
        <translation>当事者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symbols</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Being saved with an import: its links and quotes show once it is saved.</source>
        <translation>インポートとともに保存中です。リンクと引用は保存が終わると表示されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this</source>
        <translation>このイベント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Links</source>
        <translation>関連</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quotes</source>
        <translation>引用</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Total of %n companies</source>
        <translation>
            <numerusform>%n 社の合計</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Market reaction</source>
        <translation>市場の反応</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First session reached: %1. Move = close against the previous session&apos;s close; value = shares outstanding × that change.</source>
        <translation>到達した最初の取引日：%1。騰落率 = 前取引日の終値に対する終値の変化、時価総額 = 発行済株式数 × その変化。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abnormal = the move less %1&apos;s that session; CAR = the abnormal returns summed from the session before to five after (tickerline study shows each day).</source>
        <translation>超過リターン = 値動きから同じ取引日の %1 の値動きを差し引いたもの。CAR = 前の取引日から 5 取引日後までの超過リターンの合計（tickerline study で日ごとに表示）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Symbol</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>騰落率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Market value</source>
        <translation>時価総額</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abnormal</source>
        <translation>超過リターン</translation>
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
        <translation>チャート</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Waiting for another Tickerline process to finish writing…</source>
        <translation>別の Tickerline プロセスの書き込み完了を待っています…</translation>
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
        <translation>インポートされませんでした</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (read-only) — Tickerline</source>
        <translation>%1（読み取り専用）— Tickerline</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not changed</source>
        <translation>変更されませんでした</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another Tickerline process changed the database; it is shown as it is now.</source>
        <translation>別の Tickerline プロセスがデータベースを変更しました。現在の内容を表示しています。</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New database…</source>
        <translation>新規データベース(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Read-Only…</source>
        <translation>読み取り専用で開く(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a database without ever changing it</source>
        <translation>データベースを一切変更せずに開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to Team Database…</source>
        <translation>チームデータベースに接続(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a PostgreSQL database that several analysts share</source>
        <translation>複数のアナリストが共有する PostgreSQL データベースを開きます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import events, prices, quotes or whole datasets (or drop the files on the window)</source>
        <translation>イベント、価格、引用、またはデータセット全体をインポート（またはファイルをウィンドウにドロップ）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No brief written</source>
        <translation>概要書は書き込まれませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;brief…</source>
        <translation>概要書のエクスポート(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One PDF or HTML document of the selected event with its evidence</source>
        <translation>選択したイベントとその裏付けをまとめた 1 つの PDF または HTML 文書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace source text…</source>
        <translation>出典テキストの置換(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a source first: select an event or choose one from the list</source>
        <translation>先に出典を開いてください：イベントを選択するか、一覧から選びます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Quote → event…</source>
        <translation>引用 → イベント(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;vents</source>
        <translation>イベント(&amp;N)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Tickerline</source>
        <translation>Tickerline について(&amp;A)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Tickerline</source>
        <translation>Tickerline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An import is still being saved. Close the window and cancel it? Nothing of it would be saved.</source>
        <translation>インポートをまだ保存しています。ウィンドウを閉じてインポートを取り消しますか？ その内容は何も保存されません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel Import and Close</source>
        <translation>インポートを取り消して閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Importing</source>
        <translation>インポートを続ける</translation>
    </message>
</context>
<context>
    <name>tickerline::PriceChart</name>
    <message>
        <location filename="../app/charts/pricechart.cpp" line="+75"/>
        <source>Session date</source>
        <translation>取引日</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 price (%2)</source>
        <translation>%1 価格（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 volume</source>
        <translation>%1 出来高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>出来高</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 daily candles</source>
        <translation>%1 日足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 candles</source>
        <translation>%1 %2足</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 close</source>
        <translation>%1 終値</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — daily prices</source>
        <translation>%1 — 日次価格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 bars</source>
        <translation>%1 — %2足</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 on %2: %3 (close %4, previous %5)</source>
        <translation>%2 の %1：%3（終値 %4、前日 %5）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <extracomment>An event marker&apos;s tooltip: kind of event, then its time (&quot;Statement, 2025-01-20T08:32:19Z&quot;).</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (uncertain)</source>
        <translation>（不確か）</translation>
    </message>
</context>
<context>
    <name>tickerline::PriceColumnsDialog</name>
    <message>
        <location filename="../app/dialogs/pricecolumnsdialog.cpp" line="+36"/>
        <source>&amp;Date / time:</source>
        <translation>日付 / 時刻(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open:</source>
        <translation>始値(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;High:</source>
        <translation>高値(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Low:</source>
        <translation>安値(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clos&amp;e:</source>
        <translation>終値(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Adjusted close:</source>
        <translation>調整後終値(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Volume:</source>
        <translation>出来高(&amp;V)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>始値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>高値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low</source>
        <translation>安値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close</source>
        <translation>終値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adjusted close</source>
        <translation>調整後終値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>volume</source>
        <translation>出来高</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import prices</source>
        <translation>価格のインポート</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: Tickerline does not recognise the columns of this price file, and the file does not say which symbol it holds. Choose the columns and name the symbol.</source>
        <translation>%1：Tickerline はこの価格ファイルの列を認識できず、ファイルにはどの銘柄のデータかも記載されていません。列を選択し、銘柄を指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: Tickerline does not recognise the columns of this price file. Choose which column holds what.</source>
        <translation>%1：Tickerline はこの価格ファイルの列を認識できません。各列の内容を選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file does not say which symbol its prices are for. Name the symbol.</source>
        <translation>%1：ファイルにはどの銘柄の価格かが記載されていません。銘柄を指定してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (column %2)</source>
        <translation>%1（列 %2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. NVDA</source>
        <translation>例：NVDA</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Symbol:</source>
        <translation>銘柄(&amp;S)：</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose the column that holds the date.</source>
        <translation>日付を含む列を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column that holds the close.</source>
        <translation>終値を含む列を選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column “%1” is chosen for both the %2 and the %3.</source>
        <translation>列「%1」が「%2」と「%3」の両方に選択されています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the symbol (ticker) these prices are for.</source>
        <translation>これらの価格の銘柄（ティッカー）を指定してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1, column “%2”: %3</source>
        <translation>%1 行目、列「%2」：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reads as prices of %1 from %2.</source>
        <translation>%2 から %1 の価格として読み込みます。</translation>
    </message>
</context>
<context>
    <name>tickerline::QuoteDialog</name>
    <message>
        <location filename="../app/sources/quotedialog.cpp" line="+64"/>
        <source>Quote → event</source>
        <translation>引用 → イベント</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An existing event</source>
        <translation>既存のイベント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new event</source>
        <translation>新規イベント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search events…</source>
        <translation>イベントを検索…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>What happened</source>
        <translation>何が起きたか</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time:</source>
        <translation>時刻(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No speaker</source>
        <translation>発言者なし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Speaker:</source>
        <translation>発言者(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>tickerline::ReadOnlyBanner</name>
    <message>
        <location filename="../app/widgets/readonlybanner.cpp" line="+18"/>
        <source>It was opened read-only.</source>
        <translation>読み取り専用で開かれています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot write to the file.</source>
        <translation>このファイルには書き込めません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot write to its folder (or the disk is read-only).</source>
        <translation>このフォルダーには書き込めません（またはディスクが読み取り専用です）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It cannot be opened for writing.</source>
        <translation>書き込み用に開けません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your database role may only read (%1).</source>
        <translation>あなたのデータベースロールは読み取りのみ可能です（%1）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This database is read-only: changes cannot be saved.</source>
        <translation>このデータベースは読み取り専用です：変更を保存できません。</translation>
    </message>
</context>
<context>
    <name>tickerline::RecentDatabasesMenu</name>
    <message>
        <location filename="../app/widgets/recentdatabasesmenu.cpp" line="+14"/>
        <source>Open &amp;recent</source>
        <translation>最近使ったデータベース(&amp;T)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No other database opened yet</source>
        <translation>ほかに開いたデータベースはまだありません</translation>
    </message>
</context>
<context>
    <name>tickerline::SavedViewsMenu</name>
    <message>
        <location filename="../app/widgets/savedviewsmenu.cpp" line="+22"/>
        <source>Save view “%1”</source>
        <translation>ビュー「%1」の保存</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete view “%1”</source>
        <translation>ビュー「%1」の削除</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved &amp;views</source>
        <translation>保存したビュー(&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save view…</source>
        <translation>ビューを保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete view</source>
        <translation>ビューを削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Save view</source>
        <translation>ビューの保存</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name of the view:</source>
        <translation>ビューの名前：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A view named “%1” exists. Replace it?</source>
        <translation>「%1」という名前のビューは既に存在します。置き換えますか？</translation>
    </message>
</context>
<context>
    <name>tickerline::SearchField</name>
    <message>
        <location filename="../app/search/searchfield.cpp" line="+31"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search events, sources and quotes (Ctrl+F)</source>
        <translation>イベント、出典、引用を検索（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word must occur.
&quot;cut your expectations&quot;: these words, in this order
stargate or deepseek: either
nvidia -stargate: without stargate</source>
        <translation>すべての語を含むものを探します。
&quot;cut your expectations&quot;: これらの語をこの順に
stargate or deepseek: どちらか一方
nvidia -stargate: stargate を含まないもの</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Searching for “%1”…</source>
        <translation>「%1」を検索中…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>“%1” has no word to look for: add one that is not excluded</source>
        <translation>「%1」には探す語がありません。除外しない語を加えてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches “%1”</source>
        <translation>「%1」に一致するものはありません</translation>
    </message>
</context>
<context>
    <name>tickerline::ShareCountsDialog</name>
    <message>
        <location filename="../app/charts/sharecountsdialog.cpp" line="+59"/>
        <source>Share counts</source>
        <translation>株式数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares outstanding turn a session&apos;s move into market value in the impact chart. Leave a count empty when it is not known.</source>
        <translation>影響チャートでは、発行済株式数によって取引日の値動きを時価総額に換算します。不明な場合は株式数を空欄のままにしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Symbol</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shares outstanding</source>
        <translation>発行済株式数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1, shares outstanding: &quot;%2&quot; is not a positive whole number</source>
        <translation>%1、発行済株式数：「%2」は正の整数ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, as of: &quot;%2&quot; is not a date like 2025-01-27</source>
        <translation>%1、基準日：「%2」は 2025-01-27 のような日付ではありません</translation>
    </message>
</context>
<context>
    <name>tickerline::SourceEditor</name>
    <message>
        <location filename="../app/sources/sourceeditor.cpp" line="+44"/>
        <source>Articles (%1);;All files (*)</source>
        <translation>記事 (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use File → Import…</source>
        <translation>ファイル → インポート… を使用してください</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+116"/>
        <source>No source &quot;%1&quot; in %2</source>
        <translation>%2 に出典「%1」はありません</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Cannot add the quote</source>
        <translation>引用を追加できません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the words to quote first</source>
        <translation>先に引用する語句を選択してください</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quote added</source>
        <translation>引用を追加しました</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot link the quote</source>
        <translation>引用を関連付けられません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Link quote to event</source>
        <translation>引用をイベントに関連付け</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot import the article</source>
        <translation>記事をインポートできません</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Imported %1 as a new source (%2 characters)</source>
        <translation>%1 を新しい出典としてインポートしました（%2 文字）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import article</source>
        <translation>記事のインポート</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+46"/>
        <source>Cannot replace the text</source>
        <translation>テキストを置換できません</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding the quotes in the new text…</source>
        <translation>新しいテキスト内で引用を検索中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Cancelled: the text was not replaced.</source>
        <translation>キャンセルしました：テキストは置換されていません。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>New text of “%1”: %2 quotes in place, %3 moved, %4 approximate, %5 not found</source>
        <translation>「%1」の新しいテキスト：引用 %2 件は同じ位置、%3 件は移動、%4 件は近似、%5 件は見つかりません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replacing the text of “%1”</source>
        <translation>「%1」のテキストを置換中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace source text</source>
        <translation>出典テキストの置換</translation>
    </message>
</context>
<context>
    <name>tickerline::SourceListModel</name>
    <message>
        <location filename="../core/models/sourcelistmodel.cpp" line="+38"/>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>投稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filing</source>
        <translation>開示資料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (uncertain date)</source>
        <translation>%1（日付不確か）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, by %2</source>
        <translation>%1、%2 著</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
</context>
<context>
    <name>tickerline::SourceListPanel</name>
    <message>
        <location filename="../app/sources/sourcelistpanel.cpp" line="+60"/>
        <source>Filter sources by outlet, title, author or date…</source>
        <translation>媒体、タイトル、著者、日付で出典を絞り込み…</translation>
    </message>
</context>
<context>
    <name>tickerline::SourcePane</name>
    <message>
        <location filename="../app/sources/sourcepane.cpp" line="+60"/>
        <source>Open original</source>
        <translation>原文を開く</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+192"/>
        <source>Quote → event…</source>
        <translation>引用 → イベント…</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Make the selected words a quote of an event</source>
        <translation>選択した語句をイベントの引用にする</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace text…</source>
        <translation>テキストを置換…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace this source&apos;s text with a newer version of the article; its quotes are found again in it</source>
        <translation>この出典のテキストを記事の新しい版で置き換えます。引用は新しいテキスト内で再検索されます</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Select an event to read its source</source>
        <translation>イベントを選択すると出典を読めます</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Select its event</source>
        <translation>そのイベントを選択</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link quote to another event…</source>
        <translation>引用を別のイベントに関連付け…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove quote</source>
        <translation>引用を削除</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Untitled source</source>
        <translation>無題の出典</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only http and https links are opened: %1</source>
        <translation>開けるのは http と https のリンクだけです：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>match %1 %</source>
        <translation>一致率 %1%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 quote could not be found in this text</source>
        <translation>このテキストで見つからない引用が 1 件あります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 quotes could not be found in this text</source>
        <translation>このテキストで見つからない引用が %1 件あります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 quote matched only approximately</source>
        <translation>近似でのみ一致した引用が 1 件あります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 quotes matched only approximately</source>
        <translation>近似でのみ一致した引用が %1 件あります</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>Not linked to an event</source>
        <translation>イベントに関連付けられていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approximate match (%1 %): the text has changed since it was quoted</source>
        <translation>近似一致（%1%）：引用後にテキストが変更されています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found again at a new place after the text changed</source>
        <translation>テキスト変更後に新しい位置で再発見されました</translation>
    </message>
</context>
<context>
    <name>tickerline::SourceView</name>
    <message>
        <location filename="../app/sources/sourceview.cpp" line="+37"/>
        <location line="+262"/>
        <source>Select an event to read its source</source>
        <translation>イベントを選択すると出典を読めます</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Side by side</source>
        <translation>並べて表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the open sources next to each other instead of as tabs</source>
        <translation>開いている出典をタブではなく横に並べて表示</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import article…</source>
        <translation>記事のインポート(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a text, Markdown or HTML article as a new source (or drop the file on the window)</source>
        <translation>テキスト、Markdown、HTML の記事を新しい出典として追加（またはファイルをウィンドウにドロップ）</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>No source quotes this event yet. Select words in a source and choose Quote → event to add one.</source>
        <translation>このイベントを引用している出典はまだありません。出典で語句を選択し、引用 → イベントを選ぶと追加できます。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No source quotes this event yet</source>
        <translation>このイベントを引用している出典はまだありません</translation>
    </message>
</context>
<context>
    <name>tickerline::StatusCounts</name>
    <message>
        <location filename="../app/widgets/statuscounts.cpp" line="+25"/>
        <source>Reading events…</source>
        <translation>イベントを読み込み中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 events shown</source>
        <translation>%2 件中 %1 件のイベントを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 event</source>
        <translation>1 件のイベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events</source>
        <translation>%1 件のイベント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 source</source>
        <translation>1 件の出典</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sources</source>
        <translation>%1 件の出典</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 quote</source>
        <translation>1 件の引用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 quotes</source>
        <translation>%1 件の引用</translation>
    </message>
</context>
<context>
    <name>tickerline::TeamDatabaseDialog</name>
    <message>
        <location filename="../app/dialogs/teamdatabasedialog.cpp" line="+20"/>
        <source>Connect to team database</source>
        <translation>チームデータベースに接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;PostgreSQL database:</source>
        <translation>PostgreSQL データベース(&amp;P):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A URI such as postgresql://user@host/dbname?sslmode=require, a key=value string such as &quot;host=db dbname=episodes&quot;, or service=NAME. Passwords come from ~/.pgpass or the service file; Tickerline never stores one. An empty database gets Tickerline&apos;s tables.</source>
        <translation>postgresql://user@host/dbname?sslmode=require のような URI、&quot;host=db dbname=episodes&quot; のような key=value 文字列、または service=NAME。パスワードは ~/.pgpass またはサービスファイルから読み込まれ、Tickerline が保存することはありません。空のデータベースには Tickerline のテーブルが作成されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
</context>
<context>
    <name>tickerline::ThemeSetting</name>
    <message>
        <location filename="../app/style/themesetting.cpp" line="+95"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
</context>
<context>
    <name>tickerline::TickerChart</name>
    <message>
        <location filename="../app/charts/tickerchart.cpp" line="+123"/>
        <source>%1 and %2</source>
        <extracomment>The last two items of a list: &quot;NVDA, AVGO and QQQ&quot;.</extracomment>
        <translation>%1 と %2</translation>
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
        <translation>ホイール：カーソル位置でズーム · ドラッグ：移動 · ←/→：前/次のイベント · +/−：ズーム · Home/End：最初/最後のイベント · Enter：イベントの出典を開く</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>当事者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New York (the market)</source>
        <translation>ニューヨーク（市場）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each event&apos;s own zone</source>
        <translation>各イベント自身のタイムゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer (%1)</source>
        <translation>このコンピューター（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lanes by</source>
        <translation>レーン基準</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times in</source>
        <translation>時刻の表示</translation>
    </message>
</context>
<context>
    <name>tickerline::TimelinePainter</name>
    <message>
        <location filename="../app/timeline/timelinepainter.cpp" line="+41"/>
        <source>No actor</source>
        <translation>当事者なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No symbol</source>
        <translation>銘柄なし</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>1 event</source>
        <translation>1 件のイベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events</source>
        <translation>%1 件のイベント</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No event matches the filters</source>
        <translation>フィルターに一致するイベントはありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the text filter or show all kinds to see every event.</source>
        <translation>すべてのイベントを表示するには、テキストフィルターをクリアするか、すべての種類を表示してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events yet</source>
        <translation>イベントはまだありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one with Events → New event, or import a file with File → Import…</source>
        <translation>イベント → 新規イベントで追加するか、ファイル → インポート… でファイルをインポートしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events in view</source>
        <translation>表示範囲にイベントはありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Home or End to jump to the first or last event, or zoom out with −.</source>
        <translation>Home または End で最初または最後のイベントへ移動するか、− で縮小してください。</translation>
    </message>
    <message>
        <location line="+451"/>
        <source>Axis in UTC
times in each event&apos;s zone</source>
        <translation>軸は UTC
時刻は各イベントのタイムゾーン</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Times in %1</source>
        <translation>時刻：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times in %1
(%2)</source>
        <translation>時刻：%1
（%2）</translation>
    </message>
</context>
<context>
    <name>tickerline::TimelineView</name>
    <message>
        <location filename="../app/timeline/timelineview.cpp" line="+40"/>
        <source>Scroll lanes</source>
        <translation>レーンをスクロール</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+241"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+242"/>
        <source>No event selected</source>
        <translation>イベントが選択されていません</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 (uncertain)</source>
        <translation>%1（不確か）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Timeline, selected: %1</source>
        <translation>タイムライン、選択中：%1</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>to the year</source>
        <translation>年単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the month</source>
        <translation>月単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the day</source>
        <translation>日単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the hour</source>
        <translation>時間単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the minute</source>
        <translation>分単位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to the second</source>
        <translation>秒単位</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>uncertain</source>
        <translation>不確か</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 event</source>
        <translation>1 件のイベント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 events</source>
        <translation>%1 件のイベント</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to zoom in</source>
        <translation>クリックで拡大</translation>
    </message>
</context>
<context>
    <name>tickerline::Workspace</name>
    <message>
        <location filename="../app/workspace.cpp" line="+427"/>
        <location line="+10"/>
        <source>The event “%1” is no longer in the database.</source>
        <translation>イベント「%1」はもうデータベースにありません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>An import is being saved, and the database takes no other change until it is done. Nothing was changed; try again once the import is saved.</source>
        <translation>インポートを保存中のため、終わるまでデータベースは他の変更を受け付けません。何も変更されていません。インポートの保存後にもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1

Another program has changed the database since this edit; nothing was changed now.</source>
        <translation>%1

この編集の後に別のプログラムがデータベースを変更したため、今回は何も変更されていません。</translation>
    </message>
</context>
</TS>
