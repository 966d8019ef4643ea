// Small helpers over htmx; the form works without them (plain POST and reload).
// Never touches a box while it has focus, so Telex/VNI input methods are not disturbed.
(function () {
  "use strict";
  var form = document.getElementById("outline") || document.getElementById("yaml");
  if (!form) { return; }

  // --- unsaved changes: a mark in the bar, a note on the downloads, a question on leaving ---
  var edits = 0, saved = 0, sending = 0;
  var touched = {};  // the boxes (and lists) she changed since her last save
  function touch(name) { if (name) { touched[name] = true; } }
  function dirty() { return edits !== saved; }
  function mark() {
    var on = dirty();
    ["unsaved", "dl-note"].forEach(function (id) {
      var element = document.getElementById(id);
      if (element) { element.hidden = !on; }
    });
    form.classList.toggle("dirty", on);
  }
  form.addEventListener("input", function (event) {
    touch(event.target.name); edits += 1; mark();
    // a note asking to fill this box goes once she fills it (the next save checks again)
    var notes = event.target.id && document.getElementById("e-" + event.target.id);
    if (notes) {
      notes.querySelectorAll("p.warn").forEach(function (note) { note.hidden = event.target.value.trim() !== ""; });
    }
  });
  form.addEventListener("change", function (event) {
    if (event.target.tagName === "SELECT") { touch(event.target.name); edits += 1; mark(); }
  });
  window.addEventListener("beforeunload", function (event) {
    if (dirty()) { event.preventDefault(); event.returnValue = ""; }
  });
  form.addEventListener("submit", function () {
    // a plain POST (the YAML tab, or the form without htmx) carries everything she typed
    if (!form.hasAttribute("hx-post")) { saved = edits; }
  });

  function isSave(event) {
    var config = event.detail.requestConfig || event.detail;
    return config && config.elt === form;
  }
  document.addEventListener("htmx:configRequest", function (event) {
    // which fields she changed: an overwrite then writes only those, even on another server
    if (event.detail.elt === form) { event.detail.parameters._touched = Object.keys(touched).join(" "); }
  });
  document.addEventListener("htmx:beforeRequest", function (event) {
    if (isSave(event)) { sending = edits; }
  });
  function settled() {
    saved = sending;
    if (!dirty()) { touched = {}; }
    mark();
  }
  document.addEventListener("htmx:beforeOnLoad", function (event) {
    // an overwrite that kept the other tab's changes reloads the page: all is saved
    if (isSave(event) && event.detail.xhr.getResponseHeader("HX-Redirect")) {
      settled();
    }
  });
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (!isSave(event)) { return; }
    // the answer holds only the boxes that have something to say: empty the others first
    form.querySelectorAll(".err").forEach(function (box) { box.textContent = ""; });
  });
  document.addEventListener("htmx:oobAfterSwap", function (event) {
    var result = event.target;  // the element swapped in (detail.target is the one it replaced)
    if (!result || result.id !== "result-top") { return; }
    if (result.querySelector(".good")) { settled(); }
    form.querySelectorAll(".err").forEach(function (box) {
      var field = box.closest(".field");
      var bad = box.querySelector("p:not(.warn)") !== null;
      if (field) { field.classList.toggle("bad", bad); }
      var control = field && field.querySelector("input, textarea, select");
      if (control && bad) { control.setAttribute("aria-invalid", "true"); }
      if (control && !bad) { control.removeAttribute("aria-invalid"); }
    });
  });

  // "Tới vấn đề đầu tiên": the box is brought into view and gets the focus, so she can type at once
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".result a[href^='#'], .problems a[href^='#']");
    var target = link && document.getElementById(link.getAttribute("href").slice(1));
    if (!target) { return; }
    event.preventDefault();
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  });

  // --- lists: rows are added, moved and removed on the page, never by replacing the list ---
  function listKey(group) {
    var add = group.querySelector(":scope > button.add");
    return add ? add.value.slice(4) : "";
  }
  function renumber(group) {
    var key = listKey(group), fid = "f-" + key.replace(/\./g, "-");
    var rows = group.querySelectorAll(":scope > fieldset.row");
    rows.forEach(function (row, i) {
      var old = row.id.slice(("r-" + fid + "-").length);
      var fromName = key + "." + old + ".", toName = key + "." + i + ".";
      var fromId = fid + "-" + old + "-", toId = fid + "-" + i + "-";
      row.id = "r-" + fid + "-" + i;
      if (old !== String(i)) {
        row.querySelectorAll("[name], [id], [for], [aria-describedby]").forEach(function (element) {
          var name = element.getAttribute("name");
          if (name && name.indexOf(fromName) === 0) { element.setAttribute("name", toName + name.slice(fromName.length)); }
          ["id", "for", "aria-describedby"].forEach(function (attribute) {
            var value = element.getAttribute(attribute);
            if (value) { element.setAttribute(attribute, value.split(fromId).join(toId)); }
          });
        });
        var number = row.querySelector("legend .n");
        if (number) { number.textContent = String(i + 1); }
      }
      row.querySelectorAll(".rowops button").forEach(function (button) {
        var op = button.value.split(":")[0];
        button.value = op + ":" + key + "." + i;
        var label = button.getAttribute("aria-label");
        if (label) { button.setAttribute("aria-label", label.replace(/\d+/, String(i + 1))); }
        button.disabled = (op === "up" && i === 0) || (op === "down" && i === rows.length - 1);
      });
    });
  }
  form.addEventListener("click", function (event) {
    var button = event.target.closest(".rowops button");
    if (!button) { return; }
    event.preventDefault();
    var row = button.closest("fieldset.row"), group = row.parentNode;
    var op = button.value.split(":")[0], focus = button;
    if (op === "del") {
      var next = row.nextElementSibling;
      row.remove();
      focus = next && next.matches("fieldset.row") ? next.querySelector("input, textarea") : group.querySelector(":scope > button.add");
    } else if (op === "up" && row.previousElementSibling && row.previousElementSibling.matches("fieldset.row")) {
      group.insertBefore(row, row.previousElementSibling);
    } else if (op === "down" && row.nextElementSibling && row.nextElementSibling.matches("fieldset.row")) {
      group.insertBefore(row.nextElementSibling, row);
    }
    renumber(group);
    touch(listKey(group) + ".");
    edits += 1; mark();
    if (focus && focus.disabled) { focus = row.querySelector(".rowops button:not([disabled])"); }
    if (focus) { focus.focus(); }
  });
  document.addEventListener("htmx:configRequest", function (event) {
    var add = event.detail.elt;
    if (add && add.matches && add.matches("button.add")) {
      // the new row's number is counted when the request leaves (queued clicks count the rows before)
      event.detail.parameters.i = String(add.parentNode.querySelectorAll(":scope > fieldset.row").length);
    }
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    var add = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (!add || !add.matches || !add.matches("button.add")) { return; }
    var group = add.parentNode;
    renumber(group);
    touch(listKey(group) + ".");
    edits += 1; mark();
    // the focus goes to the new row only if she is still at the button (not typing elsewhere)
    var active = document.activeElement;
    if (active === add || active === document.body || active === null) {
      var rows = group.querySelectorAll(":scope > fieldset.row");
      var first = rows.length ? rows[rows.length - 1].querySelector("input, textarea") : null;
      if (first) { first.focus(); }
    }
  });
})();
