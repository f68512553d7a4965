/* hireguide default theme: behaviour for the hiring content types.
   Every page is complete without this file; it only
   1. turns on the question filter (levels, category, interviewer mode), keeps its state in
      the address (?level=senior&category=…&mode=interviewer) and announces the count,
   2. turns on "Copy as plain text" for a role's job description,
   3. makes the comparison tables' scroll boxes tab stops only when they scroll. */
(function () {
  "use strict";

  var forEach = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  /* 1. Question filter ---------------------------------------------------- */

  function setUpQuestionFilter() {
    var form = document.getElementById("q-filters");
    var list = document.getElementById("q-list");
    if (!form || !list) return;

    var levelBoxes = form.querySelectorAll('input[name="level"]');
    var category = form.querySelector('select[name="category"]');
    var mode = form.querySelector('input[name="mode"]');
    var status = document.getElementById("q-status");
    var reset = form.querySelector(".q-reset");
    var empty = list.querySelector(".q-empty");
    var questions = list.querySelectorAll(".q");
    var groups = list.querySelectorAll(".q-group");
    var jumpItems = document.querySelectorAll(".q-jump li[data-category]");
    var total = questions.length;
    var announceTimer = null;

    function checkedLevels() {
      var keys = [];
      forEach(levelBoxes, function (box) { if (box.checked) keys.push(box.value); });
      return keys;
    }

    function allLevels() {
      return checkedLevels().length === levelBoxes.length;
    }

    function categoryValue() {
      return category ? category.value : "";
    }

    // Read ?level=mid,senior&category=category-core-concepts&mode=interviewer.
    function readAddress() {
      var params = new URLSearchParams(window.location.search);
      var levels = params.getAll("level").join(",").split(",").filter(Boolean);
      if (levels.length) {
        var known = 0;
        forEach(levelBoxes, function (box) { if (levels.indexOf(box.value) >= 0) known++; });
        if (known) forEach(levelBoxes, function (box) { box.checked = levels.indexOf(box.value) >= 0; });
      }
      var cat = params.get("category");
      if (category && cat && category.querySelector('option[value="' + cssEscape(cat) + '"]')) {
        category.value = cat;
      }
      if (mode) mode.checked = params.get("mode") === "interviewer";
    }

    function writeAddress() {
      if (!window.history || !window.history.replaceState) return;
      var params = new URLSearchParams(window.location.search);
      params.delete("level");
      params.delete("category");
      params.delete("mode");
      if (!allLevels()) params.set("level", checkedLevels().join(","));
      if (categoryValue()) params.set("category", categoryValue());
      if (mode && mode.checked) params.set("mode", "interviewer");
      var query = params.toString().replace(/%2C/g, ",");
      var address = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
      window.history.replaceState(window.history.state, "", address);
    }

    function apply(announce) {
      var levels = checkedLevels();
      var cat = categoryValue();
      var shown = 0;
      forEach(questions, function (q) {
        var keys = (q.getAttribute("data-levels") || "").split(" ");
        var levelOk = levelBoxes.length === 0 || keys.some(function (k) { return levels.indexOf(k) >= 0; });
        var catOk = !cat || q.getAttribute("data-category") === cat;
        q.hidden = !(levelOk && catOk);
        if (!q.hidden) shown++;
      });
      var visibleGroups = {};
      forEach(groups, function (group) {
        group.hidden = !group.querySelector(".q:not([hidden])");
        visibleGroups[group.getAttribute("data-category")] = !group.hidden;
      });
      forEach(jumpItems, function (item) {
        item.hidden = !visibleGroups[item.getAttribute("data-category")];
      });
      list.classList.toggle("is-interviewer", !!(mode && mode.checked));
      if (empty) empty.hidden = shown > 0;
      var filtered = shown < total;
      if (reset) reset.hidden = !filtered;

      var text = filtered
        ? "Showing " + shown + " of " + total + (total === 1 ? " question" : " questions")
        : (total === 1 ? "Showing 1 question" : "Showing all " + total + " questions");
      if (mode && mode.checked) text += ", answers hidden";
      if (status) {
        // Update after a pause, so quick changes are announced once.
        window.clearTimeout(announceTimer);
        if (announce) {
          announceTimer = window.setTimeout(function () { status.textContent = text + "."; }, 250);
        } else {
          status.textContent = text + ".";
        }
      }
    }

    function onChange() {
      apply(true);
      writeAddress();
    }

    // A link to a question that the filter hides shows everything again.
    function revealTarget() {
      var id = decodeURIComponent(window.location.hash.slice(1));
      var target = id && document.getElementById(id);
      if (!target || !list.contains(target)) return;
      var hiddenParent = target.closest("[hidden]");
      if (!hiddenParent) return;
      clearFilters();
      target.scrollIntoView();
    }

    function clearFilters() {
      forEach(levelBoxes, function (box) { box.checked = true; });
      if (category) category.value = "";
      apply(true);
      writeAddress();
    }

    readAddress();
    form.hidden = false;
    apply(false);
    revealTarget();

    form.addEventListener("change", onChange);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    if (reset) {
      reset.addEventListener("click", function () {
        clearFilters();
        (levelBoxes[0] || category || mode).focus();
      });
    }
    window.addEventListener("hashchange", revealTarget);
  }

  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, "\\$&");
  }

  /* 2. Copy the job description as plain text ------------------------------ */

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      // Older browsers and file:// pages: copy from an off-screen text area.
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.setAttribute("aria-hidden", "true");
      area.tabIndex = -1;
      area.style.position = "fixed";
      area.style.top = "0";
      area.style.left = "-9999px";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error("copy refused"));
    });
  }

  function setUpCopyButtons() {
    forEach(document.querySelectorAll("button[data-copy-from]"), function (button) {
      var source = document.getElementById(button.getAttribute("data-copy-from"));
      var status = document.getElementById(button.getAttribute("data-copy-status"));
      if (!source) return;
      var text = source.content ? source.content.textContent : source.textContent;
      var clearTimer = null;
      button.hidden = false;
      button.addEventListener("click", function () {
        var say = function (message) {
          if (!status) return;
          status.textContent = message;
          window.clearTimeout(clearTimer);
          clearTimer = window.setTimeout(function () { status.textContent = ""; }, 5000);
        };
        copyText(text.replace(/^\s+/, "")).then(function () {
          say("Copied the job description as plain text.");
        }, function () {
          say("Could not copy. Use “Download .txt” instead.");
        });
      });
    });
  }

  /* 3. Scroll boxes ---------------------------------------------------------- */

  function setUpScrollBoxes() {
    var boxes = document.querySelectorAll(".table-box");
    if (!boxes.length) return;
    // The markup makes every box a tab stop; keep that only where it scrolls.
    var update = function () {
      forEach(boxes, function (box) {
        if (box.scrollWidth > box.clientWidth + 1) box.setAttribute("tabindex", "0");
        else box.removeAttribute("tabindex");
      });
    };
    update();
    window.addEventListener("resize", update);
  }

  function init() {
    setUpQuestionFilter();
    setUpCopyButtons();
    setUpScrollBoxes();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
