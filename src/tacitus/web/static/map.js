// The events of the current filter on a world map: country outlines shipped with Tacitus (no tile server),
// one marker an event, clustered, coloured by quad class. Popups are built from text nodes, never HTML.
(function () {
  "use strict";
  var element = document.getElementById("map");
  if (!element || !window.L) { return; }
  var colours = {1: "#2b8a3e", 2: "#1c7ed6", 3: "#f08c00", 4: "#c92a2a"};
  var map = L.map(element, {worldCopyJump: true, minZoom: 1, maxZoom: 10}).setView([25, 20], 2);
  element.dataset.markers = "loading";

  function json(url) {
    return fetch(url, {credentials: "same-origin"}).then(function (r) {
      if (!r.ok) { throw new Error(url + ": " + r.status); }
      return r.json();
    });
  }

  function popup(feature) {
    var p = feature.properties || {};
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = "/events/" + encodeURIComponent(String(feature.id));
    link.textContent = (p.event || "event") + " " + (p.date || "");
    box.appendChild(link);
    var who = document.createElement("div");
    who.textContent = (p.actor_countries || "?") + " → " + (p.recipient_countries || "?") + " · " + (p.place || "");
    box.appendChild(who);
    return box;
  }

  json(element.dataset.world).then(function (world) {
    L.geoJSON(world, {interactive: false, style: {color: "#868e96", weight: 0.6, fillColor: "#e9ecef", fillOpacity: 1}})
      .addTo(map);
  }).catch(function () { element.dataset.world = "missing"; });

  json(element.dataset.events).then(function (events) {
    var cluster = L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 40});
    var count = 0;
    (events.features || []).forEach(function (feature) {
      var c = feature.geometry && feature.geometry.coordinates;
      if (!c) { return; }
      var quad = (feature.properties || {}).quad_class;
      var marker = L.circleMarker([c[1], c[0]], {radius: 6, weight: 1, color: "#212529",
        fillColor: colours[quad] || "#868e96", fillOpacity: 0.85});
      marker.bindPopup(function () { return popup(feature); });
      cluster.addLayer(marker);
      count += 1;
    });
    map.addLayer(cluster);
    element.dataset.markers = String(count);
  }).catch(function () { element.dataset.markers = "error"; });
}());
