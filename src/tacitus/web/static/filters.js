// The filter bar submits only the filters that are set, so the URL (the view's state) stays short to share.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  form.addEventListener("submit", function () {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && field.value === "") { field.disabled = true; }
    });
  });
}());
