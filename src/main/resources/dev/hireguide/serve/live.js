// hireguide serve: reloads the page after each rebuild, and shows build errors over it.
// Added to pages by the dev server only; `hireguide build` output never contains it.
(() => {
  "use strict";
  const me = document.currentScript;
  const build = me ? me.dataset.build : "";
  const OVERLAY = "hireguide-errors";

  function position(d) {
    if (!d.line) return d.file;
    return d.file + ":" + d.line + (d.column ? ":" + d.column : "");
  }

  function hide() {
    const old = document.getElementById(OVERLAY);
    if (old) old.remove();
  }

  // Built with textContent only: messages quote content, which must never become markup.
  function show(report) {
    hide();
    const box = document.createElement("div");
    box.id = OVERLAY;
    box.setAttribute("role", "alert");
    Object.assign(box.style, {
      position: "fixed", inset: "0", zIndex: "2147483647", overflow: "auto", margin: "0",
      padding: "2rem", background: "rgba(24, 24, 27, 0.94)", color: "#fafafa",
      font: "14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace"
    });
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide";
    Object.assign(close.style, { float: "right", font: "inherit", cursor: "pointer" });
    close.addEventListener("click", hide);
    const title = document.createElement("p");
    Object.assign(title.style, { margin: "0 0 1rem", fontWeight: "bold", color: "#fca5a5" });
    title.textContent = "Build failed: " + report.errors + (report.errors === 1 ? " error" : " errors")
        + ". This page is the last good build; save a fix and it reloads.";
    box.append(close, title);
    for (const d of report.diagnostics) {
      const pre = document.createElement("pre");
      Object.assign(pre.style, { whiteSpace: "pre-wrap", margin: "0 0 1rem" });
      pre.textContent = position(d) + ": " + d.severity + ": " + d.message + (d.hint ? "\n  hint: " + d.hint : "");
      box.append(pre);
    }
    document.body.append(box);
  }

  const events = new EventSource("/__hireguide/events");
  events.addEventListener("hello", (e) => {
    // After a rebuild this page missed (or a restart of the server), load the new one.
    if (build && e.data !== build) location.reload();
  });
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("errors", (e) => show(JSON.parse(e.data)));
})();
