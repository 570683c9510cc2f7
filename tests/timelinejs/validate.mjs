// SPDX-License-Identifier: GPL-3.0-or-later
// Checks Tickerline's TimelineJS3 export with TimelineJS3's own code: the TimelineConfig class of
// the npm package @knight-lab/timelinejs (its ES module sources, src/js), which is what a
// TimelineJS page builds from the JSON before it draws anything.
//
//   node --experimental-loader ./hooks.mjs validate.mjs TICKERLINE CACHE_DIR INTEROP_DIR
//
// TICKERLINE: the binary. CACHE_DIR: where the package is fetched once (npm pack) and unpacked.
// INTEROP_DIR: tests/data/interop; each of its *.json, *.csv and *.timeline is imported into a
// fresh database and exported again. Plain Node 18: no dependencies beyond npm and tar.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import './stubs.mjs'; // DOMParser, for Util.stripMarkup

// Pinned: `npm view @knight-lab/timelinejs@3.9.11 dist.integrity`.
const SPEC = '@knight-lab/timelinejs@3.9.11';
const TARBALL = 'knight-lab-timelinejs-3.9.11.tgz';
const INTEGRITY = 'sha512-+jUuY1OJ+9zSO5O3AfYSLd1yB0vQkm22zyIElz8BWT5DQ9mL0rsxlQkBKAqLbWpJjFuAAJeqzLY35xFIg6GW4g==';

const [tickerline, cacheDir, interopDir] = process.argv.slice(2);
if (!interopDir) {
    console.error('usage: node --experimental-loader ./hooks.mjs validate.mjs TICKERLINE CACHE_DIR INTEROP_DIR');
    process.exit(2);
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tickerline-timelinejs-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

function die(message) {
    console.error(`FAIL: ${message}`);
    process.exit(1);
}

const SYSTEM_CERTIFICATES = '/etc/ssl/certs/ca-certificates.crt';

// The package, fetched and unpacked once per build tree; the tarball's hash is checked on every run.
function fetchPackage() {
    fs.mkdirSync(cacheDir, { recursive: true });
    const tarball = path.join(cacheDir, TARBALL);
    if (!fs.existsSync(tarball)) {
        const download = fs.mkdtempSync(path.join(cacheDir, 'download-'));
        try {
            // Node trusts only its own certificate list: the system's as well, as curl and apt do
            // (a network whose proxy has a certificate of its own needs it).
            const env = { ...process.env };
            if (!env.NODE_EXTRA_CA_CERTS && fs.existsSync(SYSTEM_CERTIFICATES))
                env.NODE_EXTRA_CA_CERTS = SYSTEM_CERTIFICATES;
            execFileSync(process.env.NPM || 'npm', ['pack', SPEC, '--pack-destination', download, '--loglevel=error'],
                         { env, stdio: ['ignore', 'ignore', 'inherit'] });
        } catch (e) {
            fs.rmSync(download, { recursive: true, force: true });
            die(`could not download ${SPEC} with \`npm pack\` (${e.message.split('\n')[0]}); ` +
                'this test needs npm (scripts/deps.sh installs it) and the npm registry');
        }
        fs.renameSync(path.join(download, TARBALL), tarball); // whole or not at all
        fs.rmSync(download, { recursive: true, force: true });
    }
    const actual = 'sha512-' + createHash('sha512').update(fs.readFileSync(tarball)).digest('base64');
    if (actual !== INTEGRITY) {
        fs.rmSync(tarball); // fetched again next time
        die(`${tarball}: integrity ${actual}, expected ${INTEGRITY}`);
    }
    const unpacked = path.join(cacheDir, 'package');
    if (!fs.existsSync(unpacked)) {
        const into = fs.mkdtempSync(path.join(cacheDir, 'unpack-'));
        execFileSync('tar', ['-xzf', tarball, '-C', into]);
        fs.renameSync(path.join(into, 'package'), unpacked);
        fs.rmSync(into, { recursive: true, force: true });
    }
    return unpacked;
}

const packageDir = fetchPackage();
const { TimelineConfig } = await import(
    pathToFileURL(path.join(packageDir, 'src/js/core/TimelineConfig.js')).href);

// What Timeline.setConfig does with a config: construct it, and validate() it when it is valid so far.
// Returns the problems; TimelineJS drops a slide without start_date silently, so counts are compared.
function check(name, json) {
    const events = json.events?.length ?? 0, eras = json.eras?.length ?? 0;
    let config;
    try {
        config = new TimelineConfig(structuredClone(json));
    } catch (e) { // e.g. an unreadable year while it picks the scale: TimelineJS shows no timeline
        return { problems: [`TimelineConfig threw: ${describe(e)}`], line: `${name}: TimelineConfig threw` };
    }
    if (config.isValid())
        config.validate();
    const { errors, warnings } = config.messages;
    const problems = errors.map((e) => `error: ${describe(e)}`);
    if (config.events.length !== events)
        problems.push(`TimelineJS kept ${config.events.length} of the ${events} events exported`);
    if (config.eras.length !== eras)
        problems.push(`TimelineJS kept ${config.eras.length} of the ${eras} eras exported`);
    if (json.title && !config.title)
        problems.push('TimelineJS dropped the title slide');
    const line = `${name}: ${config.events.length} slides${json.title ? ' + title' : ''}, ` +
        `${config.eras.length} eras, ${errors.length} errors, ${warnings.length} warnings`;
    return { problems: problems.concat(warnings.map((w) => `warning: ${describe(w)}`)), line };
}

function describe(e) {
    return e?.message_key ? `${e.message_key}${e.detail ? ` (${e.detail})` : ''}` : String(e);
}

let failures = 0;
function expectValid(name, json) {
    const { problems, line } = check(name, json);
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${line}`);
    problems.forEach((p) => console.log(`       ${p}`));
    failures += problems.length ? 1 : 0;
}

// Returns null, or the output of a failed run.
function runTickerline(args, env = process.env) {
    try {
        execFileSync(tickerline, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
        return null;
    } catch (e) {
        return `tickerline ${args.join(' ')}: ${e.message.split('\n')[0]}\n${e.stdout ?? ''}${e.stderr ?? ''}`.trim();
    }
}

function exportJson(out, dbArgs, env) {
    const failed = runTickerline([...dbArgs, 'export', out, '--format', 'timelinejs'], env);
    if (failed)
        die(failed);
    return JSON.parse(fs.readFileSync(out, 'utf8'));
}

// (1) The bundled episode: no --db, so the default database is created from the bundled dataset,
// here in a home of our own.
const home = path.join(work, 'home');
const episode = exportJson(path.join(work, 'episode.json'), [], {
    ...process.env, HOME: home, XDG_DATA_HOME: path.join(home, 'data'),
    XDG_CONFIG_HOME: path.join(home, 'config'), XDG_CACHE_HOME: path.join(home, 'cache'),
});
if (!episode.events?.length)
    die('the bundled episode exported no events');
expectValid('bundled episode', episode);

// (2) Every interop file Tickerline imports, imported into a fresh database and exported again.
function walk(dir) {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]).sort();
}
const interop = walk(interopDir).filter((f) => /\.(json|csv|timeline)$/.test(f));
if (!interop.length)
    die(`no interop files in ${interopDir}`);
let skipped = 0;
interop.forEach((file, i) => {
    const db = ['--db', path.join(work, `interop${i}.db`)];
    const refused = runTickerline([...db, 'import', file]);
    if (refused) { // e.g. TimelineJS's own parser_test.csv, a CSV test file with no dates
        console.log(`skip ${path.relative(interopDir, file)}: Tickerline does not import it:`);
        console.log(`       ${refused.split('\n').pop()}`);
        skipped++;
        return;
    }
    expectValid(path.relative(interopDir, file), exportJson(path.join(work, `interop${i}.json`), db));
});

// (3) The validator is live: files TimelineJS cannot use must be caught.
function expectCaught(name, mutate) {
    const json = structuredClone(episode);
    mutate(json);
    const { problems } = check(name, json);
    console.log(`${problems.length ? 'ok  ' : 'FAIL'} broken file caught: ${name}`);
    problems.forEach((p) => console.log(`       ${p}`));
    failures += problems.length ? 0 : 1;
}
// TimelineJS skips such a slide without an error (a console.log of it): the count check catches it.
expectCaught('a slide without start_date', (json) => { delete json.events[0].start_date; });
expectCaught('a slide dated "1990s"', (json) => { json.events[0].start_date = { year: '1990s' }; });
expectCaught('an era without start_date', (json) => {
    json.eras = [...(json.eras ?? []), { end_date: { year: '2000' }, text: { headline: 'Broken era' } }];
});

console.log(failures ? `${failures} check(s) failed`
                     : `all ${interop.length - skipped + 1} exports accepted by TimelineJS ${SPEC}`);
process.exit(failures ? 1 : 0);
