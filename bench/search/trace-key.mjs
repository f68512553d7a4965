// Traces one keystroke in Chromium and prints the main thread's events over 1 ms, in order:
// what a slow key waited for, when the search event's breakdown does not tell.
//
// Usage: node bench/search/trace-key.mjs SITE_DIR FIRST_TEXT NEXT_KEYS
//   e.g. node bench/search/trace-key.mjs site c i   (types "c", waits 600 ms, traces "i")
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { serveSite } from "./site-server.mjs";
const [site, first, second] = process.argv.slice(2);
if (!site || !first || !second || !fs.existsSync(path.join(site, "search", "manifest.js"))) {
  console.error("usage: node bench/search/trace-key.mjs SITE_DIR FIRST_TEXT NEXT_KEYS: SITE_DIR must be a built site");
  process.exit(2);
}
const { server, base } = await serveSite(site);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
await page.goto(base);
await page.keyboard.press("/");
await page.keyboard.type(first);
await page.waitForTimeout(600);
await browser.startTracing(page, { categories: ["devtools.timeline", "blink", "v8.execute"] });
await page.keyboard.type(second);
await page.waitForTimeout(150);
const buf = await browser.stopTracing();
const events = JSON.parse(buf.toString()).traceEvents;
const main = events.filter((e) => e.ph === "X" && e.dur > 1000);
const start = Math.min(...events.filter((e) => e.ts).map((e) => e.ts));
const tids = {};
for (const e of events) if (e.name === "thread_name") tids[e.pid + ":" + e.tid] = e.args.name;
for (const e of main.sort((a, b) => a.ts - b.ts)) {
  const t = tids[e.pid + ":" + e.tid] || e.tid;
  if (!/Main|Compositor/.test(t)) continue;
  console.log(((e.ts - start) / 1000).toFixed(1).padStart(7), (e.dur / 1000).toFixed(1).padStart(6), t.padEnd(20), e.name, e.args && e.args.data && (e.args.data.url || e.args.data.functionName || e.args.data.type || "") || "");
}
await browser.close();
server.close();
