// The upload form's enhancements; the form works without this script (the page then
// says in words that reading takes a few seconds per file).
// - drag-and-drop: dropped files go into the plain file input
// - while the form is sent and the server reads the files, a status line says what is
//   happening and for how long (the strings come from the page, in its language)
(function () {
  var form = document.getElementById("upload-form");
  var input = document.getElementById("files");
  if (!form || !input) { return; }

  var zone = document.getElementById("drop-zone");
  if (zone && typeof DataTransfer !== "undefined") {
    zone.hidden = false;
    ["dragenter", "dragover"].forEach(function (name) {
      form.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add("active"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      form.addEventListener(name, function () { zone.classList.remove("active"); });
    });
    form.addEventListener("drop", function (event) {
      event.preventDefault();
      var files = new DataTransfer();
      Array.prototype.forEach.call(input.files, function (f) { files.items.add(f); });
      Array.prototype.forEach.call(event.dataTransfer.files, function (f) { files.items.add(f); });
      input.files = files.files;
    });
  }

  var box = document.getElementById("upload-progress");
  var status = document.getElementById("upload-status");
  var button = document.getElementById("upload-submit");
  if (!box || !status) { return; }
  var locale = form.dataset.locale === "pt" ? "pt-PT" : (form.dataset.locale || "en");

  function size(bytes) {
    var mega = bytes >= 1e6;
    return new Intl.NumberFormat(locale, {
      style: "unit", unit: mega ? "megabyte" : "kilobyte", maximumFractionDigits: 1
    }).format(mega ? bytes / 1e6 : Math.max(bytes / 1e3, 0.1));
  }

  function text(kind, count, fields) {
    var template = form.dataset[kind + (count === 1 ? "One" : "Other")] || "";
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : all;
    });
  }

  form.addEventListener("submit", function () {
    var count = input.files.length;
    if (!count) { return; }
    var bytes = 0;
    Array.prototype.forEach.call(input.files, function (f) { bytes += f.size; });
    var n = new Intl.NumberFormat(locale).format(count);
    var started = Date.now();
    // about the time the bytes take to reach the server; then it reads them
    var sending = Math.max(500, bytes / 2000);
    function tick() {
      var elapsed = Date.now() - started;
      status.textContent = elapsed < sending
        ? text("sending", count, { n: n, size: size(bytes) })
        : text("reading", count, { n: n, seconds: new Intl.NumberFormat(locale).format(Math.round(elapsed / 1000)) });
    }
    box.hidden = false;
    tick();
    window.setInterval(tick, 1000);
    if (button) { button.setAttribute("aria-disabled", "true"); button.classList.add("busy"); }
  });
})();
