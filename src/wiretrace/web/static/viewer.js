// wiretrace viewer: the harmless-edits switch and moving between findings on the pair page.
// Plain DOM, no dependencies. Text from documents is only ever moved by cloning server-escaped
// nodes: nothing here parses HTML from strings.
(function () {
  "use strict";
  var toggle = document.getElementById("show-none");
  if (toggle) {
    toggle.addEventListener("change", function () {
      document.body.classList.toggle("hide-none", !toggle.checked);
    });
  }
  var list = document.querySelector("ol.findings");
  var detail = document.getElementById("detail");
  if (!list || !detail) return;
  var order = (list.getAttribute("data-order") || "").split(" ").filter(Boolean);
  var current = null;

  function marksOf(n) {
    // n comes from the page's own data attributes: digits only.
    return Array.prototype.slice.call(document.querySelectorAll('mark.f[data-f~="' + n + '"]'));
  }

  function clear() {
    document.querySelectorAll(".sel").forEach(function (el) { el.classList.remove("sel"); });
  }

  function select(n, scroll) {
    clear();
    current = n;
    if (n === null || !/^\d+$/.test(n)) {
      current = null;
      detail.hidden = true;
      return;
    }
    var item = document.getElementById("f" + n);
    if (!item) return;
    var marks = marksOf(n);
    marks.forEach(function (m) { m.classList.add("sel"); });
    item.classList.add("sel");
    var copy = item.cloneNode(true);
    copy.removeAttribute("id");
    var ol = document.createElement("ol");
    ol.appendChild(copy);
    detail.querySelector(".body").replaceChildren(ol);
    var sides = ["a", "b"].filter(function (s) {
      return marks.some(function (m) { return m.getAttribute("data-side") === s; });
    });
    detail.querySelector(".where").textContent = "Finding " + n + " (" + (order.indexOf(n) + 1) + " of " +
      order.length + " on the page)" + (sides.length ? ", highlighted in " + sides.join(" and ").toUpperCase() : "");
    detail.hidden = false;
    if (scroll) {
      var target = marks[0] || item;
      target.scrollIntoView({ block: "center" });
      if (marks[0]) marks[0].focus({ preventScroll: true });
    }
    history.replaceState(null, "", "#f" + n);
  }

  function step(delta) {
    if (!order.length) return;
    var i = current === null ? (delta > 0 ? -1 : order.length) : order.indexOf(current);
    i = (i + delta + order.length) % order.length;
    select(order[i], true);
  }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.closest && e.target.closest("input, textarea, select")) return;
    if (e.key === "j" || e.key === "n") { step(1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "p") { step(-1); e.preventDefault(); }
    else if (e.key === "Escape") { select(null); }
  });

  document.addEventListener("click", function (e) {
    var mark = e.target.closest("mark.f[data-f]");
    if (mark && !mark.classList.contains("key")) {
      // Overlapping findings share a mark: each click moves to the next of them.
      var nums = mark.getAttribute("data-f").split(" ");
      var at = nums.indexOf(current);
      select(nums[(at + 1) % nums.length], false);
      return;
    }
    var ref = e.target.closest("[data-goto]");
    if (ref) {
      e.preventDefault();
      select(ref.getAttribute("data-goto"), true);
    }
  });

  var m = /^#f(\d+)$/.exec(location.hash);
  if (m) select(m[1], true);
})();
