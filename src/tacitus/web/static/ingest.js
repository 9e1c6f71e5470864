// The ingest form posts to the API with the token as a bearer token and lists the events coded, as text.
(function () {
  "use strict";
  var form = document.getElementById("ingest");
  if (!form) { return; }
  var outcome = document.getElementById("outcome");
  var coded = document.getElementById("coded");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var data = new FormData();
    var text = document.getElementById("text").value;
    var file = document.getElementById("file").files[0];
    if (text.trim()) { data.append("text", text); }
    if (file) { data.append("file", file); }
    outcome.textContent = "coding…";
    coded.textContent = "";
    fetch("/api/v1/articles", {method: "POST", body: data, credentials: "same-origin",
      headers: {"Authorization": "Bearer " + document.getElementById("token").value}})
      .then(function (r) { return r.json().then(function (body) { return [r.status, body]; }); })
      .then(function (answer) {
        var body = answer[1];
        if (body.error) { outcome.textContent = body.error.message; return; }
        outcome.textContent = "stored " + body.stored + ", already there " + body.duplicates + ", events " +
          body.articles.reduce(function (n, a) { return n + a.events.length; }, 0);
        body.articles.forEach(function (article) {
          article.events.forEach(function (e) {
            var item = document.createElement("li");
            var link = document.createElement("a");
            link.href = "/events/" + encodeURIComponent(e.id);
            link.textContent = e.event + " " + (e.date || "");
            item.appendChild(link);
            item.appendChild(document.createTextNode(" " + e.sentence));
            coded.appendChild(item);
          });
        });
      })
      .catch(function (error) { outcome.textContent = String(error); });
  });
}());
