// The entity page's picture: the laws that serve a strategy and the reports that say so, or a law's
// actions over the years; drawn with Cytoscape.js (vendored in static/vendor/, no internet needed).
// Names wrap between Chinese characters, and the layout makes room for them, so no two labels overlap.
(function () {
  "use strict";
  const holder = document.getElementById("picture");
  const data = document.getElementById("picture-data");
  if (!holder || !data || typeof cytoscape !== "function") return;
  const g = JSON.parse(data.textContent);
  const colours = { self: "#8b1a1a", entity: "#2f6f9f", report: "#777", action: "#b7791f" };
  const elements = g.nodes.map((n) => ({ data: n, classes: n.kind }))
    .concat(g.edges.map((e) => ({ data: e })));
  // At a phone's width a row of names side by side only fits zoomed out until nobody can read them: there
  // the picture turns a quarter, its rows becoming columns (the entity on the left, its neighbours below
  // one another), and grows downwards to give each name its room.
  // the entity is the one root, its neighbours the next row whichever way their edges point (the laws
  // that serve a strategy, the strategies a law serves), the reports that say so below them: with the
  // serving laws as roots too, they shared the strategy's row, and the edges between them ran through
  // the names and each other's labels
  const roots = g.nodes.filter((n) => n.kind === "self").map((n) => n.id);
  const narrow = holder.clientWidth < 600;
  const tall = g.nodes.length * 48;  // room to spread the turned rows over, before they are measured
  const cy = cytoscape({
    container: holder,
    elements: elements,
    style: [
      { selector: "node", style: {
        "label": "data(label)", "font-size": 13, "text-wrap": "wrap", "text-max-width": 104, "text-overflow-wrap": "anywhere",
        "text-valign": "bottom", "text-margin-y": 4, "width": 18, "height": 18,
        "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1,
        "background-color": (n) => colours[n.data("kind")] || "#999",
        "font-family": "Noto Sans CJK SC, WenQuanYi Zen Hei, sans-serif" } },
      { selector: "node.self", style: { "width": 28, "height": 28, "font-weight": "bold", "font-size": 15 } },
      { selector: "node.report", style: { "shape": "round-rectangle" } },
      { selector: "node.action", style: { "shape": "diamond" } },
      { selector: "edge", style: {
        "width": 1.5, "line-color": "#bbb", "target-arrow-color": "#bbb", "target-arrow-shape": "triangle",
        "curve-style": "bezier", "label": "data(label)", "font-size": 11, "color": "#555",
        "text-background-color": "#fff", "text-background-opacity": 0.8 } },
    ],
    layout: Object.assign({ name: "breadthfirst", directed: false, spacingFactor: 1.1, padding: 20,
                            nodeDimensionsIncludeLabels: true, roots: roots },
      // turned: the layout spreads each row over `w` (which becomes the height) and its rows over `h`
      narrow ? { boundingBox: { x1: 0, y1: 0, w: tall, h: holder.clientWidth - 150 },
                 transform: (node, pos) => ({ x: pos.y, y: pos.x }) } : {}),
  });
  if (narrow) {  // as tall as the turned picture is, so it is drawn at its own size
    holder.style.height = Math.max(380, Math.min(2000, cy.elements().boundingBox().h + 40)) + "px";
    cy.resize();
    cy.fit(undefined, 20);
  }
  cy.on("tap", "node", (ev) => {
    const id = ev.target.id();
    if (ev.target.data("kind") === "entity" || ev.target.data("kind") === "report") {
      window.location.href = "entity?iri=" + encodeURIComponent(id);
    }
  });
  window.rdkgPicture = cy;
})();
