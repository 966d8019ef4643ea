// Small helpers over htmx; the form works without them (plain POST and reload).
// Never touches a box while it has focus, so Telex/VNI input methods are not disturbed.
(function () {
  "use strict";
  document.addEventListener("htmx:afterSwap", function (event) {
    var trigger = event.detail.requestConfig && event.detail.requestConfig.elt;
    var group = event.detail.target && document.getElementById(event.detail.target.id);
    if (!trigger || !group || !trigger.value) { return; }
    var op = trigger.value.split(":")[0];
    var rows = group.querySelectorAll("fieldset.row");
    var focus = null;
    if (op === "add" && rows.length) {
      focus = rows[rows.length - 1].querySelector("input, textarea");
    } else {
      focus = group.querySelector("button.add");
    }
    if (focus) { focus.focus(); }
  });
  document.addEventListener("htmx:afterSettle", function () {
    var status = document.getElementById("status");
    if (status && status.querySelector(".bad") && document.activeElement === document.body) {
      status.focus && status.setAttribute("tabindex", "-1");
    }
  });
})();
