/* hireguide default theme: site search, from the static index the build writes into search/.
   Every page works without this file: the header box only appears when it runs, and the
   search page says that search needs JavaScript. It
   1. puts a search box in the header (focus it with / or Ctrl-K), with results as you type,
      arrow keys and Enter, facet filters beside the results and a link to the results page,
   2. runs the search page (search/?q=jwt&level=senior), keeping the query and the filters in
      the address so that results can be shared,
   3. loads the index in small pieces as scripts that call hireguideSearch(name, data): the
      manifest first, then only the shards of the query's terms and the chunks of the results
      shown, and between keys those that the likeliest next keys need. Scripts, unlike fetch(),
      also load when the site is opened from disk (file://).
   Text from the index is always inserted as text, never as HTML. */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || !window.Promise) return;
  // This file is js/search.js at the site's root, whatever the base path or the page's depth.
  var ROOT = script.src.replace(/js\/search\.js(?:[?#].*)?$/, "");
  var INDEX = ROOT + "search/";
  var ON_DISK = location.protocol === "file:";
  var HEADER_RESULTS = 6;
  var PAGE_RESULTS = 20;
  var MAX_SUBSHARDS = 3;
  // Loading ahead: the keys that may come next, for how many of the likeliest their shards are
  // loaded, how likely a key must be beside the likeliest to count, and for how many results the
  // chunks are loaded (those of three keys in the header, of one on the search page).
  var NEXT_KEYS = "abcdefghijklmnopqrstuvwxyz0123456789";
  var SHARDS_AHEAD = 5;
  var LIKELY_SHARE = 0.25;
  var RESULTS_AHEAD = 3 * HEADER_RESULTS;
  // The longest piece of work done ahead in one go, in milliseconds (see decodeSoon).
  var SLICE_MS = 4;
  // How long without a key counts as the reader having stopped typing (see update).
  var FACETS_PAUSE = 300;
  // Score of a match by field: short title (3 terms or fewer), title, body; exact term, then prefix.
  var EXACT = [16, 10, 2];
  var PREFIX = [10, 6, 1];
  var LEVEL_BITS = { junior: 1, mid: 2, senior: 4, lead: 8 };
  var FACETS = [
    { key: "type", label: "Type" },
    { key: "level", label: "Level" },
    { key: "framework", label: "Framework" },
    { key: "category", label: "Category" }
  ];

  /* 1. Loading index pieces ------------------------------------------------ */

  var pieces = {};

  function piece(name) {
    if (!pieces[name]) {
      var entry = {};
      entry.promise = new Promise(function (resolve, reject) {
        entry.resolve = function (data) {
          entry.data = data;
          resolve(data);
        };
        entry.reject = reject;
      });
      pieces[name] = entry;
    }
    return pieces[name];
  }

  // A piece's data if it is in, else undefined.
  function loaded(name) {
    return pieces[name] && pieces[name].data;
  }

  // The index's scripts call this with their own name and their data.
  window.hireguideSearch = function (name, data) {
    piece(name).resolve(data);
  };

  function load(name) {
    var entry = piece(name);
    if (!entry.started) {
      entry.started = true;
      var tag = document.createElement("script");
      tag.src = INDEX + name + ".js";
      tag.async = true;
      tag.onerror = function () {
        delete pieces[name];
        entry.reject(new Error("The search index could not be loaded (" + name + ")."));
      };
      document.head.appendChild(tag);
    }
    return entry.promise;
  }

  // Pieces loaded ahead of need wait here and go a few at a time, so that the pieces a key needs
  // are not queued behind them (browsers open about six connections to a server), those of the
  // likeliest key first; a key that needs a waiting piece loads it at once, and a new key drops
  // the rest.
  var AHEAD_PARALLEL = 4;
  var waiting = [];
  var running = 0;

  function preload(names, rank) {
    var promises = names.map(function (name) {
      var entry = piece(name);
      if (!entry.started && !waiting.some(function (w) { return w.name === name; })) waiting.push({ name: name, rank: rank });
      return entry.promise.then(function () {}, function () {});
    });
    pump();
    return Promise.all(promises);
  }

  function pump() {
    while (running < AHEAD_PARALLEL && waiting.length) {
      var first = 0;
      for (var i = 1; i < waiting.length; i++) if (waiting[i].rank < waiting[first].rank) first = i;
      var name = waiting.splice(first, 1)[0].name;
      if (piece(name).started) continue;
      running++;
      load(name).then(pumped, pumped);
    }
  }

  function pumped() {
    running--;
    pump();
  }

  function dropPreloads() {
    waiting.length = 0;
  }

  // Runs work once the page has drawn what it has.
  function afterPaint(work) {
    requestAnimationFrame(function () { setTimeout(work, 0); });
  }

  /* 2. Terms: the same folding, stop words and Porter stemmer as the build -- */

  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  }

  function words(text) {
    return fold(text).split(/[^\p{L}\p{Nd}]+/u).filter(Boolean);
  }

  // Martin Porter's algorithm, line for line as PorterStemmer.java.
  function stem(word) {
    if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
    var b = word.split("");
    var k = b.length - 1;
    var j = 0;

    function cons(i) {
      var c = b[i];
      if (c === "a" || c === "e" || c === "i" || c === "o" || c === "u") return false;
      if (c === "y") return i === 0 || !cons(i - 1);
      return true;
    }
    function m() {
      var n = 0;
      var i = 0;
      for (;;) {
        if (i > j) return n;
        if (!cons(i)) break;
        i++;
      }
      i++;
      for (;;) {
        for (;;) {
          if (i > j) return n;
          if (cons(i)) break;
          i++;
        }
        i++;
        n++;
        for (;;) {
          if (i > j) return n;
          if (!cons(i)) break;
          i++;
        }
        i++;
      }
    }
    function vowelInStem() {
      for (var i = 0; i <= j; i++) if (!cons(i)) return true;
      return false;
    }
    function doubleConsonant(at) {
      return at >= 1 && b[at] === b[at - 1] && cons(at);
    }
    function cvc(i) {
      if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
      var c = b[i];
      return c !== "w" && c !== "x" && c !== "y";
    }
    function ends(s) {
      var length = s.length;
      var offset = k - length + 1;
      if (offset < 0) return false;
      for (var i = 0; i < length; i++) if (b[offset + i] !== s.charAt(i)) return false;
      j = k - length;
      return true;
    }
    function setTo(s) {
      for (var i = 0; i < s.length; i++) b[j + 1 + i] = s.charAt(i);
      k = j + s.length;
    }
    function replace(s) {
      if (m() > 0) setTo(s);
    }
    function rule(suffix, replacement) {
      if (ends(suffix)) {
        replace(replacement);
        return true;
      }
      return false;
    }

    // Step 1ab
    if (b[k] === "s") {
      if (ends("sses")) k -= 2;
      else if (ends("ies")) setTo("i");
      else if (b[k - 1] !== "s") k--;
    }
    if (ends("eed")) {
      if (m() > 0) k--;
    } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
      k = j;
      if (ends("at")) setTo("ate");
      else if (ends("bl")) setTo("ble");
      else if (ends("iz")) setTo("ize");
      else if (doubleConsonant(k)) {
        k--;
        var c = b[k];
        if (c === "l" || c === "s" || c === "z") k++;
      } else if (m() === 1 && cvc(k)) setTo("e");
    }
    if (k > 0) {
      // Step 1c
      if (ends("y") && vowelInStem()) b[k] = "i";
      // Step 2
      switch (b[k - 1]) {
        case "a": rule("ational", "ate") || rule("tional", "tion"); break;
        case "c": rule("enci", "ence") || rule("anci", "ance"); break;
        case "e": rule("izer", "ize"); break;
        case "l": rule("bli", "ble") || rule("alli", "al") || rule("entli", "ent") || rule("eli", "e") || rule("ousli", "ous"); break;
        case "o": rule("ization", "ize") || rule("ation", "ate") || rule("ator", "ate"); break;
        case "s": rule("alism", "al") || rule("iveness", "ive") || rule("fulness", "ful") || rule("ousness", "ous"); break;
        case "t": rule("aliti", "al") || rule("iviti", "ive") || rule("biliti", "ble"); break;
        case "g": rule("logi", "log"); break;
      }
      // Step 3
      switch (b[k]) {
        case "e": rule("icate", "ic") || rule("ative", "") || rule("alize", "al"); break;
        case "i": rule("iciti", "ic"); break;
        case "l": rule("ical", "ic") || rule("ful", ""); break;
        case "s": rule("ness", ""); break;
      }
      // Step 4
      var found = false;
      switch (b[k - 1]) {
        case "a": found = ends("al"); break;
        case "c": found = ends("ance") || ends("ence"); break;
        case "e": found = ends("er"); break;
        case "i": found = ends("ic"); break;
        case "l": found = ends("able") || ends("ible"); break;
        case "n": found = ends("ant") || ends("ement") || ends("ment") || ends("ent"); break;
        case "o": found = (ends("ion") && j >= 0 && (b[j] === "s" || b[j] === "t")) || ends("ou"); break;
        case "s": found = ends("ism"); break;
        case "t": found = ends("ate") || ends("iti"); break;
        case "u": found = ends("ous"); break;
        case "v": found = ends("ive"); break;
        case "z": found = ends("ize"); break;
      }
      if (found && m() > 1) k = j;
      // Step 5
      j = k;
      if (b[k] === "e") {
        var a = m();
        if (a > 1 || (a === 1 && !cvc(k - 1))) k--;
      }
      if (b[k] === "l" && doubleConsonant(k) && m() > 1) k--;
    }
    return b.slice(0, k + 1).join("");
  }

  /* 3. Posting lists: the three forms PostingCodec.java writes ------------- */

  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var DIGIT = new Int8Array(128);
  for (var d = 0; d < ALPHABET.length; d++) DIGIT[ALPHABET.charCodeAt(d)] = d;

  // A list is segments, each: its form, the distance from the previous segment's end, a count,
  // then gaps (.), runs (+) or bitmap characters (:).
  function decode(text) {
    var ids = [];
    var pos = 0;
    var length = text.length;
    function number() {
      var value = 0;
      var c;
      do {
        c = DIGIT[text.charCodeAt(pos++)];
        value = value * 32 + (c & 31);
      } while (c >= 32);
      return value;
    }
    var end = 0;
    while (pos < length) {
      var form = text.charAt(pos++);
      var start = end + number();
      var count = number();
      var i;
      if (form === ".") {
        var id = start;
        ids.push(id);
        for (i = 0; i < count; i++) {
          id += number() + 1;
          ids.push(id);
        }
        end = id + 1;
      } else if (form === "+") {
        var at = start;
        for (var r = 0; r <= count; r++) {
          if (r > 0) at += number();
          var run = number() + 1;
          for (i = 0; i < run; i++) ids.push(at + i);
          at += run;
        }
        end = at;
      } else {
        for (i = 0; i < count; i++) {
          var offset = start + i * 6;
          for (var bits = DIGIT[text.charCodeAt(pos++)], bit = 0; bits; bit++, bits >>= 1) {
            if (bits & 1) {
              ids.push(offset + bit);
              end = offset + bit + 1;
            }
          }
        }
      }
    }
    return ids;
  }

  /* 4. The index in memory ------------------------------------------------- */

  var indexPromise = null;

  function openIndex() {
    if (!indexPromise) {
      indexPromise = load("manifest").then(function (manifest) {
        var n = manifest.records;
        var index = {
          size: n,
          chunk: manifest.chunk,
          stop: {},
          shards: manifest.shards,
          weights: manifest.weights,
          keys: {},
          starts: {},
          startDocs: {},
          decoded: {},
          levelLabels: manifest.levels,
          facets: { type: [], level: null, framework: null, category: null },
          typeOf: new Uint8Array(n),
          levels: null,
          categoryOf: null,
          frameworkStart: null,
          frameworkIds: null
        };
        manifest.stop.forEach(function (word) { index.stop[word] = true; });
        manifest.shards.forEach(function (key) { index.keys[key] = true; });
        (manifest.starts || []).forEach(function (first) { index.starts[first] = true; });
        manifest.types.forEach(function (type, i) {
          index.facets.type.push({ value: type[0], label: type[1] });
          index.typeOf.fill(i, type[2], type[2] + type[3]);
        });
        return index;
      });
      indexPromise.catch(function () { indexPromise = null; });
    }
    return indexPromise;
  }

  // Level, category and framework facets come after the first results, not before them.
  function loadFacets(index) {
    if (index.facetsPromise) return index.facetsPromise;
    index.facetsPromise = load("facets").then(function (facets) {
      var n = index.size;
      var levels = new Uint8Array(n);
      index.facets.level = facets.level.map(function (entry, i) {
        decode(entry[1]).forEach(function (id) { levels[id] |= 1 << i; });
        var label = index.levelLabels.filter(function (l) { return l[0] === entry[0]; })[0];
        return { value: entry[0], label: label ? label[1] : entry[0] };
      });
      var categoryOf = new Uint16Array(n);
      index.facets.category = facets.category.map(function (entry, i) {
        decode(entry[1]).forEach(function (id) { categoryOf[id] = i + 1; });
        return { value: entry[0], label: entry[0] };
      });
      var lists = facets.framework.map(function (entry) { return decode(entry[1]); });
      var starts = new Uint32Array(n + 1);
      lists.forEach(function (ids) { ids.forEach(function (id) { starts[id + 1]++; }); });
      for (var i = 0; i < n; i++) starts[i + 1] += starts[i];
      var fill = starts.slice(0, n);
      var values = new Uint16Array(starts[n]);
      lists.forEach(function (ids, value) { ids.forEach(function (id) { values[fill[id]++] = value; }); });
      index.facets.framework = facets.framework.map(function (entry) { return { value: entry[0], label: entry[0] }; });
      index.levels = levels;
      index.categoryOf = categoryOf;
      index.frameworkStart = starts;
      index.frameworkIds = values;
      return index;
    });
    index.facetsPromise.catch(function () { index.facetsPromise = null; });
    return index.facetsPromise;
  }

  function shardName(key) {
    var name = "s/t" + (key ? "-" : "");
    for (var i = 0; i < key.length; ) {
      var c = key.codePointAt(i);
      var ch = String.fromCodePoint(c);
      name += /[a-z0-9]/.test(ch) ? ch : "_" + c.toString(16) + "_";
      i += ch.length;
    }
    return name;
  }

  // The two-letter starts of a first letter (see TwoLetterStarts.java): for each second letter,
  // what those two letters typed alone find, by type, and the documents of the first results.
  function startsName(first) {
    return "s/p-" + shardName(first).slice("s/t-".length);
  }

  // The letters of a query of one word (empty for other queries).
  function loneWordLetters(text) {
    var all = words(text);
    return all.length === 1 ? Array.from(all[0]) : [];
  }

  // The first letter of a query that is that one letter, else null.
  function loneFirst(text) {
    var letters = loneWordLetters(text);
    return letters.length === 1 ? letters[0] : null;
  }

  // The results of a query of two letters, typed alone, from its first letter's starts if they
  // are in (else null): they paint without waiting for a shard or a document chunk. They count
  // types only: when the other facets are in, the query then runs in full for their counts (see
  // update). Filters need the full query, and so does a list longer than the starts show.
  function fromStarts(index, text, filters, shown) {
    var letters = loneWordLetters(text);
    if (letters.length !== 2 || !/[\p{L}\p{Nd}]$/u.test(text) || hasFilters(filters)) return null;
    var table = loaded(startsName(letters[0]));
    if (!table) return null;
    noteStarts(index, table);
    var entry = table.k[letters[1]] || [0, [], []];
    if (entry[2].length < Math.min(shown, entry[0])) return null;
    var parts = parse(index, text);
    var type = new Uint32Array(index.facets.type.length);
    entry[1].forEach(function (count, i) { type[i] = count; });
    return { parts: parts, terms: parts.map(function (part) { return { part: part, terms: [] }; }),
      ranked: entry[2].map(function (place) { return table.i[place]; }), total: entry[0], counts: { type: type },
      partial: false, loadMs: 0, matchMs: 0, missing: 0, starts: true };
  }

  // Keeps the documents of a starts table by record number, for documents() to find.
  function noteStarts(index, table) {
    if (table.noted) return;
    table.noted = true;
    table.i.forEach(function (id, place) { index.startDocs[id] = { doc: table.r[place], page: table.p[table.r[place][1]] }; });
  }

  // How many records a result found (a result from the starts has only the first few).
  function resultCount(result) {
    return result.total != null ? result.total : result.ids.length;
  }

  function hasFilters(filters) {
    return FACETS.some(function (facet) { return filters[facet.key] && filters[facet.key].length; });
  }

  // The shard a term is in: its own (term=) if it has one, else the longest key that starts it.
  function owner(index, term) {
    return index.keys[term + "="] ? term + "=" : prefixShard(index, term);
  }

  // The longest key that starts a word, shards of one term apart: the shard of its longer terms.
  function prefixShard(index, word) {
    for (var end = word.length; end > 0; end--) {
      if (index.keys[word.slice(0, end)]) return word.slice(0, end);
    }
    return "";
  }

  // The keys that may come after `text`, likeliest first, down to a quarter as likely as the
  // likeliest. A key is as likely as the records its query would find are many: the records of the other words in the lists of the terms that
  // start with the word being typed and the key. Shards not loaded count by their weight in the
  // manifest (the records in their lists), times the share of all records the other words find.
  // So "dependency in" goes on with "j" rather than "t": "inject" is in every record with
  // "dependency", and "interview" in few of them.
  function likelyNext(index, text) {
    var word = words(text).pop();
    var base = otherWords(index, text);
    var share = base ? base.count / index.size : 1;
    var weight = {};
    NEXT_KEYS.split("").forEach(function (c) { weight[c] = 0; });
    index.shards.forEach(function (key, i) {
      var data = loaded(shardName(key));
      if (!data) {
        var c = key.charAt(word.length);
        if (key.length > word.length && weight[c] >= 0 && key.lastIndexOf(word, 0) === 0) weight[c] += index.weights[i] * share;
        return;
      }
      // A shard whose key starts the word, or starts with it, may hold terms that start with it.
      if (key.lastIndexOf(word.slice(0, key.length), 0) !== 0) return;
      Object.keys(data).forEach(function (term) {
        var c = term.charAt(word.length);
        if (term.length <= word.length || !(weight[c] >= 0) || term.lastIndexOf(word, 0) !== 0) return;
        for (var f = 0; f < 3; f++) {
          if (!data[term][f]) continue;
          var ids = postings(index, key, term, f, data[term][f]);
          if (!base) weight[c] += ids.length;
          else for (var n = 0; n < ids.length; n++) weight[c] += base.has[ids[n]];
        }
      });
    });
    var keys = Object.keys(weight).sort(function (a, b) { return weight[b] - weight[a] || (a < b ? -1 : 1); });
    var least = Math.max(weight[keys[0]] * LIKELY_SHARE, 1e-9);
    return keys.filter(function (c) { return weight[c] >= least; });
  }

  // The records that the words of `text` before the one being typed find (null for all records),
  // kept while the same words are typed after.
  function otherWords(index, text) {
    var parts = parse(index, text);
    var last = parts[parts.length - 1];
    if (last && last.word === words(text).pop()) parts = parts.slice(0, -1);
    if (!parts.length) return null;
    var key = parts.map(function (p) { return p.word; }).join(" ");
    if (!index.others || index.others.key !== key) {
      var shards = {};
      shardsFor(index, parts).forEach(function (name) { shards[name] = loaded(shardName(name)) || {}; });
      var has = new Uint8Array(index.size);
      var ids = run(index, parts, shards).ids;
      ids.forEach(function (id) { has[id] = 1; });
      index.others = { key: key, has: has, count: ids.length };
    }
    return index.others;
  }

  /* 5. Queries ---------------------------------------------------------------- */

  // The query's words; the last one, still being typed, also matches as a prefix.
  function parse(index, text) {
    var all = words(text);
    var typing = /[\p{L}\p{Nd}]$/u.test(text);
    var parts = [];
    all.forEach(function (word, i) {
      var last = i === all.length - 1;
      var prefix = last && typing && word.length >= 2;
      if (index.stop[word] && !prefix) return;
      // The first letter of a word being typed after others is the start of a word, not the
      // letter "c": the results stay those of the other words until the word has two letters.
      if (last && typing && all.length > 1 && /^\p{L}$/u.test(word)) return;
      parts.push({ word: word, stem: stem(word), prefix: prefix });
    });
    if (!parts.length && all.length) {
      // Only stop words: search for them anyway, rather than for nothing.
      all.forEach(function (word) { parts.push({ word: word, stem: stem(word), prefix: false }); });
    }
    return parts;
  }

  function shardsFor(index, parts) {
    var names = {};
    parts.forEach(function (part) {
      names[owner(index, part.stem)] = true;
      if (part.prefix) {
        // The word's own shard, if it has one, and the shard of its longer terms.
        names[owner(index, part.word)] = true;
        names[prefixShard(index, part.word)] = true;
        // A stem can be shorter than the word being typed ("asynchrono" is on its way to "asynchron").
        for (var cut = part.word.length - 1; cut >= Math.max(3, part.word.length - 3); cut--) {
          var shorter = part.word.slice(0, cut);
          names[index.keys[shorter + "="] ? shorter + "=" : owner(index, shorter)] = true;
        }
        // Terms that start with the word but have shards of their own: the nearest few, once the
        // word has three letters (two letters would pull in half an alphabet's worth).
        if (part.word.length >= 3) {
          index.shards.filter(function (key) {
            return key.length > part.word.length && key.lastIndexOf(part.word, 0) === 0 && key !== part.word + "=";
          }).sort(function (a, b) { return a.length - b.length || (a < b ? -1 : 1); })
            .slice(0, MAX_SUBSHARDS).forEach(function (key) { names[key] = true; });
        }
      }
    });
    return Object.keys(names);
  }

  function postings(index, shard, term, field, text) {
    var key = shard + "\u0000" + term + "\u0000" + field;
    if (!index.decoded[key]) index.decoded[key] = decode(text);
    return index.decoded[key];
  }

  // A term matches a word being typed when it starts with it, or when the word goes on past it by
  // up to three letters (the stem of "asynchronous" is "asynchron").
  function startsLike(term, word) {
    return term.lastIndexOf(word, 0) === 0
      || (term.length >= Math.max(3, word.length - 3) && word.lastIndexOf(term, 0) === 0);
  }

  function matchesPart(part, term) {
    return term === part.stem || term === part.word || (part.prefix && startsLike(term, part.word));
  }

  // Decodes the lists that a query over these shards will read, a few milliseconds at a time, so
  // that running it ahead of a key is not one long task that the key would wait for: the first
  // time, decoding is most of a query's time (20 ms for "st" here, then 2 ms).
  function decodeSoon(index, parts, names, stale) {
    var work = [];
    names.forEach(function (key) {
      var shard = loaded(shardName(key)) || {};
      Object.keys(shard).forEach(function (term) {
        if (!parts.some(function (part) { return matchesPart(part, term); })) return;
        for (var f = 0; f < 3; f++) if (shard[term][f]) work.push([key, term, f, shard[term][f]]);
      });
    });
    return new Promise(function (resolve) {
      (function slice() {
        for (var until = now() + SLICE_MS; work.length && now() < until && !stale();) {
          var w = work.pop();
          postings(index, w[0], w[1], w[2], w[3]);
        }
        if (work.length && !stale()) setTimeout(slice, 0);
        else resolve();
      })();
    });
  }

  // Runs a query over loaded shards: every word must match (else any), scored by field.
  function run(index, parts, shards) {
    var n = index.size;
    var score = new Float32Array(n);
    var hits = new Uint8Array(n);
    var found = [];
    var terms = [];
    parts.forEach(function (part) {
      var best = new Uint8Array(n);
      var touched = [];
      var matched = [];
      Object.keys(shards).forEach(function (key) {
        var shard = shards[key];
        Object.keys(shard).forEach(function (term) {
          if (!matchesPart(part, term)) return;
          var exact = term === part.stem || term === part.word;
          matched.push(term);
          var lists = shard[term];
          for (var f = 0; f < 3; f++) {
            if (!lists[f]) continue;
            var weight = exact ? EXACT[f] : PREFIX[f];
            var ids = postings(index, key, term, f, lists[f]);
            for (var i = 0; i < ids.length; i++) {
              var id = ids[i];
              if (!best[id]) touched.push(id);
              if (best[id] < weight) best[id] = weight;
            }
          }
        });
      });
      for (var i = 0; i < touched.length; i++) {
        score[touched[i]] += best[touched[i]];
        if (!hits[touched[i]]++) found.push(touched[i]);
      }
      terms.push({ part: part, terms: matched });
    });
    // The records found, in index order: a sort of those rather than a pass over every record,
    // which is slow while the page's code is not yet compiled (10 ms of a first query).
    found = Int32Array.from(found).sort();
    var all = [];
    var any = [];
    for (var k = 0; k < found.length; k++) {
      var id = found[k];
      if (hits[id] === parts.length) all.push(id);
      any.push(id);
    }
    var partial = !all.length && parts.length > 1;
    var ids = partial ? any : all;
    if (partial) ids.forEach(function (id) { score[id] += 100 * hits[id]; });
    return { ids: ids, score: score, terms: terms, partial: partial };
  }

  // The chosen values of each facet as flags by value number, or null when none is chosen.
  function chosenFlags(index, filters) {
    return FACETS.map(function (facet) {
      var list = index.facets[facet.key];
      var chosen = filters[facet.key];
      if (!list || !chosen || !chosen.length) return null;
      var flags = new Uint8Array(list.length);
      list.forEach(function (value, i) { if (chosen.indexOf(value.value) >= 0) flags[i] = 1; });
      return flags;
    });
  }

  // A bit per facet (in FACETS order) whose filter the record fails.
  function failures(index, flags, id) {
    var mask = 0;
    if (flags[0] && !flags[0][index.typeOf[id]]) mask |= 1;
    if (!index.levels) return mask;
    if (flags[1]) {
      var ok = false;
      for (var bits = index.levels[id], i = 0; bits && !ok; i++, bits >>= 1) ok = (bits & 1) && flags[1][i] === 1;
      if (!ok) mask |= 2;
    }
    if (flags[2]) {
      var found = false;
      for (var f = index.frameworkStart[id]; f < index.frameworkStart[id + 1] && !found; f++) found = flags[2][index.frameworkIds[f]] === 1;
      if (!found) mask |= 4;
    }
    if (flags[3] && !(index.categoryOf[id] && flags[3][index.categoryOf[id] - 1])) mask |= 8;
    return mask;
  }

  // Counts per facet value over the matches, each facet with the other facets' filters applied.
  function tally(index, ids, flags) {
    var counts = {};
    FACETS.forEach(function (facet) {
      if (index.facets[facet.key]) counts[facet.key] = new Uint32Array(index.facets[facet.key].length);
    });
    var shown = [];
    for (var n = 0; n < ids.length; n++) {
      var id = ids[n];
      var mask = failures(index, flags, id);
      if (!mask) shown.push(id);
      if (!(mask & ~1)) counts.type[index.typeOf[id]]++;
      if (!index.levels) continue;
      if (!(mask & ~2)) for (var bits = index.levels[id], i = 0; bits; i++, bits >>= 1) if (bits & 1) counts.level[i]++;
      if (counts.framework && !(mask & ~4)) {
        for (var f = index.frameworkStart[id]; f < index.frameworkStart[id + 1]; f++) counts.framework[index.frameworkIds[f]]++;
      }
      if (!(mask & ~8) && index.categoryOf[id]) counts.category[index.categoryOf[id] - 1]++;
    }
    return { counts: counts, shown: shown };
  }

  function search(index, text, filters) {
    var parts = parse(index, text);
    if (!parts.length) return Promise.resolve(null);
    var names = shardsFor(index, parts);
    var asked = now();
    var missing = names.filter(function (key) { return !loaded(shardName(key)); }).length;
    return Promise.all(names.map(function (key) { return load(shardName(key)); })).then(function (data) {
      var started = now();
      var shards = {};
      names.forEach(function (key, i) { shards[key] = data[i]; });
      var result = run(index, parts, shards);
      var counted = tally(index, result.ids, chosenFlags(index, filters));
      return { parts: parts, terms: result.terms, ids: counted.shown, score: result.score, counts: counted.counts,
        partial: result.partial, loadMs: started - asked, matchMs: now() - started, missing: missing };
    });
  }

  // The best `limit` of the matches, best first; equal scores in index order. Scores are whole
  // numbers, so this is a bucket per score rather than a sort of every match.
  function now() {
    return window.performance ? performance.now() : Date.now();
  }

  function topMatches(result, limit) {
    if (result.ranked) return result.ranked.slice(0, limit);
    var buckets = {};
    var scores = [];
    result.ids.forEach(function (id) {
      var s = result.score[id];
      if (!buckets[s]) {
        buckets[s] = [];
        scores.push(s);
      }
      buckets[s].push(id);
    });
    scores.sort(function (a, b) { return b - a; });
    var top = [];
    for (var i = 0; i < scores.length && top.length < limit; i++) {
      top = top.concat(buckets[scores[i]].slice(0, limit - top.length));
    }
    return top;
  }

  // The names of the document chunks that hold these records, but for those in a starts table.
  function chunksOf(index, ids) {
    var chunks = [];
    ids.forEach(function (id) {
      if (index.startDocs[id]) return;
      var name = "d/" + Math.floor(id / index.chunk);
      if (chunks.indexOf(name) < 0) chunks.push(name);
    });
    return chunks;
  }

  function documents(index, ids) {
    var chunks = chunksOf(index, ids);
    return Promise.all(chunks.map(load)).then(function (loaded) {
      return ids.map(function (id) {
        var known = index.startDocs[id];
        var chunk = known ? null : loaded[chunks.indexOf("d/" + Math.floor(id / index.chunk))];
        var doc = known ? known.doc : chunk.r[id % index.chunk];
        var page = known ? known.page : chunk.p[doc[1]];
        var levels = [];
        index.levelLabels.forEach(function (level) {
          if (doc[5] & LEVEL_BITS[level[0]]) levels.push({ value: level[0], label: level[1] });
        });
        return {
          id: id,
          title: doc[0],
          url: page[0] + (doc[2] ? "#" + doc[2] : ""),
          path: doc[2] ? page[1] + (doc[3] ? " › " + doc[3] : "") : "",
          text: doc[4],
          levels: levels
        };
      });
    });
  }

  /* 6. Showing results ------------------------------------------------------ */

  function href(url) {
    if (ON_DISK) {
      // From disk a browser does not open a folder's index.html by itself.
      var cut = url.indexOf("#");
      var path = cut < 0 ? url : url.slice(0, cut);
      if (path === "" || path.charAt(path.length - 1) === "/") url = path + "index.html" + (cut < 0 ? "" : url.slice(cut));
    }
    return ROOT + url;
  }

  function searchPageUrl(text, filters) {
    var query = "q=" + encodeURIComponent(text);
    FACETS.forEach(function (facet) {
      (filters[facet.key] || []).forEach(function (value) {
        query += "&" + facet.key + "=" + encodeURIComponent(value);
      });
    });
    return ROOT + "search/" + (ON_DISK ? "index.html" : "") + "?" + query;
  }

  var wordForms = new Map();

  // Whether a word of the text is one the query matched, so that it is highlighted.
  function matcher(result) {
    var exact = Object.create(null);
    var prefixes = [];
    // A stem starts with its word's first letter, so a word whose first letter starts no term
    // and no prefix needs no stemming: most words of a snippet, the first time they are drawn.
    var firsts = Object.create(null);
    result.terms.forEach(function (t) {
      t.terms.forEach(function (term) { exact[term] = true; firsts[term.charAt(0)] = true; });
      exact[t.part.stem] = true;
      firsts[t.part.stem.charAt(0)] = true;
      if (t.part.prefix) {
        prefixes.push(t.part.word);
        firsts[t.part.word.charAt(0)] = true;
      }
    });
    // The same words come back in the results of key after key: each is folded and stemmed once.
    return function (word) {
      var known = wordForms.get(word);
      if (!known) {
        var w = /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : fold(word);
        if (!firsts[w.charAt(0)]) return false;
        known = { word: w, stem: stem(w) };
        wordForms.set(word, known);
      }
      if (exact[known.word] || exact[known.stem]) return true;
      for (var i = 0; i < prefixes.length; i++) if (startsLike(known.word, prefixes[i]) || startsLike(known.stem, prefixes[i])) return true;
      return false;
    };
  }

  // Appends text to a node, the matched words in <mark>, all as text nodes.
  function highlight(node, text, isMatch) {
    var pattern = /[\p{L}\p{N}]+/gu;
    var last = 0;
    var m;
    while ((m = pattern.exec(text))) {
      if (!isMatch(m[0])) continue;
      if (m.index > last) node.appendChild(document.createTextNode(text.slice(last, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = m[0];
      node.appendChild(mark);
      last = m.index + m[0].length;
    }
    if (last < text.length) node.appendChild(document.createTextNode(text.slice(last)));
  }

  // About 160 characters of the text, around its first matched word.
  function snippet(text, isMatch) {
    var pattern = /[\p{L}\p{N}]+/gu;
    var m;
    var at = -1;
    while ((m = pattern.exec(text))) {
      if (isMatch(m[0])) {
        at = m.index;
        break;
      }
    }
    if (at < 60 || text.length <= 160) return text.length <= 160 ? text : text.slice(0, 160).replace(/\s+\S*$/, "") + " …";
    var start = text.lastIndexOf(" ", at - 40) + 1;
    var piece = text.slice(start, start + 160);
    if (start + 160 < text.length) piece = piece.replace(/\s+\S*$/, "") + " …";
    return "… " + piece;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function setText(node, text) {
    if (node.textContent !== text) node.textContent = text;
  }

  // Puts `nodes` in place of `parent`'s children, keeping each child that is equal to its new
  // node (and so its focus and its listeners); a kept facet group takes the new one's options.
  function replaceChanged(parent, nodes) {
    var old = parent.children;
    nodes.forEach(function (node, i) {
      if (!old[i]) parent.appendChild(node);
      else if (!old[i].isEqualNode(node)) parent.replaceChild(node, old[i]);
      else if (node.facetOptions) old[i].facetOptions = node.facetOptions;
    });
    while (old.length > nodes.length) parent.removeChild(parent.lastElementChild);
  }

  function resultItem(index, doc, isMatch) {
    var item = element("li", "search-result");
    var link = element("a", "search-result-link");
    link.href = href(doc.url);
    var head = element("span", "search-result-head");
    var title = element("span", "search-result-title");
    highlight(title, doc.title, isMatch);
    head.appendChild(title);
    var badges = element("span", "search-badges");
    var type = index.facets.type[index.typeOf[doc.id]];
    badges.appendChild(element("span", "search-badge search-badge-type", type.label));
    doc.levels.forEach(function (level) {
      badges.appendChild(element("span", "search-badge search-badge-" + level.value, level.label));
    });
    head.appendChild(badges);
    link.appendChild(head);
    if (doc.path) link.appendChild(element("span", "search-result-path", doc.path));
    if (doc.text) {
      var text = element("span", "search-result-snippet");
      highlight(text, snippet(doc.text, isMatch), isMatch);
      link.appendChild(text);
    }
    item.appendChild(link);
    return item;
  }

  /* 7. The search box: header panel or search page ------------------------- */

  var boxes = 0;

  function SearchBox(container, page) {
    var self = this;
    var id = "search-" + (++boxes);
    this.page = page;
    this.filters = {};
    this.shown = page ? PAGE_RESULTS : HEADER_RESULTS;
    this.generation = 0;
    this.ranAhead = {};

    var form = element("form", "search-form");
    form.setAttribute("role", "search");
    form.action = ROOT + "search/" + (ON_DISK ? "index.html" : "");
    var label = element("label", "visually-hidden", "Search the guides");
    label.htmlFor = id + "-input";
    var input = element("input", "search-input");
    input.id = id + "-input";
    input.type = "search";
    input.name = "q";
    input.autocomplete = "off";
    input.spellcheck = false;
    input.placeholder = page ? "Search questions, guides, terms…" : "Search  /";
    input.setAttribute("aria-controls", id + "-panel");
    input.setAttribute("aria-describedby", id + "-status");
    if (!page) input.setAttribute("aria-keyshortcuts", "/ Control+K");
    form.appendChild(label);
    form.appendChild(input);

    var panel = element("div", "search-panel" + (page ? " search-panel-page" : ""));
    panel.id = id + "-panel";
    var facets = element("div", "search-facets");
    facets.setAttribute("aria-label", "Filter results");
    facets.setAttribute("role", "group");
    var results = element("div", "search-results");
    var status = element("p", "search-status");
    status.id = id + "-status";
    status.setAttribute("role", "status");
    var list = element("ul", "search-list");
    list.setAttribute("aria-label", "Results");
    var more = element(page ? "button" : "a", "search-more");
    if (page) more.type = "button";
    results.appendChild(status);
    results.appendChild(list);
    results.appendChild(more);
    panel.appendChild(results);
    panel.appendChild(facets);
    if (!page) panel.hidden = true;
    container.appendChild(form);
    container.appendChild(panel);

    this.input = input;
    this.panel = panel;
    this.facets = facets;
    this.status = status;
    this.list = list;
    this.more = more;
    more.hidden = true;

    input.addEventListener("focus", function () {
      openIndex().catch(function () {});
      if (!page && input.value.trim()) self.open(true);
    });
    input.addEventListener("input", function (event) {
      self.shown = page ? PAGE_RESULTS : HEADER_RESULTS;
      // A key typed, rather than text pasted, is likely to be followed by another (see shardsAhead).
      self.update(event.inputType === "insertText" && !!event.data && event.data.length === 1);
    });
    input.addEventListener("keydown", function (event) { self.key(event); });
    list.addEventListener("keydown", function (event) { self.listKey(event); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!page) location.href = searchPageUrl(input.value, self.filters);
      else self.update();
    });
    if (page) {
      more.addEventListener("click", function () {
        self.shown += PAGE_RESULTS;
        self.update();
      });
    } else {
      document.addEventListener("mousedown", function (event) {
        if (!container.contains(event.target)) self.open(false);
      });
      container.addEventListener("focusout", function (event) {
        if (event.relatedTarget && !container.contains(event.relatedTarget)) self.open(false);
      });
    }
  }

  SearchBox.prototype.open = function (open) {
    if (this.page) return;
    this.panel.hidden = !open;
  };

  SearchBox.prototype.links = function () {
    return this.list.querySelectorAll(".search-result-link");
  };

  // In the box: ↓ goes to the first result, Escape closes the results, then clears the box.
  SearchBox.prototype.key = function (event) {
    if (event.key === "ArrowDown") {
      var links = this.links();
      if (!links.length) return;
      event.preventDefault();
      this.open(true);
      links[0].focus();
    } else if (event.key === "Escape") {
      if (!this.page && !this.panel.hidden) {
        event.preventDefault();
        this.open(false);
      } else if (this.input.value) {
        event.preventDefault();
        this.input.value = "";
        this.update();
      } else if (!this.page) {
        this.input.blur();
      }
    }
  };

  // In the results: ↓ and ↑ move between them (↑ from the first back to the box), Enter follows
  // the link, Escape and typing go back to the box.
  SearchBox.prototype.listKey = function (event) {
    var links = Array.prototype.slice.call(this.links());
    var at = links.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      var next = at + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) this.input.focus();
      else if (next < links.length) links[next].focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      this.input.focus();
      this.open(false);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== " ") {
      // The key's character goes into the box once it has the focus.
      this.input.focus();
    }
  };

  // `typed`: the text changed by one key typed; `full`: the query runs in full, not from the starts.
  SearchBox.prototype.update = function (typed, full) {
    var self = this;
    var text = this.input.value;
    var generation = ++this.generation;
    var started = now();
    // What waits to be loaded ahead for other text waits no longer (see shardsAhead).
    if (aheadKey(text, this.filters) !== this.shardsAheadOf) dropPreloads();
    if (this.page) this.writeAddress();
    if (!text.trim()) {
      this.clear();
      this.open(false);
      return;
    }
    openIndex().then(function (index) {
      // A level, category or framework filter (from the address) needs the facets before it can apply.
      var filters = self.filters;
      var needed = ["level", "category", "framework"].some(function (f) { return filters[f] && filters[f].length; });
      return needed ? loadFacets(index) : index;
    }).then(function (index) {
      if (generation !== self.generation) return null;
      // A query run ahead for this key (with the same filters and facets) is not run again.
      var ran = self.ranAhead[aheadKey(text, self.filters) + !!index.levels]
        || (!full && fromStarts(index, text, self.filters, self.shown));
      var searching = ran ? Promise.resolve(ran) : search(index, text, self.filters);
      // While a typed key's own pieces load (they have started to), the shards of the next keys,
      // in a task of its own. Results at hand are drawn first: those shards come after them.
      if (typed && !ran) {
        setTimeout(function () {
          if (generation === self.generation) self.shardsAhead(index, text);
        }, 0);
      }
      return searching.then(function (result) {
        if (generation !== self.generation) return null;
        if (!result) {
          self.clear();
          return null;
        }
        var top = topMatches(result, self.shown);
        var asked = now();
        var missing = chunksOf(index, top).filter(function (name) { return !loaded(name); }).length;
        return documents(index, top).then(function (docs) {
          if (generation !== self.generation) return;
          var shown = now();
          self.show(index, text, result, docs);
          // For benchmarks and tests: what this search found, where its time went and how many
          // pieces of the index it waited for.
          document.dispatchEvent(new CustomEvent("hireguide:search", {
            detail: { query: text, results: resultCount(result), facets: !!index.levels && !result.starts, starts: !!result.starts, ms: now() - started, shardMs: result.loadMs,
              matchMs: result.matchMs, docMs: shown - asked, renderMs: now() - shown, waited: result.missing + missing }
          }));
          // Results from the starts have no counts for the level, category and framework facets:
          // once those are in, the query runs again in full for them, while these are shown.
          if (result.starts && index.levels) {
            setTimeout(function () {
              if (generation === self.generation) self.update(false, true);
            }, 0);
            return;
          }
          var ahead = self.resultsAhead(index, text);
          // The other facets once the reader stops typing, after what is loaded ahead for the next
          // keys: decoding them is long enough to hold up a key. Then, in a task of its own, the
          // search again with their counts.
          if (!index.levels) {
            ahead.then(function (done) {
              setTimeout(function () {
                if (!done || generation !== self.generation) return;
                loadFacets(index).then(function () {
                  setTimeout(function () {
                    if (generation === self.generation) self.update(false, true);
                  }, 0);
                }, function () {});
              }, FACETS_PAUSE);
            });
          }
        });
      });
    }).catch(function (error) {
      if (generation !== self.generation) return;
      self.clear();
      self.status.textContent = error && error.message ? error.message : "Search failed.";
      self.open(true);
    });
  };

  // Loading ahead, so that the results of the likeliest next keys draw without waiting for the
  // network: the shards of the likeliest next keys (of more of them, since a shard also serves the
  // keys after), while a typed key's own pieces load or once its results are drawn; then the
  // result chunks of the likeliest few. The end of the word is always a likely key, and cheap.
  // After a space the next key is the first letter of a word, which changes nothing (see parse).
  SearchBox.prototype.shardsAhead = function (index, text) {
    if (!/[\p{L}\p{Nd}]$/u.test(text) || this.shardsAheadOf === aheadKey(text, this.filters)) return;
    this.shardsAheadOf = aheadKey(text, this.filters);
    // First the shard of the word's longer terms, which the next keys read, though this one may
    // not have ("ci" has a shard of its own, "circuit" is in the shard of "ci"), and without
    // which they cannot be told apart.
    preload([shardName(prefixShard(index, words(text).pop()))], 0);
    // After a lone first letter any of twenty-odd letters may come: its starts answer them all.
    var first = this.startsFor(index, text);
    if (first) {
      preload([startsName(first)], 0).then(function () {
        if (loaded(startsName(first))) noteStarts(index, loaded(startsName(first)));
      });
    }
    var keys = likelyNext(index, text).slice(0, SHARDS_AHEAD);
    keys.concat([" "]).forEach(function (c, rank) {
      preload(shardsFor(index, parse(index, text + c)).map(shardName), rank);
    });
  };

  // The lone first letter of `text` when its starts can answer the next key here: not when a
  // filter is set, nor on the search page, whose 20 results are more than the starts hold.
  SearchBox.prototype.startsFor = function (index, text) {
    var first = loneFirst(text);
    return first && index.starts[first] && !hasFilters(this.filters) && this.shown <= HEADER_RESULTS ? first : null;
  };

  // Gives a promise of whether it was all loaded before another key came.
  SearchBox.prototype.resultsAhead = function (index, text) {
    var self = this;
    if (!/[\p{L}\p{Nd}]$/u.test(text) || this.resultsAheadOf === aheadKey(text, this.filters)) return Promise.resolve(true);
    this.resultsAheadOf = aheadKey(text, this.filters);
    var stale = function () { return self.input.value !== text; };
    return new Promise(function (resolve) {
      afterPaint(function () {
        if (stale()) return resolve(false);
        self.shardsAhead(index, text);
        var ran = self.ranAhead = {};
        // After a lone first letter its starts answer the next key, whichever it is.
        if (self.startsFor(index, text)) return resolve(true);
        // Results from the starts came without the text's own shards, which tell the next keys apart.
        var parts = parse(index, text);
        preload(shardsFor(index, parts).map(shardName), 0).then(function () {
          if (stale()) return [];
          return likelyNext(index, text).slice(0, Math.max(1, Math.floor(RESULTS_AHEAD / self.shown))).concat([" "]);
        }).then(function (keys) {
          return Promise.all(keys.map(function (c, rank) {
            var parts = parse(index, text + c);
            var names = shardsFor(index, parts);
            return preload(names.map(shardName), rank).then(function () {
              return decodeSoon(index, parts, names, stale);
            }).then(function () {
              // Each query in a task of its own, so that a key is not kept waiting long.
              return new Promise(function (next) { setTimeout(next, 0); });
            }).then(function () {
              if (stale()) return null;
              return search(index, text + c, self.filters).then(function (result) {
                if (!result || stale()) return null;
                ran[aheadKey(text + c, self.filters) + !!index.levels] = Object.assign({}, result, { loadMs: 0, matchMs: 0, missing: 0 });
                return preload(chunksOf(index, topMatches(result, self.shown)), rank);
              });
            });
          }));
        }).then(function () { resolve(!stale()); }, function () { resolve(!stale()); });
      });
    });
  };

  function aheadKey(text, filters) {
    return text + "\n" + JSON.stringify(filters);
  }

  SearchBox.prototype.clear = function () {
    this.list.textContent = "";
    this.facets.textContent = "";
    this.status.textContent = "";
    this.more.hidden = true;
  };

  SearchBox.prototype.show = function (index, text, result, docs) {
    var isMatch = matcher(result);
    var focused = Array.prototype.indexOf.call(this.links(), document.activeElement);
    // While a word is typed the results often stay the same: only what changed goes into the
    // page, since drawing it again costs more than making it off the page to compare.
    replaceChanged(this.list, docs.map(function (doc) { return resultItem(index, doc, isMatch); }));
    // New results for the same query (the framework facet arrived) keep the focus in the list.
    var links = this.links();
    if (focused >= 0 && links[focused] && document.activeElement !== links[focused]) links[focused].focus();
    var total = resultCount(result);
    setText(this.status, total === 0 ? "No results for “" + text.trim() + "”."
      : (total === 1 ? "1 result" : total + " results") + (result.partial ? " matching some of the words." : "."));
    if (this.page) {
      setText(this.more, "Show more results");
      this.more.hidden = total <= docs.length;
    } else {
      setText(this.more, total > docs.length ? "All " + total + " results" : "Open as a page");
      this.more.href = searchPageUrl(text, this.filters);
      this.more.hidden = total === 0;
    }
    this.showFacets(index, result);
    this.open(true);
  };

  SearchBox.prototype.showFacets = function (index, result) {
    var self = this;
    var groups = [];
    FACETS.forEach(function (facet) {
      var list = index.facets[facet.key];
      var tally = result.counts[facet.key];
      // A facet the result did not count (it came from the starts) keeps its group, marked as out
      // of date, until the full query counts it a moment later.
      var kept = !tally && result.starts && self.facets.querySelector(".search-facet-" + facet.key);
      if (kept) {
        kept.classList.add("search-facet-stale");
        kept.setAttribute("aria-busy", "true");
        groups.push(kept);
      }
      if (!list || !tally) return;
      var chosen = self.filters[facet.key] || [];
      var options = [];
      list.forEach(function (value, i) {
        if (tally[i] > 0 || chosen.indexOf(value.value) >= 0) options.push({ value: value, count: tally[i] });
      });
      if (!options.length) return;
      if (facet.key !== "type" && facet.key !== "level") {
        options.sort(function (a, b) { return b.count - a.count || (a.value.label < b.value.label ? -1 : 1); });
      }
      var group = element("fieldset", "search-facet search-facet-" + facet.key);
      group.appendChild(element("legend", null, facet.label));
      var limit = self.page ? 12 : 6;
      // The options past the limit are made only when asked for: a site can have hundreds of
      // frameworks, and making them for every key would cost more than the search.
      var later = options.filter(function (option, i) { return i >= limit && chosen.indexOf(option.value.value) < 0; });
      options.forEach(function (option) {
        if (later.indexOf(option) < 0) group.appendChild(self.facetOption(facet, option));
      });
      group.facetOptions = options;
      if (later.length) {
        var toggle = element("button", "search-facet-more", "Show all " + options.length);
        toggle.type = "button";
        toggle.addEventListener("click", function () {
          // The group's options as last shown: a group that looked the same is kept with new counts.
          var all = toggle.parentNode.facetOptions;
          Array.prototype.slice.call(toggle.parentNode.querySelectorAll(".search-facet-option")).forEach(function (l) { l.remove(); });
          all.forEach(function (option) { toggle.parentNode.insertBefore(self.facetOption(facet, option), toggle); });
          toggle.remove();
        });
        group.appendChild(toggle);
      }
      groups.push(group);
    });
    replaceChanged(this.facets, groups);
  };

  // A facet value's check box, its label and its count.
  SearchBox.prototype.facetOption = function (facet, option) {
    var self = this;
    var line = element("label", "search-facet-option");
    var box = element("input");
    box.type = "checkbox";
    box.value = option.value.value;
    // As an attribute too, so that a box the reader has ticked since does not compare equal.
    box.checked = box.defaultChecked = (self.filters[facet.key] || []).indexOf(option.value.value) >= 0;
    box.addEventListener("change", function () {
      var values = (self.filters[facet.key] || []).filter(function (v) { return v !== box.value; });
      if (box.checked) values.push(box.value);
      self.filters[facet.key] = values;
      self.shown = self.page ? PAGE_RESULTS : HEADER_RESULTS;
      self.update();
    });
    line.appendChild(box);
    line.appendChild(element("span", "search-facet-label", option.value.label));
    line.appendChild(element("span", "search-facet-count", String(option.count)));
    return line;
  };

  // Keeps ?q=…&type=…&level=… in the address of the search page, for sharing.
  SearchBox.prototype.writeAddress = function () {
    if (!window.history || !history.replaceState) return;
    var url = searchPageUrl(this.input.value, this.filters);
    history.replaceState(history.state, "", this.input.value || this.hasFilters() ? url : url.replace(/\?.*$/, ""));
  };

  SearchBox.prototype.hasFilters = function () {
    return hasFilters(this.filters);
  };

  SearchBox.prototype.readAddress = function () {
    var params = new URLSearchParams(location.search);
    var filters = this.filters;
    FACETS.forEach(function (facet) {
      var values = [];
      params.getAll(facet.key).forEach(function (value) {
        // Levels and types have no commas, so level=mid,senior also works.
        (facet.key === "level" || facet.key === "type" ? value.split(",") : [value]).forEach(function (v) {
          if (v && values.indexOf(v) < 0) values.push(v);
        });
      });
      if (values.length) filters[facet.key] = values;
    });
    this.input.value = params.get("q") || "";
  };

  /* 8. Start ------------------------------------------------------------------- */

  // For tests: the stemmer must give what PorterStemmer.java gives.
  window.hireguideSearch.stem = stem;

  function typingInField(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function init() {
    var pageHost = document.getElementById("search-page");
    var slot = document.getElementById("search");
    var box = null;
    if (pageHost) {
      var notice = pageHost.querySelector(".search-nojs");
      if (notice) notice.remove();
      box = new SearchBox(pageHost, true);
      box.readAddress();
      box.input.focus();
      if (box.input.value || box.hasFilters()) box.update();
    } else if (slot) {
      box = new SearchBox(slot, false);
    }
    if (!box) return;
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField(target);
      var ctrlK = (event.key === "k" || event.key === "K") && (event.ctrlKey || event.metaKey) && !event.altKey;
      if (slash || ctrlK) {
        event.preventDefault();
        box.input.focus();
        box.input.select();
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
