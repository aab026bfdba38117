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
