// storyscope: optional enhancement only; every page reads the same without it.
// Hovering a highlighted span lights up every span of the same entity or claim on the page.
(function () {
  "use strict";
  var lit = [];
  function clear() {
    lit.forEach(function (el) { el.classList.remove("lit"); });
    lit = [];
  }
  document.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest ? ev.target.closest("[data-refs]") : null;
    clear();
    if (!el) { return; }
    el.getAttribute("data-refs").split(" ").forEach(function (ref) {
      document.querySelectorAll("[data-refs]").forEach(function (other) {
        if (other.getAttribute("data-refs").split(" ").indexOf(ref) >= 0) {
          other.classList.add("lit");
          lit.push(other);
        }
      });
    });
  });
  // Legend checkboxes switch one kind of highlight on and off.
  document.querySelectorAll("input[data-kind]").forEach(function (box) {
    box.disabled = false;
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-kind"), !box.checked);
    });
  });
}());
