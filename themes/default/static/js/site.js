/* hireguide default theme: small progressive enhancements.
   Every page works without this file; it only
   1. keeps the "On this page" list open on wide screens and folded on phones,
   2. highlights the current heading in that list while reading,
   3. makes wide tables scroll sideways in a keyboard-reachable box,
   4. adds a "#" link to each heading, for sharing a link to one section,
   5. scrolls the phone-sized section nav so the current section shows,
   6. when the site is opened from disk (file://), points links to folders at their
      index.html, which a browser does not open by itself there,
   7. makes glossary definitions work on touch screens (a first tap on a term shows its
      definition, a second follows the link), closes them with Escape, and opens those
      near the right edge leftwards. Hover and keyboard focus show them with CSS alone. */
(function () {
  "use strict";

  var WIDE = "(min-width: 64em)";

  function setUpToc() {
    var details = document.querySelector(".toc-details");
    if (!details || !window.matchMedia) return;
    var query = window.matchMedia(WIDE);
    var sync = function () { details.open = query.matches; };
    sync();
    if (query.addEventListener) query.addEventListener("change", sync);
  }

  function setUpScrollSpy() {
    var links = document.querySelectorAll('.toc a[href^="#"]');
    if (!links.length || !("IntersectionObserver" in window)) return;
    var byId = {};
    var headings = [];
    Array.prototype.forEach.call(links, function (link) {
      var id = decodeURIComponent(link.getAttribute("href").slice(1));
      var heading = document.getElementById(id);
      if (heading) {
        byId[id] = link;
        headings.push(heading);
      }
    });
    var current = null;
    var mark = function (id) {
      if (current) current.removeAttribute("aria-current");
      current = byId[id] || null;
      if (current) current.setAttribute("aria-current", "location");
    };
    var observer = new IntersectionObserver(function () {
      // The current heading is the last one that has scrolled past the top third.
      var line = window.innerHeight / 3;
      var active = null;
      headings.forEach(function (h) {
        if (h.getBoundingClientRect().top <= line) active = h.id;
      });
      mark(active);
    }, { rootMargin: "0px 0px -66% 0px" });
    headings.forEach(function (h) { observer.observe(h); });
  }

  function labelFor(table) {
    var caption = table.querySelector("caption");
    if (caption) return caption.textContent.trim();
    // Use the nearest heading above the table as its name.
    var node = table.previousElementSibling;
    while (node && !/^H[2-6]$/.test(node.tagName)) node = node.previousElementSibling;
    return node ? "Table: " + node.textContent.replace(/#$/, "").trim() : "Table";
  }

  function setUpTables() {
    var tables = document.querySelectorAll(".prose table");
    var boxes = [];
    Array.prototype.forEach.call(tables, function (table) {
      // Markdown tables come wrapped (and focusable) from the build; keep them in the list
      // so that a box that does not scroll stops being a tab stop.
      if (table.parentElement.classList.contains("table-scroll")) {
        boxes.push(table.parentElement);
        return;
      }
      var box = document.createElement("div");
      box.className = "table-scroll";
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", labelFor(table));
      table.parentNode.insertBefore(box, table);
      box.appendChild(table);
      boxes.push(box);
    });
    if (!boxes.length) return;
    // Only a box that actually scrolls needs to be a tab stop.
    var update = function () {
      boxes.forEach(function (box) {
        if (box.scrollWidth > box.clientWidth + 1) box.setAttribute("tabindex", "0");
        else box.removeAttribute("tabindex");
      });
    };
    update();
    window.addEventListener("resize", update);
  }

  function setUpHeadingAnchors() {
    var headings = document.querySelectorAll(".prose h2[id], .prose h3[id]");
    Array.prototype.forEach.call(headings, function (heading) {
      if (heading.querySelector(".heading-anchor")) return;
      var link = document.createElement("a");
      link.className = "heading-anchor";
      link.href = "#" + encodeURIComponent(heading.id);
      link.setAttribute("aria-label", "Link to this section");
      link.textContent = "#";
      heading.appendChild(link);
    });
  }

  // Task-list checkboxes are read-only markers; if the Markdown output gives
  // them no accessible name, name each one after its list item's text.
  function labelTaskCheckboxes() {
    var boxes = document.querySelectorAll('.prose li > input[type="checkbox"]');
    Array.prototype.forEach.call(boxes, function (box) {
      if (box.labels && box.labels.length) return;
      if (box.hasAttribute("aria-label") || box.hasAttribute("aria-labelledby")) return;
      box.setAttribute("aria-label", box.parentElement.textContent.replace(/\s+/g, " ").trim());
    });
  }

  // A bare "↩" is a poor link name for screen readers.
  function labelFootnoteBacklinks() {
    var links = document.querySelectorAll(".prose .footnote-backref, .prose [data-footnote-backref]");
    Array.prototype.forEach.call(links, function (link) {
      if (!link.hasAttribute("aria-label")) link.setAttribute("aria-label", "Back to the text");
    });
  }

  function fixFolderLinksOnDisk() {
    if (location.protocol !== "file:") return;
    var links = document.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute("href");
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) continue;
      var cut = href.search(/[?#]/);
      var path = cut < 0 ? href : href.slice(0, cut);
      if (path === "" || path.charAt(path.length - 1) !== "/") continue;
      links[i].setAttribute("href", path + "index.html" + (cut < 0 ? "" : href.slice(cut)));
    }
  }

  // On phones the section nav scrolls sideways: bring the current section into view.
  function revealCurrentSection() {
    var current = document.querySelector('.site-nav a[aria-current="page"]');
    if (!current) return;
    var list = current.closest("ul");
    if (list && list.scrollWidth > list.clientWidth) {
      var item = current.parentElement;
      list.scrollLeft = item.offsetLeft - (list.clientWidth - item.offsetWidth) / 2;
    }
  }

  function setUpGlossaryTips() {
    var terms = document.querySelectorAll(".glossary");
    if (!terms.length) return;
    var open = null;
    var lastPointer = "mouse";
    var close = function () {
      if (open) open.classList.remove("is-open");
      open = null;
    };
    var place = function (term) {
      var room = document.documentElement.clientWidth - term.getBoundingClientRect().left;
      term.classList.toggle("tip-left", room < Math.min(320, window.innerWidth * 0.8) + 8);
    };
    document.addEventListener("pointerdown", function (event) {
      lastPointer = event.pointerType || "mouse";
      if (open && !open.contains(event.target)) close();
    }, true);
    Array.prototype.forEach.call(terms, function (term) {
      var link = term.querySelector(".glossary-link");
      if (!link || !term.querySelector(".glossary-tip")) return;
      term.addEventListener("mouseenter", function () { place(term); });
      term.addEventListener("mouseleave", function () { term.classList.remove("is-dismissed"); });
      link.addEventListener("focus", function () {
        term.classList.remove("is-dismissed");
        place(term);
      });
      link.addEventListener("blur", function () {
        term.classList.remove("is-dismissed");
        if (open === term) close();
      });
      link.addEventListener("click", function (event) {
        if (lastPointer !== "touch" || open === term) return;
        event.preventDefault();
        close();
        place(term);
        term.classList.add("is-open");
        open = term;
      });
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" && event.key !== "Esc") return;
      var shown = document.querySelectorAll(".glossary:hover, .glossary.is-open, .glossary:focus-within");
      Array.prototype.forEach.call(shown, function (term) { term.classList.add("is-dismissed"); });
      close();
    });
  }

  function init() {
    fixFolderLinksOnDisk();
    revealCurrentSection();
    labelTaskCheckboxes();
    labelFootnoteBacklinks();
    setUpToc();
    setUpHeadingAnchors();
    setUpTables();
    setUpScrollSpy();
    setUpGlossaryTips();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
