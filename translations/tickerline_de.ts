<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Application</name>
    <message>
        <location filename="../app/application.cpp" line="+42"/>
        <source>Tickerline databases (*.tickerline *.db);;All files (*)</source>
        <translation>Tickerline-Datenbanken (*.tickerline *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+91"/>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+11"/>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Open it instead?</source>
        <translation>%1 existiert bereits. Stattdessen öffnen?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open database read-only</source>
        <translation>Datenbank schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is no longer there.</source>
        <translation>%1 ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>BriefHtml</name>
    <message>
        <location filename="../app/brief/briefhtml.cpp" line="+156"/>
        <source>Event brief</source>
        <translation>Ereignisdossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none named</source>
        <translation>keine genannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the event&apos;s own zone</source>
        <translation>eigene Zeitzone des Ereignisses</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>uncertain (~)</source>
        <translation>unsicher (~)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the event came before the open</source>
        <translation>das Ereignis lag vor Handelsbeginn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the event came during the session</source>
        <translation>das Ereignis lag in der Handelszeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the event came after the close</source>
        <translation>das Ereignis lag nach Handelsschluss</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the market was closed on the event&apos;s day (%1)</source>
        <translation>der Markt war am Tag des Ereignisses geschlossen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the session of the event&apos;s day</source>
        <translation>der Handelstag am Tag des Ereignisses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First session</source>
        <translation>Erster Handelstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2–%3 New York%4: %5</source>
        <translation>%1, %2–%3 New York%4: %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (early close)</source>
        <translation> (früher Handelsschluss)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prices around the event</source>
        <translation>Kurse um das Ereignis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices around “%1”</source>
        <translation>Kurse um „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Market reaction on %1</source>
        <translation>Marktreaktion am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No symbol.</source>
        <translation>Kein Symbol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move = the session&apos;s close against the previous session&apos;s close; market value = shares outstanding (as stored with each symbol) × that change.</source>
        <translation>Bewegung = Schlusskurs des Handelstags gegenüber dem Schlusskurs des vorigen Handelstags; Börsenwert = ausstehende Aktien (wie bei jedem Symbol gespeichert) × diese Änderung.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Total of %1 companies</source>
        <translation>Summe über %1 Unternehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Previous close</source>
        <translation>Voriger Schlusskurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schlusskurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shares outstanding</source>
        <translation>Ausstehende Aktien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Market value</source>
        <translation>Börsenwert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Derivation:</source>
        <translation>Herleitung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bar on or after that session: %1.</source>
        <translation>Kein Balken an oder nach diesem Handelstag: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event study</source>
        <translation>Ereignisstudie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neither SPY nor ^GSPC is in the database: no benchmark to measure against.</source>
        <translation>Weder SPY noch ^GSPC ist in der Datenbank: keine Benchmark, an der gemessen werden kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Abnormal return = the symbol&apos;s return less %1&apos;s on the same session (market-adjusted model), close to close; CAR = their sum over the window; t = CAR ÷ its standard deviation, estimated from the returns before the window. The same figures as tickerline study.</source>
        <translation>Überrendite = die Rendite des Symbols abzüglich der von %1 am selben Handelstag (marktbereinigtes Modell), von Schlusskurs zu Schlusskurs; CAR = ihre Summe über das Ereignisfenster; t = CAR ÷ ihre Standardabweichung, geschätzt aus den Renditen vor dem Ereignisfenster. Dieselben Werte wie tickerline study.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No symbol could be studied.</source>
        <translation>Kein Symbol konnte untersucht werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CAR</source>
        <translation>CAR</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abnormal returns by session against %1, window %2 to %3 (first session %4); estimated from %5 returns, %6 – %7.</source>
        <translation>Überrenditen je Handelstag gegenüber %1, Ereignisfenster %2 bis %3 (erster Handelstag %4); geschätzt aus %5 Renditen, %6 – %7.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not studied: %1</source>
        <translation>Nicht untersucht: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quotes (%1)</source>
        <translation>Zitate (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No quote documents this event.</source>
        <translation>Kein Zitat belegt dieses Ereignis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>speaker not named</source>
        <translation>Sprecher nicht genannt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>anchor %1, characters %2–%3</source>
        <translation>Anker %1, Zeichen %2–%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Linked events</source>
        <translation>Verknüpfte Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No event is linked to this one.</source>
        <translation>Kein Ereignis ist mit diesem verknüpft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this event responds to, follows or reports</source>
        <translation>Worauf dieses Ereignis reagiert, folgt oder worüber es berichtet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The events that respond to it, follow or report it</source>
        <translation>Ereignisse, die darauf reagieren, darauf folgen oder darüber berichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this event</source>
        <translation>dieses Ereignis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>origin: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported %1</source>
        <translation>importiert %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No dataset is recorded for these rows.</source>
        <translation>Für diese Zeilen ist kein Datensatz verzeichnet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Event brief: %1</source>
        <translation>Ereignisdossier: %1</translation>
    </message>
</context>
<context>
    <name>BriefPdf</name>
    <message>
        <location filename="../app/brief/briefpdf.cpp" line="+40"/>
        <source>Event brief: %1</source>
        <translation>Ereignisdossier: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>EventBrief</name>
    <message>
        <location filename="../app/brief/briefchart.cpp" line="+30"/>
        <source>No symbol to chart.</source>
        <translation>Kein Symbol für ein Diagramm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chart shows the first %1 of %2 symbols.</source>
        <translation>Das Diagramm zeigt die ersten %1 von %2 Symbolen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No chart: %1.</source>
        <translation>Kein Diagramm: %1.</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <location filename="../app/eventcommands.cpp" line="+22"/>
        <source>New event “%1”</source>
        <translation>Neues Ereignis „%1“</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit event “%1”</source>
        <translation>Ereignis „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete event “%1”</source>
        <translation>Ereignis „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../core/domain/entities.h" line="+34"/>
        <source>Statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Politik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/application.cpp" line="+9"/>
        <source>About Tickerline</source>
        <translation>Über Tickerline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Tickerline %1&lt;/h3&gt;&lt;p&gt;Events, prices and sources of technology-market episodes: a timeline of what happened, the market&apos;s reaction beside it, and the exact words that document it.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tickerline %1&lt;/h3&gt;&lt;p&gt;Ereignisse, Kurse und Quellen von Episoden der Technologiemärkte: eine Zeitleiste des Geschehens, daneben die Reaktion des Marktes und der genaue Wortlaut, der es belegt.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QuoteCommands</name>
    <message>
        <location filename="../app/sources/quotecommands.cpp" line="+60"/>
        <source>Quote for new event “%1”</source>
        <translation>Zitat für neues Ereignis „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove quote</source>
        <translation>Zitat entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link quote to event</source>
        <translation>Zitat mit Ereignis verknüpfen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Replace source text</source>
        <translation>Text der Quelle ersetzen</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickerline</source>
        <translation>Tickerline</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>tickerline::BriefDialog</name>
    <message>
        <location filename="../app/dialogs/briefdialog.cpp" line="+40"/>
        <location line="+94"/>
        <source>Export Brief</source>
        <translation>Dossier exportieren</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Event:</source>
        <translation>Ereignis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the event&apos;s symbols (or those of the events it links to)</source>
        <translation>die Symbole des Ereignisses (oder die der verknüpften Ereignisse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated tickers, e.g. NVDA, AVGO</source>
        <translation>Kommagetrennte Ticker, z. B. NVDA, AVGO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Symbols:</source>
        <translation>&amp;Symbole:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPY, else ^GSPC</source>
        <translation>SPY, sonst ^GSPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benchmark:</source>
        <translation>&amp;Benchmark:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sessions</source>
        <translation>Handelstage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study &amp;window:</source>
        <translation>&amp;Ereignisfenster:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page (self-contained)</source>
        <translation>HTML-Seite (eigenständig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML-Seiten (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file must end in .pdf or .html.</source>
        <translation>Die Datei muss auf .pdf oder .html enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window ends before it starts.</source>
        <translation>Das Ereignisfenster endet vor seinem Beginn.</translation>
    </message>
</context>
<context>
    <name>tickerline::BriefExportController</name>
    <message>
        <location filename="../app/dialogs/briefexportcontroller.cpp" line="+32"/>
        <source>Cancelled: no brief was written.</source>
        <translation>Abgebrochen: Es wurde kein Dossier geschrieben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select an event first: a brief is written for one event.</source>
        <translation>Wählen Sie zuerst ein Ereignis: Ein Dossier gilt jeweils einem Ereignis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event “%1” is no longer in the database.</source>
        <translation>Das Ereignis „%1“ ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brief of “%1” written to %2</source>
        <translation>Dossier zu „%1“ nach %2 geschrieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gathering the brief…</source>
        <translation>Dossier wird zusammengestellt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the event, prices and quotes</source>
        <translation>Ereignis, Kurse und Zitate werden gelesen</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartPanel</name>
    <message>
        <location filename="../app/charts/chartpanel.cpp" line="+43"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Market value</source>
        <translation>Börsenwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share counts…</source>
        <translation>Aktienanzahl…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Price</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candlesticks</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event density</source>
        <translation>Ereignisdichte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart kind</source>
        <translation>Diagrammart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact in market value (shares × change of the close) rather than in %; comparison as an index of 100 rather than in %</source>
        <translation>Auswirkung als Börsenwert (Aktien × Änderung des Schlusskurses) statt in %; Vergleich als Index mit 100 statt in %</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copy the chart to the clipboard as an image (%1)</source>
        <translation>Das Diagramm als Bild in die Zwischenablage kopieren (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shares outstanding of each symbol, behind the impact chart&apos;s market values</source>
        <translation>Ausstehende Aktien jedes Symbols, aus denen das Auswirkungsdiagramm Börsenwerte berechnet</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Select an event to see each symbol&apos;s move on its first session.</source>
        <translation>Wählen Sie ein Ereignis, um die Bewegung jedes Symbols an seinem ersten Handelstag zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose symbols to compare.</source>
        <translation>Wählen Sie Symbole zum Vergleichen.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+11"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Drawing the chart…</source>
        <translation>Diagramm wird gezeichnet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No chart to copy: %1</source>
        <translation>Kein Diagramm zum Kopieren: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied the chart to the clipboard (%1 × %2 px)</source>
        <extracomment>The size of the image copied, in pixels: &quot;1200 × 700 px&quot;.</extracomment>
        <translation>Diagramm in die Zwischenablage kopiert (%1 × %2 px)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not copy the chart: %1</source>
        <translation>Das Diagramm konnte nicht kopiert werden: %1</translation>
    </message>
</context>
<context>
    <name>tickerline::ComparisonChart</name>
    <message>
        <location filename="../app/charts/comparisonchart.cpp" line="+28"/>
        <source>Session date</source>
        <translation>Handelstag</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Change since close %1 (%)</source>
        <translation>Änderung seit Schlusskurs %1 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index (100 = close %1)</source>
        <translation>Index (100 = Schlusskurs %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 around “%2”</source>
        <translation>%1 um „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rebased</source>
        <translation>%1 umbasiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each series rebased at its last close before the event&apos;s first session (%1), so the move of that session shows.</source>
        <translation>Jede Reihe ist auf ihren letzten Schlusskurs vor dem ersten Handelstag des Ereignisses (%1) umbasiert, damit die Bewegung dieses Handelstags sichtbar wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each series rebased at its first close in the range (%1).</source>
        <translation>Jede Reihe ist auf ihren ersten Schlusskurs im Zeitraum (%1) umbasiert.</translation>
    </message>
</context>
<context>
    <name>tickerline::DensityChart</name>
    <message>
        <location filename="../app/charts/densitychart.cpp" line="+73"/>
        <source>Week (from Monday, UTC)</source>
        <translation>Woche (ab Montag, UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events per %1 by kind, %2 to %3</source>
        <translation>Ereignisse pro %1 nach Art, %2 bis %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 event, counted on the UTC date of its start.</source>
        <translation>1 Ereignis, gezählt am UTC-Datum seines Beginns.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events, counted on the UTC date of their start.</source>
        <translation>%1 Ereignisse, gezählt am UTC-Datum ihres Beginns.</translation>
    </message>
</context>
<context>
    <name>tickerline::EventActions</name>
    <message>
        <location filename="../app/events/eventactions.cpp" line="+21"/>
        <source>&amp;New event…</source>
        <translation>&amp;Neues Ereignis…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an event (or double-click empty timeline space at its time)</source>
        <translation>Ein Ereignis hinzufügen (oder auf eine leere Stelle der Zeitleiste zu seiner Zeit doppelklicken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit event…</source>
        <translation>Ereignis &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;uplicate event</source>
        <translation>Ereignis &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete event</source>
        <translation>Ereignis &amp;löschen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Added “%1”</source>
        <translation>„%1“ hinzugefügt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted the event; Undo (%1) brings it back</source>
        <translation>Ereignis gelöscht; Rückgängig (%1) stellt es wieder her</translation>
    </message>
</context>
<context>
    <name>tickerline::EventDialog</name>
    <message>
        <location filename="../app/dialogs/eventdialog.cpp" line="+36"/>
        <source>responds to</source>
        <translation>reagiert auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caused</source>
        <translation>verursachte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follows</source>
        <translation>folgt auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reports</source>
        <translation>berichtet über</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove the selected row</source>
        <translation>Die ausgewählte Zeile entfernen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A date (2025-01-27, 2025-01, 2025) or a date and time in the event&apos;s zone (2025-01-27 18:29 or 2025-01-27 18:29:53); Z or ±HH:MM gives another offset</source>
        <translation>Ein Datum (2025-01-27, 2025-01, 2025) oder Datum und Uhrzeit in der Zeitzone des Ereignisses (2025-01-27 18:29 oder 2025-01-27 18:29:53); Z oder ±HH:MM gibt einen anderen Versatz an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: a moment, not a span</source>
        <translation>leer: ein Zeitpunkt, keine Zeitspanne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Uncertain</source>
        <translation>&amp;Unsicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time is reported, not known exactly: drawn as a hatched band</source>
        <translation>Die Zeit ist berichtet, nicht genau bekannt: als schraffiertes Band gezeichnet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This event</source>
        <translation>Dieses Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other event</source>
        <translation>Anderes Ereignis</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Precision:</source>
        <translation>&amp;Genauigkeit:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actors:</source>
        <translation>&amp;Akteure:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an actor</source>
        <translation>Einen Akteur hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ymbols:</source>
        <translation>&amp;Symbole:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary:</source>
        <translation>Zusa&amp;mmenfassung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Links:</source>
        <translation>&amp;Verknüpfungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to another event</source>
        <translation>Mit einem anderen Ereignis verknüpfen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Give the event a title.</source>
        <translation>Geben Sie dem Ereignis einen Titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone: “%1” is not a time zone.</source>
        <translation>Zeitzone: „%1“ ist keine Zeitzone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start: %1.</source>
        <translation>Beginn: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End: %1.</source>
        <translation>Ende: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End: before the start.</source>
        <translation>Ende: vor dem Beginn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Links: choose the other event of row %1, or remove the row.</source>
        <translation>Verknüpfungen: Wählen Sie das andere Ereignis in Zeile %1 oder entfernen Sie die Zeile.</translation>
    </message>
</context>
<context>
    <name>tickerline::EventMarkerLayer</name>
    <message>
        <location filename="../app/charts/eventmarkerlayer.cpp" line="+68"/>
        <source>Events (first session)</source>
        <translation>Ereignisse (erster Handelstag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected event</source>
        <translation>Ausgewähltes Ereignis</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>+ %1 more</source>
        <translation>+ %1 weitere</translation>
    </message>
</context>
<context>
    <name>tickerline::EventTableModel</name>
    <message>
        <location filename="../core/models/eventtablemodel.cpp" line="+505"/>
        <source>%1 (uncertain time)</source>
        <translation>%1 (Zeit unsicher)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Year precision: %1, day and time not known; sorted at the start of that year (UTC)</source>
        <translation>Jahresgenauigkeit: %1, Tag und Uhrzeit unbekannt; am Jahresanfang (UTC) einsortiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month precision: %1, day and time not known; sorted at the start of that month (UTC)</source>
        <translation>Monatsgenauigkeit: %1, Tag und Uhrzeit unbekannt; am Monatsanfang (UTC) einsortiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day precision: %1, time of day not known; sorted at the start of that day (UTC)</source>
        <translation>Tagesgenauigkeit: %1, Uhrzeit unbekannt; am Tagesanfang (UTC) einsortiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. The date is uncertain.</source>
        <translation>%1. Das Datum ist unsicher.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
</context>
<context>
    <name>tickerline::EventsTable</name>
    <message>
        <location filename="../app/events/eventstable.cpp" line="+155"/>
        <source>No events yet. Add one with Events → New event (%1), or import a file with File → Import… or by dropping it on the window.</source>
        <translation>Noch keine Ereignisse. Fügen Sie eines mit Ereignisse → Neues Ereignis (%1) hinzu, oder importieren Sie eine Datei mit Datei → Importieren… oder durch Ablegen auf dem Fenster.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No event matches the filter “%1” in its title, actors or symbols. The search field (%2) also looks in summaries, sources and quotes.</source>
        <translation>Kein Ereignis passt in Titel, Akteuren oder Symbolen zum Filter „%1“. Das Suchfeld (%2) durchsucht auch Zusammenfassungen, Quellen und Zitate.</translation>
    </message>
</context>
<context>
    <name>tickerline::ExportDialog</name>
    <message>
        <location filename="../app/charts/exportdialog.cpp" line="+14"/>
        <source>Name the data&apos;s sources under the chart</source>
        <translation>Die Quellen der Daten unter dem Diagramm nennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
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
        <translation>192 dpi zeichnet das Diagramm mit doppelter Detailtiefe: Text behält seine Größe relativ zum Bild.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>Höhe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
</context>
<context>
    <name>tickerline::FilterBar</name>
    <message>
        <location filename="../app/events/filterbar.cpp" line="+15"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show all kinds</source>
        <translation>Alle Arten anzeigen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show only some kinds of event</source>
        <translation>Nur einige Arten von Ereignissen anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter events by title, actor or symbol…</source>
        <translation>Ereignisse nach Titel, Akteur oder Symbol filtern…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 kinds</source>
        <translation>%1 von %2 Arten</translation>
    </message>
</context>
<context>
    <name>tickerline::ImpactChart</name>
    <message>
        <location filename="../app/charts/impactchart.cpp" line="+74"/>
        <source>Close %1 vs close %2</source>
        <translation>Schlusskurs %1 ggü. Schlusskurs %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change in market value, %1</source>
        <translation>Änderung des Börsenwerts, %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change of the close (%)</source>
        <translation>Änderung des Schlusskurses (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change in market value (USD billions)</source>
        <translation>Änderung des Börsenwerts (Mrd. USD)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the session of %1</source>
        <translation>Handelstag %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1”: each symbol&apos;s move on %2</source>
        <translation>„%1“: Bewegung jedes Symbols am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(close %1 − close %2) ÷ close %2 over %3 symbols.</source>
        <translation>(Schlusskurs %1 − Schlusskurs %2) ÷ Schlusskurs %2 über %3 Symbole.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”: %2 of market value on %3</source>
        <translation>„%1“: Börsenwert %2 am %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Σ shares × (close %1 − close %2) over %3 companies = %4; shares outstanding as stored with each symbol.</source>
        <translation>Σ Aktien × (Schlusskurs %1 − Schlusskurs %2) über %3 Unternehmen = %4; ausstehende Aktien wie bei jedem Symbol gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No bar on that session: %1.</source>
        <translation>Kein Balken an diesem Handelstag: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No share count: %1.</source>
        <translation>Keine Aktienanzahl: %1.</translation>
    </message>
</context>
<context>
    <name>tickerline::ImportExportController</name>
    <message>
        <location filename="../app/dialogs/importexportcontroller.cpp" line="+68"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 files…</source>
        <translation>%1 Dateien werden importiert…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickerline does not recognise %1 as any format it reads (%2).</source>
        <translation>Tickerline erkennt %1 in keinem der lesbaren Formate (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tickerline cannot write the format “%1”.</source>
        <translation>Tickerline kann das Format „%1“ nicht schreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the database</source>
        <translation>Datenbank wird gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving %1</source>
        <translation>%1 wird gespeichert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %1 events to %2 (%3)</source>
        <translation>%1 Ereignisse nach %2 exportiert (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Saving %Ln imported events…
They are on show meanwhile; editing waits until they are saved.</source>
        <translation>
            <numerusform>%Ln importiertes Ereignis wird gespeichert …
Es wird schon angezeigt; Bearbeiten ist möglich, sobald es gespeichert ist.</numerusform>
            <numerusform>%Ln importierte Ereignisse werden gespeichert …
Sie werden schon angezeigt; Bearbeiten ist möglich, sobald sie gespeichert sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+126"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>tickerline::InspectorPane</name>
    <message>
        <location filename="../app/inspector/inspectorpane.cpp" line="+58"/>
        <source>day precision</source>
        <translation>Tagesgenauigkeit</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>$%1 B</source>
        <comment>US dollars in billions</comment>
        <translation>%1 Mrd. $</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Select an event to inspect it.</source>
        <translation>Wählen Sie ein Ereignis, um es zu untersuchen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Being saved with an import: its links and quotes show once it is saved.</source>
        <translation>Wird mit einem Import gespeichert: Verknüpfungen und Zitate erscheinen, sobald es gespeichert ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this</source>
        <translation>dieses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Total of %n companies</source>
        <translation>
            <numerusform>Summe über %n Unternehmen</numerusform>
            <numerusform>Summe über %n Unternehmen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Market reaction</source>
        <translation>Marktreaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First session reached: %1. Move = close against the previous session&apos;s close; value = shares outstanding × that change.</source>
        <translation>Erster erreichter Handelstag: %1. Bewegung = Schlusskurs gegenüber dem Schlusskurs des vorigen Handelstags; Wert = ausstehende Aktien × diese Änderung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abnormal = the move less %1&apos;s that session; CAR = the abnormal returns summed from the session before to five after (tickerline study shows each day).</source>
        <translation>Überrendite = die Bewegung abzüglich der von %1 an diesem Handelstag; CAR = die Überrenditen summiert vom Handelstag davor bis fünf danach (tickerline study zeigt jeden Tag).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Market value</source>
        <translation>Börsenwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abnormal</source>
        <translation>Überrendite</translation>
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
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Waiting for another Tickerline process to finish writing…</source>
        <translation>Warten, bis ein anderer Tickerline-Prozess das Schreiben beendet…</translation>
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
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (read-only) — Tickerline</source>
        <translation>%1 (schreibgeschützt) — Tickerline</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another Tickerline process changed the database; it is shown as it is now.</source>
        <translation>Ein anderer Tickerline-Prozess hat die Datenbank geändert; sie wird im aktuellen Zustand angezeigt.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Read-Only…</source>
        <translation>&amp;Schreibgeschützt öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a database without ever changing it</source>
        <translation>Eine Datenbank öffnen, ohne sie je zu ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to Team Database…</source>
        <translation>Mit &amp;Team-Datenbank verbinden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a PostgreSQL database that several analysts share</source>
        <translation>Eine PostgreSQL-Datenbank öffnen, die mehrere Analysten gemeinsam nutzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import events, prices, quotes or whole datasets (or drop the files on the window)</source>
        <translation>Ereignisse, Kurse, Zitate oder ganze Datensätze importieren (oder die Dateien auf dem Fenster ablegen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No brief written</source>
        <translation>Kein Dossier geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;brief…</source>
        <translation>&amp;Dossier exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One PDF or HTML document of the selected event with its evidence</source>
        <translation>Ein PDF- oder HTML-Dokument zum ausgewählten Ereignis mit seinen Belegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace source text…</source>
        <translation>Text der Quelle e&amp;rsetzen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a source first: select an event or choose one from the list</source>
        <translation>Zuerst eine Quelle öffnen: ein Ereignis auswählen oder eine aus der Liste wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Quote → event…</source>
        <translation>&amp;Zitat → Ereignis…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;vents</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Tickerline</source>
        <translation>Ü&amp;ber Tickerline</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Tickerline</source>
        <translation>Tickerline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An import is still being saved. Close the window and cancel it? Nothing of it would be saved.</source>
        <translation>Ein Import wird noch gespeichert. Fenster schließen und den Import abbrechen? Dann wird nichts davon gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel Import and Close</source>
        <translation>Import abbrechen und schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Importing</source>
        <translation>Weiter importieren</translation>
    </message>
</context>
<context>
    <name>tickerline::PriceChart</name>
    <message>
        <location filename="../app/charts/pricechart.cpp" line="+75"/>
        <source>Session date</source>
        <translation>Handelstag</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 price (%2)</source>
        <translation>%1 Kurs (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 volume</source>
        <translation>%1 Volumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 daily candles</source>
        <translation>%1 Tageskerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 candles</source>
        <translation>%1 %2-Kerzen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 close</source>
        <translation>%1 Schlusskurs</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — daily prices</source>
        <translation>%1 — Tageskurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 bars</source>
        <translation>%1 — %2-Balken</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 on %2: %3 (close %4, previous %5)</source>
        <translation>%1 am %2: %3 (Schlusskurs %4, vorher %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <extracomment>An event marker&apos;s tooltip: kind of event, then its time (&quot;Statement, 2025-01-20T08:32:19Z&quot;).</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (uncertain)</source>
        <translation> (unsicher)</translation>
    </message>
</context>
<context>
    <name>tickerline::PriceColumnsDialog</name>
    <message>
        <location filename="../app/dialogs/pricecolumnsdialog.cpp" line="+36"/>
        <source>&amp;Date / time:</source>
        <translation>&amp;Datum / Uhrzeit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open:</source>
        <translation>&amp;Eröffnungskurs:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;High:</source>
        <translation>&amp;Hoch:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Low:</source>
        <translation>&amp;Tief:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clos&amp;e:</source>
        <translation>S&amp;chlusskurs:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Adjusted close:</source>
        <translation>&amp;Bereinigter Schlusskurs:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Volume:</source>
        <translation>&amp;Volumen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>Eröffnungskurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low</source>
        <translation>Tief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close</source>
        <translation>Schlusskurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adjusted close</source>
        <translation>bereinigter Schlusskurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import prices</source>
        <translation>Kurse importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: Tickerline does not recognise the columns of this price file, and the file does not say which symbol it holds. Choose the columns and name the symbol.</source>
        <translation>%1: Tickerline erkennt die Spalten dieser Kursdatei nicht, und die Datei nennt nicht das Symbol, das sie enthält. Wählen Sie die Spalten und nennen Sie das Symbol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: Tickerline does not recognise the columns of this price file. Choose which column holds what.</source>
        <translation>%1: Tickerline erkennt die Spalten dieser Kursdatei nicht. Wählen Sie, welche Spalte was enthält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file does not say which symbol its prices are for. Name the symbol.</source>
        <translation>%1: Die Datei nennt nicht das Symbol, zu dem ihre Kurse gehören. Nennen Sie das Symbol.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (column %2)</source>
        <translation>%1 (Spalte %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. NVDA</source>
        <translation>z. B. NVDA</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Symbol:</source>
        <translation>S&amp;ymbol:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose the column that holds the date.</source>
        <translation>Wählen Sie die Spalte mit dem Datum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column that holds the close.</source>
        <translation>Wählen Sie die Spalte mit dem Schlusskurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column “%1” is chosen for both the %2 and the %3.</source>
        <translation>Spalte „%1“ ist zugleich für „%2“ und „%3“ gewählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the symbol (ticker) these prices are for.</source>
        <translation>Nennen Sie das Symbol (Ticker), zu dem diese Kurse gehören.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1, column “%2”: %3</source>
        <translation>Zeile %1, Spalte „%2“: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reads as prices of %1 from %2.</source>
        <translation>Wird gelesen als Kurse von %1 aus %2.</translation>
    </message>
</context>
<context>
    <name>tickerline::QuoteDialog</name>
    <message>
        <location filename="../app/sources/quotedialog.cpp" line="+64"/>
        <source>Quote → event</source>
        <translation>Zitat → Ereignis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An existing event</source>
        <translation>Ein vorhandenes Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new event</source>
        <translation>Ein neues Ereignis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search events…</source>
        <translation>Ereignisse suchen…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Precision:</source>
        <translation>&amp;Genauigkeit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No speaker</source>
        <translation>Kein Sprecher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Sprecher:</translation>
    </message>
</context>
<context>
    <name>tickerline::ReadOnlyBanner</name>
    <message>
        <location filename="../app/widgets/readonlybanner.cpp" line="+18"/>
        <source>It was opened read-only.</source>
        <translation>Sie wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot write to the file.</source>
        <translation>Sie können nicht in die Datei schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot write to its folder (or the disk is read-only).</source>
        <translation>Sie können nicht in ihren Ordner schreiben (oder der Datenträger ist schreibgeschützt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It cannot be opened for writing.</source>
        <translation>Sie kann nicht zum Schreiben geöffnet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your database role may only read (%1).</source>
        <translation>Ihre Datenbankrolle darf nur lesen (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This database is read-only: changes cannot be saved.</source>
        <translation>Diese Datenbank ist schreibgeschützt: Änderungen können nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>tickerline::RecentDatabasesMenu</name>
    <message>
        <location filename="../app/widgets/recentdatabasesmenu.cpp" line="+14"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No other database opened yet</source>
        <translation>Noch keine andere Datenbank geöffnet</translation>
    </message>
</context>
<context>
    <name>tickerline::SavedViewsMenu</name>
    <message>
        <location filename="../app/widgets/savedviewsmenu.cpp" line="+22"/>
        <source>Save view “%1”</source>
        <translation>Ansicht „%1“ speichern</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete view “%1”</source>
        <translation>Ansicht „%1“ löschen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved &amp;views</source>
        <translation>&amp;Gespeicherte Ansichten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save view…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete view</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A view named “%1” exists. Replace it?</source>
        <translation>Eine Ansicht namens „%1“ existiert bereits. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>tickerline::SearchField</name>
    <message>
        <location filename="../app/search/searchfield.cpp" line="+31"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search events, sources and quotes (Ctrl+F)</source>
        <translation>Ereignisse, Quellen und Zitate durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word must occur.
&quot;cut your expectations&quot;: these words, in this order
stargate or deepseek: either
nvidia -stargate: without stargate</source>
        <translation>Jedes Wort muss vorkommen.
&quot;cut your expectations&quot;: diese Wörter, in dieser Reihenfolge
stargate or deepseek: eines von beiden
nvidia -stargate: ohne stargate</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Searching for “%1”…</source>
        <translation>Suche nach „%1“…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>“%1” has no word to look for: add one that is not excluded</source>
        <translation>„%1“ enthält kein Wort, nach dem gesucht werden kann: fügen Sie eines hinzu, das nicht ausgeschlossen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches “%1”</source>
        <translation>Nichts passt zu „%1“</translation>
    </message>
</context>
<context>
    <name>tickerline::ShareCountsDialog</name>
    <message>
        <location filename="../app/charts/sharecountsdialog.cpp" line="+59"/>
        <source>Share counts</source>
        <translation>Aktienanzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares outstanding turn a session&apos;s move into market value in the impact chart. Leave a count empty when it is not known.</source>
        <translation>Ausstehende Aktien machen im Auswirkungsdiagramm aus der Bewegung eines Handelstags einen Börsenwert. Lassen Sie eine Anzahl leer, wenn sie nicht bekannt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shares outstanding</source>
        <translation>Ausstehende Aktien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1, shares outstanding: &quot;%2&quot; is not a positive whole number</source>
        <translation>%1, ausstehende Aktien: „%2“ ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, as of: &quot;%2&quot; is not a date like 2025-01-27</source>
        <translation>%1, Stand: „%2“ ist kein Datum wie 2025-01-27</translation>
    </message>
</context>
<context>
    <name>tickerline::SourceEditor</name>
    <message>
        <location filename="../app/sources/sourceeditor.cpp" line="+44"/>
        <source>Articles (%1);;All files (*)</source>
        <translation>Artikel (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use File → Import…</source>
        <translation>Datei → Importieren… verwenden</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+116"/>
        <source>No source &quot;%1&quot; in %2</source>
        <translation>Keine Quelle „%1“ in %2</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Cannot add the quote</source>
        <translation>Das Zitat kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the words to quote first</source>
        <translation>Markieren Sie zuerst die zu zitierenden Wörter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quote added</source>
        <translation>Zitat hinzugefügt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot link the quote</source>
        <translation>Das Zitat kann nicht verknüpft werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Link quote to event</source>
        <translation>Zitat mit Ereignis verknüpfen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot import the article</source>
        <translation>Der Artikel kann nicht importiert werden</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Imported %1 as a new source (%2 characters)</source>
        <translation>%1 als neue Quelle importiert (%2 Zeichen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import article</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+46"/>
        <source>Cannot replace the text</source>
        <translation>Der Text kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding the quotes in the new text…</source>
        <translation>Die Zitate werden im neuen Text gesucht…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Cancelled: the text was not replaced.</source>
        <translation>Abgebrochen: Der Text wurde nicht ersetzt.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>New text of “%1”: %2 quotes in place, %3 moved, %4 approximate, %5 not found</source>
        <translation>Neuer Text von „%1“: %2 Zitate an Ort und Stelle, %3 verschoben, %4 ungefähr, %5 nicht gefunden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replacing the text of “%1”</source>
        <translation>Text von „%1“ wird ersetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace source text</source>
        <translation>Text der Quelle ersetzen</translation>
    </message>
</context>
<context>
    <name>tickerline::SourceListModel</name>
    <message>
        <location filename="../core/models/sourcelistmodel.cpp" line="+38"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filing</source>
        <translation>Pflichtmitteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (uncertain date)</source>
        <translation>%1 (Datum unsicher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>tickerline::SourceListPanel</name>
    <message>
        <location filename="../app/sources/sourcelistpanel.cpp" line="+60"/>
        <source>Filter sources by outlet, title, author or date…</source>
        <translation>Quellen nach Medium, Titel, Autor oder Datum filtern…</translation>
    </message>
</context>
<context>
    <name>tickerline::SourcePane</name>
    <message>
        <location filename="../app/sources/sourcepane.cpp" line="+60"/>
        <source>Open original</source>
        <translation>Original öffnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+192"/>
        <source>Quote → event…</source>
        <translation>Zitat → Ereignis…</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Make the selected words a quote of an event</source>
        <translation>Die markierten Wörter zu einem Zitat eines Ereignisses machen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace text…</source>
        <translation>Text ersetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace this source&apos;s text with a newer version of the article; its quotes are found again in it</source>
        <translation>Den Text dieser Quelle durch eine neuere Fassung des Artikels ersetzen; ihre Zitate werden darin erneut gesucht</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Select an event to read its source</source>
        <translation>Wählen Sie ein Ereignis, um seine Quelle zu lesen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Select its event</source>
        <translation>Sein Ereignis auswählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link quote to another event…</source>
        <translation>Zitat mit einem anderen Ereignis verknüpfen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove quote</source>
        <translation>Zitat entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Untitled source</source>
        <translation>Unbenannte Quelle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only http and https links are opened: %1</source>
        <translation>Nur http- und https-Links werden geöffnet: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>match %1 %</source>
        <translation>Übereinstimmung %1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 quote could not be found in this text</source>
        <translation>1 Zitat wurde in diesem Text nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 quotes could not be found in this text</source>
        <translation>%1 Zitate wurden in diesem Text nicht gefunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 quote matched only approximately</source>
        <translation>1 Zitat stimmt nur ungefähr überein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 quotes matched only approximately</source>
        <translation>%1 Zitate stimmen nur ungefähr überein</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>Not linked to an event</source>
        <translation>Mit keinem Ereignis verknüpft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approximate match (%1 %): the text has changed since it was quoted</source>
        <translation>Ungefähre Übereinstimmung (%1 %): Der Text hat sich seit dem Zitieren geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found again at a new place after the text changed</source>
        <translation>Nach der Textänderung an neuer Stelle wiedergefunden</translation>
    </message>
</context>
<context>
    <name>tickerline::SourceView</name>
    <message>
        <location filename="../app/sources/sourceview.cpp" line="+37"/>
        <location line="+262"/>
        <source>Select an event to read its source</source>
        <translation>Wählen Sie ein Ereignis, um seine Quelle zu lesen</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the open sources next to each other instead of as tabs</source>
        <translation>Die geöffneten Quellen nebeneinander statt als Registerkarten anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import article…</source>
        <translation>&amp;Artikel importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a text, Markdown or HTML article as a new source (or drop the file on the window)</source>
        <translation>Einen Text-, Markdown- oder HTML-Artikel als neue Quelle hinzufügen (oder die Datei auf dem Fenster ablegen)</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>No source quotes this event yet. Select words in a source and choose Quote → event to add one.</source>
        <translation>Noch keine Quelle zitiert dieses Ereignis. Markieren Sie Wörter in einer Quelle und wählen Sie Zitat → Ereignis, um eines hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No source quotes this event yet</source>
        <translation>Noch keine Quelle zitiert dieses Ereignis</translation>
    </message>
</context>
<context>
    <name>tickerline::StatusCounts</name>
    <message>
        <location filename="../app/widgets/statuscounts.cpp" line="+25"/>
        <source>Reading events…</source>
        <translation>Ereignisse werden gelesen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 events shown</source>
        <translation>%1 von %2 Ereignissen angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 source</source>
        <translation>1 Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sources</source>
        <translation>%1 Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 quote</source>
        <translation>1 Zitat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 quotes</source>
        <translation>%1 Zitate</translation>
    </message>
</context>
<context>
    <name>tickerline::TeamDatabaseDialog</name>
    <message>
        <location filename="../app/dialogs/teamdatabasedialog.cpp" line="+20"/>
        <source>Connect to team database</source>
        <translation>Mit Team-Datenbank verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;PostgreSQL database:</source>
        <translation>&amp;PostgreSQL-Datenbank:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A URI such as postgresql://user@host/dbname?sslmode=require, a key=value string such as &quot;host=db dbname=episodes&quot;, or service=NAME. Passwords come from ~/.pgpass or the service file; Tickerline never stores one. An empty database gets Tickerline&apos;s tables.</source>
        <translation>Eine URI wie postgresql://user@host/dbname?sslmode=require, eine key=value-Angabe wie &quot;host=db dbname=episodes&quot; oder service=NAME. Passwörter kommen aus ~/.pgpass oder der Service-Datei; Tickerline speichert nie eines. Eine leere Datenbank erhält die Tabellen von Tickerline.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>tickerline::ThemeSetting</name>
    <message>
        <location filename="../app/style/themesetting.cpp" line="+95"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>tickerline::TickerChart</name>
    <message>
        <location filename="../app/charts/tickerchart.cpp" line="+123"/>
        <source>%1 and %2</source>
        <extracomment>The last two items of a list: &quot;NVDA, AVGO and QQQ&quot;.</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tickerline::TimelineArea</name>
    <message>
        <location filename="../app/timeline/timelinearea.cpp" line="+24"/>
        <source>Wheel: zoom around the cursor · drag: pan · ←/→: previous/next event · +/−: zoom · Home/End: first/last event · Enter: open the event&apos;s source</source>
        <translation>Mausrad: um den Mauszeiger zoomen · Ziehen: verschieben · ←/→: vorheriges/nächstes Ereignis · +/−: zoomen · Pos1/Ende: erstes/letztes Ereignis · Eingabe: Quelle des Ereignisses öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New York (the market)</source>
        <translation>New York (der Markt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each event&apos;s own zone</source>
        <translation>Eigene Zeitzone jedes Ereignisses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer (%1)</source>
        <translation>Dieser Computer (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lanes by</source>
        <translation>Bahnen nach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times in</source>
        <translation>Zeiten in</translation>
    </message>
</context>
<context>
    <name>tickerline::TimelinePainter</name>
    <message>
        <location filename="../app/timeline/timelinepainter.cpp" line="+41"/>
        <source>No actor</source>
        <translation>Kein Akteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No symbol</source>
        <translation>Kein Symbol</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No event matches the filters</source>
        <translation>Kein Ereignis passt zu den Filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the text filter or show all kinds to see every event.</source>
        <translation>Leeren Sie den Textfilter oder zeigen Sie alle Arten an, um jedes Ereignis zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one with Events → New event, or import a file with File → Import…</source>
        <translation>Fügen Sie eines mit Ereignisse → Neues Ereignis hinzu, oder importieren Sie eine Datei mit Datei → Importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events in view</source>
        <translation>Keine Ereignisse im sichtbaren Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Home or End to jump to the first or last event, or zoom out with −.</source>
        <translation>Drücken Sie Pos1 oder Ende, um zum ersten oder letzten Ereignis zu springen, oder zoomen Sie mit − heraus.</translation>
    </message>
    <message>
        <location line="+451"/>
        <source>Axis in UTC
times in each event&apos;s zone</source>
        <translation>Achse in UTC
Zeiten in der Zeitzone jedes Ereignisses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times in %1
(%2)</source>
        <translation>Zeiten in %1
(%2)</translation>
    </message>
</context>
<context>
    <name>tickerline::TimelineView</name>
    <message>
        <location filename="../app/timeline/timelineview.cpp" line="+40"/>
        <source>Scroll lanes</source>
        <translation>Bahnen scrollen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+241"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+242"/>
        <source>No event selected</source>
        <translation>Kein Ereignis ausgewählt</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 (uncertain)</source>
        <translation>%1 (unsicher)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Timeline, selected: %1</source>
        <translation>Zeitleiste, ausgewählt: %1</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>to the year</source>
        <translation>auf das Jahr genau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the month</source>
        <translation>auf den Monat genau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the day</source>
        <translation>auf den Tag genau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the hour</source>
        <translation>auf die Stunde genau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the minute</source>
        <translation>auf die Minute genau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to the second</source>
        <translation>auf die Sekunde genau</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to zoom in</source>
        <translation>Zum Vergrößern klicken</translation>
    </message>
</context>
<context>
    <name>tickerline::Workspace</name>
    <message>
        <location filename="../app/workspace.cpp" line="+427"/>
        <location line="+10"/>
        <source>The event “%1” is no longer in the database.</source>
        <translation>Das Ereignis „%1“ ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>An import is being saved, and the database takes no other change until it is done. Nothing was changed; try again once the import is saved.</source>
        <translation>Ein Import wird gespeichert, und bis er fertig ist, nimmt die Datenbank keine andere Änderung an. Es wurde nichts geändert; versuchen Sie es erneut, sobald der Import gespeichert ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1

Another program has changed the database since this edit; nothing was changed now.</source>
        <translation>%1

Ein anderes Programm hat die Datenbank seit dieser Bearbeitung geändert; es wurde jetzt nichts geändert.</translation>
    </message>
</context>
</TS>
