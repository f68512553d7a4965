// Measures the search box of a built site in headless Chromium, as a recruiter uses it.
//
// Usage: node bench/search/run.mjs SITE_DIR [--queries "jwt;senior async;dependency injection"] [--runs 3]
//                                           [--next "rate limiting"] [--page PATH] [--delay MS]
//                                           [--chromium /usr/bin/chromium] [--detail]
//
// It serves SITE_DIR on 127.0.0.1 without compression (so bytes are what the files weigh),
// and for each query and run opens PATH (default: the home page) in a fresh browser context
// (empty cache) and presses / to focus the search box. Then, in two separate fresh pages:
//   pasted: the whole query arrives as one input, as a search API call would get it;
//   typed:  the query is typed a key every DELAY ms (default 120), results updating as it goes.
// It reports the medians of:
//   first_kb  pasted: bytes of js/search.js, css/search.css and the index pieces loaded by the
//             time the results are painted (the library and the index for a first query)
//   facet_kb  pasted: bytes of the facets loaded after the first results (facets.js)
//   ahead_kb  pasted: bytes of the index loaded ahead for the next keys in the second after the
//             results are painted (facets apart)
//   gzip_kb   first_kb as a server that compresses would send it
//   first_ms  pasted: from the input to the results painted, on a page that loaded nothing yet
//   typed_kb  typed: every byte of the library and the index loaded while typing the query
//   key1_ms   typed: from the first keystroke to its results painted
//   key_ms    typed: the slowest of the following keystrokes, each from its key to its results painted
//             (from its keydown event; a pasted query's time runs from just before the paste)
//   next_kb   pasted: bytes loaded for a second query (--next) in the same page afterwards
//   next_ms   pasted: from that query's input to its results painted
// With --detail it also prints, for every typed key of every run, where its time went (the
// search event's shard, match, document and drawing times and the pieces it waited for).
// "Painted" means search.js has put the results in the page (its hireguide:search event) and the
// browser has drawn the next frame.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { chromium } from "playwright-core";
import { serveSite } from "./site-server.mjs";

const args = process.argv.slice(2);
function option(name, fallback) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
}
const site = args[0];
if (!site || !fs.existsSync(path.join(site, "search", "manifest.js"))) {
  console.error("usage: node bench/search/run.mjs SITE_DIR [--queries \"a;b\"] [--runs N]: SITE_DIR must be a built site");
  process.exit(2);
}
const queries = option("--queries", "jwt;senior async;dependency injection").split(";");
const runs = Number(option("--runs", "3"));
const startPath = option("--page", "");
const delay = Number(option("--delay", "120"));
const executablePath = option("--chromium", "/usr/bin/chromium");
const followUp = option("--next", "rate limiting");
const detail = args.includes("--detail");

const root = path.resolve(site);
const { server, base } = await serveSite(site);

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });

function isSearchFile(url) {
  return /\/search\/.*\.js$|\/js\/search\.js$|\/css\/search\.css$/.test(url);
}

function gzipSize(url) {
  const file = path.join(root, new URL(url).pathname);
  return zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length;
}

// Arms a listener for the results of `query`, before the input that should bring them, so that
// results that come at once are not missed; resultsPainted() then gives the ms from that input
// to the results painted (null if none within 10 s). The input's time is its keydown's, or for
// pasted text, which has no key, the time the listener was armed.
async function armResults(page, query) {
  await page.evaluate((q) => {
    window.__inputAt = null;
    window.__detail = null;
    const armed = performance.now();
    window.__painted = new Promise((resolve) => {
      const on = (e) => {
        if (e.detail.query !== q) return;
        window.__detail = Object.assign({ at: performance.now() - window.__inputAt, input: window.__inputEventAt - window.__inputAt }, e.detail);
        document.removeEventListener("hireguide:search", on);
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - (window.__inputAt ?? armed)), 0));
      };
      document.addEventListener("hireguide:search", on);
      setTimeout(() => { document.removeEventListener("hireguide:search", on); resolve(null); }, 10000);
    });
  }, query);
}

function resultsPainted(page) {
  return page.evaluate(() => window.__painted);
}

// Types text into the focused box; returns, per keystroke, ms from the key to its results painted.
async function typeAndTime(page, text) {
  const times = [];
  for (let i = 0; i < text.length; i++) {
    await armResults(page, text.slice(0, i + 1));
    await page.keyboard.type(text[i]);
    const ms = await resultsPainted(page);
    times.push(ms);
    if (detail) {
      const d = await page.evaluate(() => window.__detail);
      console.log(`  ${JSON.stringify(text.slice(0, i + 1)).padEnd(24)} ${ms == null ? "none" : ms.toFixed(0).padStart(4) + " ms"}`
        + (d ? `  input ${d.input.toFixed(0)}  results ${d.at.toFixed(0)}  in-box ${d.ms.toFixed(0)}${d.starts ? " starts" : ""}  shards ${d.shardMs.toFixed(0)}  match ${d.matchMs.toFixed(0)}  docs ${d.docMs.toFixed(0)}  draw ${d.renderMs.toFixed(0)}  waited ${d.waited}` : ""));
    }
    await page.waitForTimeout(delay);
  }
  return times;
}

// Pastes text into the focused box; returns ms to its results painted, and how many index files
// had loaded by then (the box goes on to load ahead for the next keys afterwards).
async function paste(page, text, loaded) {
  await armResults(page, text);
  await page.keyboard.insertText(text);
  const ms = await resultsPainted(page);
  return { ms, files: loaded.length };
}

async function freshPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const urls = new Map();
  const loaded = [];
  cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, e.request.url));
  cdp.on("Network.loadingFinished", (e) => {
    const url = urls.get(e.requestId);
    if (url && isSearchFile(url)) loaded.push({ url, bytes: e.encodedDataLength });
  });
  await page.goto(base + startPath, { waitUntil: "load" });
  await page.evaluate(() => {
    addEventListener("keydown", (e) => { window.__inputAt = e.timeStamp; }, true);
    addEventListener("input", () => { window.__inputEventAt = performance.now(); }, true);
  });
  await page.keyboard.press("/");
  return { context, page, loaded };
}

const median = (values) => {
  const v = values.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  return v.length ? (v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2) : NaN;
};
const kb = (files) => files.reduce((s, f) => s + f.bytes, 0) / 1024;

const rows = [];
for (const query of queries) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const sample = {};
    // Pasted, then a following query in the same page.
    let { context, page, loaded } = await freshPage();
    const pasted = await paste(page, query, loaded);
    sample.firstMs = pasted.ms;
    sample.results = await page.$$eval(".search-result", (els) => els.length);
    await page.waitForTimeout(1000);
    // facets.js is asked for only once the first results are shown, so it is counted apart, and
    // so is what the box loads ahead for the next keys after the results are painted.
    const isFacets = (f) => /\/search\/facets\.js$/.test(f.url);
    const first = loaded.slice(0, pasted.files).filter((f) => !isFacets(f));
    const facets = loaded.filter(isFacets);
    sample.firstKb = kb(first);
    sample.gzipKb = first.reduce((s, f) => s + gzipSize(f.url), 0) / 1024;
    sample.facetKb = kb(facets);
    sample.aheadKb = kb(loaded.slice(pasted.files).filter((f) => !isFacets(f)));
    sample.files = first.length;
    const before = loaded.length;
    await page.keyboard.press("Control+A");
    // (facets.js is already in: what follows is shards and documents only)
    const next = await paste(page, followUp, loaded);
    sample.nextMs = next.ms;
    sample.nextKb = kb(loaded.slice(before, next.files));
    await context.close();
    // Typed.
    ({ context, page, loaded } = await freshPage());
    const times = await typeAndTime(page, query);
    sample.typedKb = kb(loaded);
    sample.key1Ms = times[0];
    const rest = times.slice(1).filter((t) => t != null);
    sample.keyMs = rest.length ? Math.max(...rest) : NaN;
    await context.close();
    samples.push(sample);
  }
  const row = { query };
  for (const key of ["firstKb", "facetKb", "aheadKb", "gzipKb", "files", "firstMs", "typedKb", "key1Ms", "keyMs", "nextKb", "nextMs", "results"]) {
    row[key] = median(samples.map((s) => s[key]));
  }
  rows.push(row);
}

const columns = [["first_kb", "firstKb", 1], ["facet_kb", "facetKb", 1], ["ahead_kb", "aheadKb", 1], ["gzip_kb", "gzipKb", 1], ["files", "files", 0],
  ["first_ms", "firstMs", 0], ["typed_kb", "typedKb", 1], ["key1_ms", "key1Ms", 0], ["key_ms", "keyMs", 0],
  ["next_kb", "nextKb", 1], ["next_ms", "nextMs", 0], ["shown", "results", 0]];
console.log("query".padEnd(22) + columns.map(([name]) => name.padStart(9)).join(""));
for (const r of rows) {
  console.log(r.query.padEnd(22) + columns.map(([, key, digits]) => r[key].toFixed(digits).padStart(9)).join(""));
}
console.log(`(${runs} runs each, medians; following query: "${followUp}"; load average ${fs.readFileSync("/proc/loadavg", "utf8").split(" ")[0]})`);
await browser.close();
server.close();
