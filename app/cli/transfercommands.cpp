// SPDX-License-Identifier: GPL-3.0-or-later
// import and export: everything that moves data between files and the database.
#include "cli/commandcontext.h"
#include "cli/options.h"
#include "error.h"
#include "io/csvreader.h"
#include "io/pricecsv.h"
#include "io/snapshotimport.h"
#include "io/tickerlinejson.h"
#include "store/store.h"
#include "time/isotime.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>

namespace tickerline {

namespace {

const QStringList kImportFormats{QStringLiteral("tickerline"), QStringLiteral("yahoo"), QStringLiteral("nasdaq"),
                                 QStringLiteral("stooq"), QStringLiteral("generic")};

QString nowIso()
{
    return formatIsoUtc(QDateTime::currentMSecsSinceEpoch() / 1000 * 1000);
}

DatasetInfo provenanceOf(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    DatasetInfo provenance;
    provenance.uid = QStringLiteral("file:%1:%2").arg(
        info.fileName(),
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(12)));
    provenance.name = info.fileName();
    provenance.origin = info.absoluteFilePath();
    provenance.importedAt = nowIso();
    return provenance;
}

void importPrices(Store &store, const QString &path, const QByteArray &data, const QString &format,
                  const QString &symbolOverride, QTextStream &out)
{
    PriceCsvOptions options;
    options.symbol = symbolOverride;
    if (!format.isEmpty())
        options.format = *priceFormatFromString(format);
    const PriceCsvResult result = PriceCsv::parse(data, path, options);
    if (result.series.bars.empty())
        throw Error(QStringLiteral("%1: no price rows").arg(path));
    Symbol symbol;
    symbol.ticker = result.series.symbol;
    const auto known = store.symbol(symbol.ticker);
    store.writeSeries(known ? *known : symbol, result.series, provenanceOf(path, data));
    out << QStringLiteral("%1: %2 bars of %3 (%4 – %5)%6\n")
               .arg(path)
               .arg(result.series.bars.size())
               .arg(result.series.symbol, formatIsoDate(result.series.bars.front().tsMs),
                    formatIsoDate(result.series.bars.back().tsMs),
                    result.skippedRows ? QStringLiteral(", %1 empty rows skipped").arg(result.skippedRows)
                                       : QString());
}

} // namespace

int runImportCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("format"),
                        QStringLiteral("Force a format: %1.").arg(kImportFormats.join(QStringLiteral(", "))),
                        QStringLiteral("F")},
                       {QStringLiteral("symbol"), QStringLiteral("Ticker of a price file."), QStringLiteral("S")}});
    parseOrThrow(parser, context.args(), QStringLiteral("import"));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        throw UsageError{QStringLiteral("import takes one or more FILEs")};
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (!format.isEmpty() && !kImportFormats.contains(format))
        throw UsageError{QStringLiteral("--format: unknown format \"%1\" (one of: %2)")
                             .arg(format, kImportFormats.join(QStringLiteral(", ")))};

    Store &store = context.store();
    // All files in one transaction: one bad file leaves the database exactly as it was.
    Transaction transaction(store.database());
    for (const QString &path : files) {
        const QByteArray data = CsvReader::readFile(path);
        if (format == QLatin1String("tickerline") || (format.isEmpty() && looksLikeTickerlineJson(data))) {
            importTickerlineJson(store, data, path);
            context.out() << path << ": imported\n";
        } else if (format.isEmpty() && data.trimmed().startsWith('{')) {
            throw Error(QStringLiteral("%1:1: a JSON file that is not Tickerline JSON (no \"format\": \"tickerline\")")
                            .arg(path));
        } else {
            importPrices(store, path, data, format == QLatin1String("tickerline") ? QString() : format,
                         parser.value(QStringLiteral("symbol")), context.out());
        }
    }
    transaction.commit();
    return 0;
}

int runExportCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), QStringLiteral("tickerline (default)."), QStringLiteral("F"),
                      QStringLiteral("tickerline")});
    parseOrThrow(parser, context.args(), QStringLiteral("export"));
    if (parser.positionalArguments().size() != 1)
        throw UsageError{QStringLiteral("export takes one FILE (- for standard output)")};
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("tickerline"))
        throw UsageError{QStringLiteral("--format: unknown export format \"%1\"").arg(format)};

    const QByteArray json = writeTickerlineJson(context.store().exportSnapshot());
    const QString path = parser.positionalArguments().constFirst();
    if (path == QLatin1String("-")) {
        context.out() << QString::fromUtf8(json);
        return 0;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        throw Error(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return 0;
}

} // namespace tickerline
