// SPDX-License-Identifier: GPL-3.0-or-later
// Stand-ins for what TimelineConfig needs from a browser. None of it is what this test validates:
// DOMPurify only sanitises the HTML of headlines and texts (it needs a DOM), DOMParser only strips
// tags from display_date and group (Util.stripMarkup), and net/Net (Zepto, reached through
// Language.js) reads window.document when it loads.
globalThis.DOMParser ??= class {
    parseFromString(html) {
        return { body: { textContent: String(html).replace(/<[^>]*>/g, '') } };
    }
};

export default {
    addHook() {},
    sanitize: (html) => html,
};

export function fetchJSON() {
    throw new Error('no network access in the TimelineJS validation test');
}
