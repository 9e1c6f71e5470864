// Swagger UI over our OpenAPI document, from the files of the fastapi-offline package (no CDN).
window.addEventListener("load", function () {
  "use strict";
  var element = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({url: element.dataset.spec, dom_id: "#swagger-ui"});
});
