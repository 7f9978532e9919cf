(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form) return;
  var q = document.getElementById('q');
  var kind = document.getElementById('f-kind');
  var dossier = document.getElementById('f-dossier');
  var minister = document.getElementById('f-minister');
  var year = document.getElementById('f-year');
  var status = document.getElementById('search-status');
  var results = document.getElementById('results');
  var KINDS = ['letter', 'Kamerstuk', 'dossier', 'motion', 'letter by date'];
  var DIRS = ['letters/', 'kamerstukken/', 'dossiers/', 'motions/', 'letters-by-date/'];
  var SHOWN = 50;
  var data = null, loading = false;
  form.hidden = false;
  function fold(s) {
    return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  var WORDS = ['', 'Kamerstuk ', 'Dossier '];
  /* the label and title the index leaves out when the id says them, the
     dossier and minister as names */
  function prepare() {
    var items = data.items;
    for (var i = 0; i < items.length; i++) {
      var it = items[i];
      if (it[3] === '' && (it[0] === 1 || it[0] === 2)) it[3] = it[1].slice(it[1].indexOf('-') + 1);
      if (it[2] === '') it[2] = WORDS[it[0]] + it[3];
      if (it[3] === '') it[3] = it[2];
      it[5] = it[5] >= 0 ? data.dossiers[it[5]] : '';
      it.hay = fold([it[1], it[2], it[3], it[5], it[6] >= 0 ? data.ministers[it[6]] : ''].join(' '));
      it.idf = fold(it[1]);
      it.labelf = fold(it[3]);
    }
  }
  function load() {
    if (data || loading) return;
    loading = true;
    status.textContent = 'Loading the search index\u2026';
    var s = document.createElement('script');
    s.src = 'assets/search-index.js';
    s.onload = function () { data = window.KG_SEARCH; prepare(); run(); };
    s.onerror = function () { status.textContent = 'The search index could not be loaded.'; };
    document.head.appendChild(s);
  }
  function score(it, terms) {
    for (var i = 0; i < terms.length; i++)
      if (it.hay.indexOf(terms[i]) < 0) return -1;
    var t = terms.join(' ');
    if (it.idf === t || it.labelf === t) return 0;
    if (it.labelf.indexOf(t) === 0 || fold(it[2]).indexOf(t) === 0) return 1;
    return 2;
  }
  function wanted(it) {
    if (kind.value !== '' && it[0] !== +kind.value) return false;
    if (year.value !== '' && it[4] !== +year.value) return false;
    if (minister.value !== '' && it[6] !== +minister.value) return false;
    var d = fold(dossier.value.trim());
    if (d !== '' && fold(it[5]).indexOf('dossier-' + d) !== 0 && fold(it[1]) !== 'dossier-' + d)
      return false;
    return true;
  }
  function item(it) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = DIRS[it[0]] + (it[8] || it[1]) + '.html';
    a.textContent = it[2];
    li.appendChild(a);
    var k = document.createElement('span');
    k.className = 'kind';
    k.textContent = KINDS[it[0]];
    li.appendChild(k);
    var d = document.createElement('span');
    d.className = 'by';
    d.textContent = it[1] + (it[4] ? ' \u00b7 ' + it[4] : '') +
      (it[7] ? ' \u00b7 cited by ' + it[7] + (it[7] === 1 ? ' letter' : ' letters') : '');
    li.appendChild(d);
    return li;
  }
  function run() {
    var terms = fold(q.value).split(/\s+/).filter(Boolean);
    var filtered = kind.value || year.value || minister.value || dossier.value.trim();
    results.textContent = '';
    if (!terms.length && !filtered) { status.textContent = ''; return; }
    if (!data) { load(); return; }
    var hits = [], items = data.items;
    for (var i = 0; i < items.length; i++) {
      var it = items[i];
      if (!wanted(it)) continue;
      var s = terms.length ? score(it, terms) : 2;
      if (s >= 0) hits.push([s, it]);
    }
    hits.sort(function (a, b) {
      return a[0] - b[0] || b[1][7] - a[1][7] || (a[1][2] < b[1][2] ? -1 : a[1][2] > b[1][2] ? 1 : 0);
    });
    for (var j = 0; j < hits.length && j < SHOWN; j++) results.appendChild(item(hits[j][1]));
    status.textContent = hits.length === 0 ? 'Nothing found.' :
      hits.length === 1 ? '1 found.' :
      hits.length > SHOWN ? hits.length + ' found; the first ' + SHOWN + ' are shown.' :
      hits.length + ' found.';
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); load(); run(); });
  q.addEventListener('focus', load);
  q.addEventListener('input', run);
  [kind, year, minister].forEach(function (el) { el.addEventListener('change', run); });
  dossier.addEventListener('input', run);
  var asked = new URLSearchParams(location.search).get('q');
  if (asked) { q.value = asked; run(); }
})();
