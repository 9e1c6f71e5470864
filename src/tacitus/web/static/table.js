// Sorting the events table's current page by a column (the date column sorts on the server, by its link).
(function () {
  "use strict";
  var table = document.getElementById("events");
  if (!table) { return; }
  var headers = table.querySelectorAll("th[data-sort]");
  headers.forEach(function (th, column) {
    if (th.dataset.sort === "date") { return; }
    th.classList.add("sortable");
    th.addEventListener("click", function () {
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var ascending = th.dataset.order !== "asc";
      th.dataset.order = ascending ? "asc" : "desc";
      rows.sort(function (a, b) {
        var x = a.cells[column] ? a.cells[column].textContent.trim() : "";
        var y = b.cells[column] ? b.cells[column].textContent.trim() : "";
        var order = th.dataset.sort === "number" ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
}());
