// SPDX-License-Identifier: GPL-3.0-or-later
// ESM loader hooks (node --experimental-loader, Node 18 and later) that let Node run TimelineJS3's
// src/js as its bundler (webpack) does: imports without ".js", a package.json without
// "type": "module", and two browser-only modules replaced by stubs.mjs.
import { readFile } from 'node:fs/promises';

const stubs = new URL('./stubs.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
    if (specifier === 'dompurify' || (/\/net\/Net$/.test(specifier) && context.parentURL?.includes('/src/js/')))
        return { url: stubs, shortCircuit: true };
    if (/^\.\.?\//.test(specifier) && !/\.m?js$/.test(specifier))
        return nextResolve(specifier + '.js', context);
    return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
    if (url.startsWith('file:') && url.includes('/src/js/') && url.endsWith('.js'))
        return { format: 'module', source: await readFile(new URL(url)), shortCircuit: true };
    return nextLoad(url, context);
}
