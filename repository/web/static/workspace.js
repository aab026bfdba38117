// Drag-and-drop onto the upload form: dropped files go into the plain file input.
// The form works without this script.
(function () {
  var form = document.getElementById("upload-form");
  var input = document.getElementById("files");
  var zone = document.getElementById("drop-zone");
  if (!form || !input || !zone || typeof DataTransfer === "undefined") { return; }
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
})();
