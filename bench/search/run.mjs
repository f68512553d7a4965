// Measures the search box of a built site in headless Chromium, as a recruiter uses it.
//
// Usage: node bench/search/run.mjs SITE_DIR [--queries "jwt;senior async;dependency injection"] [--runs 3]
//                                           [--page PATH] [--delay MS] [--chromium /usr/bin/chromium]
//
// It serves SITE_DIR on 127.0.0.1 (no compression, so bytes are what the files weigh), opens
// PATH (default: the home page) in a fresh browser context for each run and query, presses /,
// and types the query a key every DELAY ms (default 120). It reports, per query, the medians of:
//   first_kb    bytes of search.js, search.css and index pieces loaded by the time the results
//               of the whole query are painted (the first query on a fresh page)
//   gzip_kb     the same files gzipped, as a server that compresses would send them
//   first_ms    from the first keystroke to the first results painted
//   key_ms      the slowest of the following keystrokes, each from its key to its results painted
//   next_kb     bytes loaded for a second query typed into the same page afterwards
//   next_ms     the slowest keystroke of that second query
// Results painted means: search.js has put the results in the page (its hireguide:search event)
// and the browser has drawn the next frame.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { chromium } from "playwright-core";

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

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".json": "application/json" };
const root = path.resolve(site);
const server = http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (!file.startsWith(root)) { res.writeHead(403); res.end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  fs.readFile(file, (err, body) => {
    if (err) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "Content-Length": body.length, "Cache-Control": "no-cache" });
    res.end(body);
  });
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });

function isSearchFile(url) {
  return /\/search\/.*\.js$|\/js\/search\.js$|\/css\/search\.css$/.test(url);
}

function gzipSize(url) {
  const file = path.join(root, new URL(url).pathname);
  return zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length;
}

// Types text into the focused box and returns, per keystroke, ms from the key to its results painted.
async function typeAndTime(page, text) {
  const times = [];
  for (let i = 0; i < text.length; i++) {
    const expected = text.slice(0, i + 1);
    const done = page.evaluate((q) => new Promise((resolve) => {
      const t0 = performance.now();
      const on = (e) => {
        if (e.detail.query !== q) return;
        document.removeEventListener("hireguide:search", on);
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      };
      document.addEventListener("hireguide:search", on);
      setTimeout(() => { document.removeEventListener("hireguide:search", on); resolve(null); }, 10000);
    }), expected);
    await page.keyboard.type(text[i]);
    const ms = text[i] === " " ? null : await done;
    if (text[i] === " ") await done.catch(() => null);
    times.push(ms);
    await page.waitForTimeout(delay);
  }
  return times;
}

const median = (values) => {
  const v = values.filter((x) => x != null).sort((a, b) => a - b);
  return v.length ? (v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2) : NaN;
};

const rows = [];
for (const query of queries) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
    const urls = new Map();
    const loaded = [];
    cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, e.request.url));
    cdp.on("Network.loadingFinished", (e) => {
      const url = urls.get(e.requestId);
      if (url && isSearchFile(url)) loaded.push({ url, bytes: e.encodedDataLength });
    });
    await page.goto(base + startPath, { waitUntil: "load" });
    await page.keyboard.press("/");
    // The first keystroke's timer starts at the key, before anything of the index is loaded.
    const times = await typeAndTime(page, query);
    const firstFiles = loaded.slice();
    const first = times.find((t) => t != null);
    const keys = times.slice(times.indexOf(first) + 1).filter((t) => t != null);
    // A following query in the same page.
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await page.waitForTimeout(300);
    const before = loaded.length;
    const nextTimes = await typeAndTime(page, followUp);
    const nextFiles = loaded.slice(before);
    const sum = (files) => files.reduce((s, f) => s + f.bytes, 0);
    samples.push({
      firstKb: sum(firstFiles) / 1024,
      gzipKb: firstFiles.reduce((s, f) => s + gzipSize(f.url), 0) / 1024,
      firstMs: first,
      keyMs: keys.length ? Math.max(...keys) : NaN,
      nextKb: sum(nextFiles) / 1024,
      nextMs: Math.max(...nextTimes.filter((t) => t != null)),
      files: firstFiles.length,
      results: await page.$$eval(".search-result", (els) => els.length),
    });
    await context.close();
  }
  const row = { query };
  for (const key of ["firstKb", "gzipKb", "firstMs", "keyMs", "nextKb", "nextMs", "files"]) {
    row[key] = median(samples.map((s) => s[key]));
  }
  rows.push(row);
}

console.log("query                  first_kb gzip_kb files first_ms key_ms next_kb next_ms");
for (const r of rows) {
  console.log(`${r.query.padEnd(22)} ${r.firstKb.toFixed(1).padStart(8)} ${r.gzipKb.toFixed(1).padStart(7)} ${String(r.files).padStart(5)} `
    + `${r.firstMs.toFixed(0).padStart(8)} ${r.keyMs.toFixed(0).padStart(6)} ${r.nextKb.toFixed(1).padStart(7)} ${r.nextMs.toFixed(0).padStart(7)}`);
}
console.log(`(${runs} runs each, medians; following query: "${followUp}"; load average ${fs.readFileSync("/proc/loadavg", "utf8").split(" ")[0]})`);
await browser.close();
server.close();
