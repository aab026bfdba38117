// Small enhancements; every page works without them.
// - a ticked or unticked facet value applies at once (no "Apply" press needed)
// - a facet's filter box narrows its list while typing
// - empty range fields are left out of the URL
(function () {
  "use strict";
  var filters = document.getElementById("filters");
  if (!filters) { return; }

  function submit() {
    filters.querySelectorAll("input").forEach(function (input) {
      if ((input.type === "number" || input.type === "search" || input.type === "hidden") && input.value === "") {
        input.disabled = true;
      }
    });
    filters.submit();
  }

  filters.addEventListener("change", function (event) {
    if (event.target.type === "checkbox") { submit(); }
  });
  filters.addEventListener("submit", function (event) {
    event.preventDefault();
    submit();
  });

  filters.querySelectorAll("input[data-filters]").forEach(function (box) {
    var section = box.closest(".facet");
    box.addEventListener("input", function () {
      var needle = box.value.trim().toLowerCase();
      section.querySelectorAll("li").forEach(function (item) {
        var text = item.textContent.toLowerCase();
        var ticked = item.querySelector("input:checked");
        item.hidden = needle !== "" && !ticked && text.indexOf(needle) === -1;
      });
      var more = section.querySelector("details.more");
      if (more && needle !== "") { more.open = true; }
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); }
    });
  });
}());

// The timeline: a click on a bar follows its link (one year); pressing on one bar and
// releasing on another sets year_min/year_max to the dragged range.
(function () {
  "use strict";
  var svg = document.querySelector("svg.timeline[data-base]");
  if (!svg) { return; }
  var bars = Array.prototype.slice.call(svg.querySelectorAll("a[data-year]"));
  var start = null, end = null, handled = false;

  function yearAt(event) {
    var box = svg.getBoundingClientRect(), best = null, distance = Infinity;
    bars.forEach(function (bar) {
      var r = bar.getBoundingClientRect(), d = Math.abs(event.clientX - (r.left + r.width / 2));
      if (event.clientX >= box.left && event.clientX <= box.right && d < distance) {
        best = Number(bar.dataset.year); distance = d;
      }
    });
    return best;
  }
  function paint() {
    var low = Math.min(start, end), high = Math.max(start, end);
    bars.forEach(function (bar) {
      var y = Number(bar.dataset.year);
      bar.classList.toggle("dragged", start !== null && y >= low && y <= high);
    });
  }
  svg.addEventListener("pointerdown", function (event) {
    start = end = yearAt(event);
    if (start !== null) { svg.setPointerCapture(event.pointerId); paint(); }
  });
  svg.addEventListener("pointermove", function (event) {
    if (start === null) { return; }
    var y = yearAt(event);
    if (y !== null && y !== end) { end = y; paint(); }
  });
  svg.addEventListener("pointerup", function () {
    if (start === null) { return; }
    var low = Math.min(start, end), high = Math.max(start, end);
    start = end = null;
    handled = true;  // the click that follows must not also follow a link
    var bar = bars.filter(function (b) { return Number(b.dataset.year) === low; })[0];
    if (low === high && bar) { window.location.assign(bar.getAttribute("href")); return; }
    var url = new URL(svg.dataset.base, window.location.href);
    url.searchParams.set("year_min", low);
    url.searchParams.set("year_max", high);
    window.location.assign(url.toString());
  });
  svg.addEventListener("pointercancel", function () { start = end = null; paint(); });
  svg.addEventListener("click", function (event) {  // a keyboard press has no pointer
    if (handled) { event.preventDefault(); handled = false; }
  });
}());
