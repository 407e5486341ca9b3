(function () {
  "use strict";
  var table = document.getElementById("results");
  if (!table) { return; }
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var fVerdict = document.getElementById("f-verdict");
  var fFinding = document.getElementById("f-finding");
  var fDrift = document.getElementById("f-drift");
  var fSearch = document.getElementById("f-search");
  var shown = document.getElementById("shown");
  var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });

  function apply() {
    var v = fVerdict.value, f = fFinding.value, d = fDrift.value;
    var q = fSearch.value.trim().toLowerCase();
    var n = 0;
    rows.forEach(function (r, i) {
      var ok = true;
      if (v === "@problems") { ok = r.dataset.problem === "1"; }
      else if (v) { ok = r.dataset.verdict === v; }
      if (ok && f) {
        var codes = r.dataset.findings ? r.dataset.findings.split(" ") : [];
        ok = f === "@any" ? codes.length > 0 : f === "@none" ? codes.length === 0 : codes.indexOf(f) >= 0;
      }
      if (ok && d) { ok = r.dataset.drift === d; }
      if (ok && q) { ok = texts[i].indexOf(q) >= 0; }
      r.hidden = !ok;
      if (ok) { n += 1; }
    });
    shown.textContent = "Showing " + n + " of " + rows.length;
  }

  [fVerdict, fFinding, fDrift].forEach(function (el) { el.addEventListener("change", apply); });
  fSearch.addEventListener("input", apply);

  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  heads.forEach(function (th, col) {
    var btn = th.querySelector("button");
    if (!btn) { return; }
    btn.addEventListener("click", function () {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      heads.forEach(function (h) { if (h.querySelector("button")) { h.setAttribute("aria-sort", "none"); } });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var numeric = th.dataset.type === "number";
      var keyed = rows.map(function (r, i) {
        var cell = r.cells[col];
        var raw = cell ? (cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent) : "";
        return { row: r, i: i, key: numeric ? parseFloat(raw) : raw.toLowerCase() };
      });
      keyed.sort(function (a, b) {
        var x = a.key, y = b.key, c;
        if (numeric) {
          var xn = isNaN(x), yn = isNaN(y);
          c = xn && yn ? 0 : xn ? 1 : yn ? -1 : (asc ? x - y : y - x);
        } else {
          c = x < y ? (asc ? -1 : 1) : x > y ? (asc ? 1 : -1) : 0;
        }
        return c || a.i - b.i;
      });
      keyed.forEach(function (k) { tbody.appendChild(k.row); });
      rows = keyed.map(function (k) { return k.row; });
      texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
    });
  });

  // Printing shows every diff: closed <details> would hide it on paper.
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (el) { el.open = true; });
  });
  apply();
})();
