// The contact graph, drawn by Cytoscape.js: parties are nodes (sanctioned ones red), meetings are edges. Clicking a
// node opens its profile; clicking an edge shows the meeting's date and source sentence.
"use strict";
const SightlineGraph = (() => {
  const { h, fill, entityHref, documentHref } = Sightline;

  function draw(container, detail, graph, self) {
    const elements = [
      ...graph.nodes.map(n => ({ data: { id: n.id, label: n.name, sanctioned: n.sanctioned ? 1 : 0, self: n.id === self ? 1 : 0, lists: n.lists.join(", ") } })),
      ...graph.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, label: e.date || "date unknown", edge: e } })),
    ];
    const cy = cytoscape({
      container,
      elements,
      // The entity in the middle, its contacts around it: a neighbourhood reads best that way, and it is laid out at
      // once (a force-directed layout took a hundred milliseconds of the page's time).
      layout: { name: "concentric", concentric: node => (node.data("self") ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 40, animate: false },
      style: [
        { selector: "node", style: { "label": "data(label)", "font-size": 11, "background-color": "#6b7c93", "text-valign": "bottom", "text-margin-y": 4, "width": 22, "height": 22 } },
        { selector: "node[sanctioned = 1]", style: { "background-color": "#b3261e", "border-width": 3, "border-color": "#5c0f0b" } },
        { selector: "node[self = 1]", style: { "width": 34, "height": 34, "font-weight": "bold" } },
        { selector: "edge", style: { "label": "data(label)", "font-size": 9, "curve-style": "bezier", "width": 2, "line-color": "#9fb3c8", "text-rotation": "autorotate", "color": "#445" } },
        { selector: "edge:selected", style: { "line-color": "#1f5fa8", "width": 4 } },
      ],
    });
    cy.on("tap", "node", event => {
      const id = event.target.id();
      if (/^[PO]-/.test(id) && id !== self) location.href = entityHref(id);
    });
    cy.on("tap", "edge", event => {
      const edge = event.target.data("edge");
      fill(detail, 
        h("p", {}, h("strong", {}, `${edge.date || "Date unknown"} · ${edge.kind}`), ` · ${nameOf(cy, edge.source)} and ${nameOf(cy, edge.target)}`),
        h("blockquote", { class: "edge-evidence" }, edge.evidence),
        h("a", { href: documentHref(edge.document_id) }, "Open the source report"));
    });
    container.dataset.nodes = String(graph.nodes.length);
    container.dataset.edges = String(graph.edges.length);
    return cy;
  }

  const nameOf = (cy, id) => cy.getElementById(id).data("label");

  return { draw };
})();
