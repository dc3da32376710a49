// The contact graph, drawn by Cytoscape.js: parties are nodes (sanctioned ones red), meetings are edges. The panel has
// filters (a period, only sanctioned parties); clicking a party adds its own contacts, double-clicking opens its
// profile; an edge's date shows on hover or selection, and clicking it shows the meeting's source sentence.
"use strict";
const SightlineGraph = (() => {
  const { h, fill, api, showError, entityHref, documentHref } = Sightline;
  /** Up to this many parties, a circle (no three points of a circle are in line, so no edge hides behind a node). */
  const CIRCLE_UP_TO = 8;
  /** Up to this many, rings around the entity by distance; beyond, a force-directed layout. */
  const RINGS_UP_TO = 80;
  /** Fitting never zooms in further: a lone party or a pair is drawn at its normal size. */
  const MAX_FIT_ZOOM = 1.4;
  const PADDING = 30;
  /** Room kept beside the outermost parties for their names. */
  const LABEL_ROOM = { x: 150, y: 40 };
  /** How much more one axis may be stretched than the other: a circle may become an ellipse, not a line. */
  const STRETCH = 2.2;

  const expandable = id => /^[PO]-/.test(id);
  const graphPath = (id, filter) => {
    const query = new URLSearchParams({ depth: "1" });
    if (filter.from) query.set("from", filter.from);
    if (filter.to) query.set("to", filter.to);
    if (filter.sanctioned) query.set("sanctioned", "true");
    return `/entities/${encodeURIComponent(id)}/graph?${query}`;
  };

  const nodeElement = n => ({ group: "nodes", data: { id: n.id, label: n.name, kind: n.kind, sanctioned: n.sanctioned ? 1 : 0, lists: n.lists.join(", ") } });
  const edgeId = e => `${e.event}|${[e.source, e.target].sort().join("|")}`;
  const edgeElement = e => ({ group: "edges", data: { id: edgeId(e), source: e.source, target: e.target, label: e.date || "date unknown", edge: e } });

  /** The layout for this many parties: a circle for a few, rings around `self` (by distance) up to RINGS_UP_TO, else
   * Cytoscape's force-directed cose. */
  function layoutFor(cy, self) {
    const count = cy.nodes().length;
    const common = { animate: false, fit: false, padding: PADDING };
    if (count <= CIRCLE_UP_TO) {
      // The circle places the parties in the order they were added: the entity first, at the top.
      return { ...common, name: "circle", startAngle: -Math.PI / 2 };
    }
    if (count <= RINGS_UP_TO) {
      const distance = distances(cy, self);
      const far = Math.max(...distance.values()) + 1;
      const ringSizes = new Map();
      distance.forEach(d => ringSizes.set(d, (ringSizes.get(d) || 0) + 1));
      const widest = Math.max(...[...ringSizes.entries()].filter(([d]) => d > 0).map(([, n]) => n));
      // An even ring would put two parties opposite each other, in line with the centre; one empty slot prevents it.
      const sweep = widest % 2 === 0 ? 2 * Math.PI * (widest - 1) / (widest + 1) : undefined;
      return { ...common, name: "concentric", concentric: node => far - (distance.get(node.id()) ?? far), levelWidth: () => 1,
        minNodeSpacing: 36, startAngle: -Math.PI / 2, sweep, avoidOverlap: true };
    }
    return { ...common, name: "cose", randomize: true, nodeRepulsion: () => 60000, idealEdgeLength: () => 90 };
  }

  /** Meetings needed to reach each party from `self` (breadth first over the drawn edges). */
  function distances(cy, self) {
    const distance = new Map([[self, 0]]);
    let frontier = [self];
    while (frontier.length) {
      const next = [];
      for (const id of frontier)
        cy.getElementById(id).neighborhood("node").forEach(node => {
          if (!distance.has(node.id())) { distance.set(node.id(), distance.get(id) + 1); next.push(node.id()); }
        });
      frontier = next;
    }
    cy.nodes().forEach(node => { if (!distance.has(node.id())) distance.set(node.id(), Infinity); });
    const finite = [...distance.values()].filter(Number.isFinite);
    const beyond = Math.max(...finite) + 1;
    distance.forEach((d, id) => { if (!Number.isFinite(d)) distance.set(id, beyond); });
    return distance;
  }

  /** Stretches the layout over the panel (each axis at most STRETCH times the other's scale, never shrinking it), so
   * that the drawing fills the panel at about its natural zoom instead of a small figure zoomed in. Stretching keeps
   * points that were not in line out of line. It starts from the layout's positions (`base`), so it is redone at every
   * resize. */
  function spread(cy, base) {
    const nodes = cy.nodes();
    if (nodes.length < 2) return;
    const at = n => base.get(n.id()) || n.position();
    const xs = nodes.map(n => at(n).x), ys = nodes.map(n => at(n).y);
    const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const width = cy.width() - 2 * PADDING - LABEL_ROOM.x, height = cy.height() - 2 * PADDING - LABEL_ROOM.y;
    const fx = right > left ? width / (right - left) : Infinity, fy = bottom > top ? height / (bottom - top) : Infinity;
    const uniform = Math.min(fx, fy);
    if (!Number.isFinite(uniform) || uniform <= 0) return;
    // Scale to the panel, one axis at most STRETCH times the other; a drawing larger than the panel is not shrunk
    // (its parties would overlap) but keeps the panel's shape, and fitting zooms out.
    const floor = Math.min(uniform, 1);
    const sx = Math.min(fx, uniform * STRETCH) / floor, sy = Math.min(fy, uniform * STRETCH) / floor;
    const cx = (left + right) / 2, cy0 = (top + bottom) / 2;
    cy.batch(() => nodes.forEach(n => n.position({ x: cx + (at(n).x - cx) * sx, y: cy0 + (at(n).y - cy0) * sy })));
  }

  /** Spreads the drawing over the panel and fits it, never zooming in past MAX_FIT_ZOOM. */
  function fit(cy, base) {
    cy.resize();
    if (cy.nodes().length === 0) return;
    spread(cy, base);
    cy.fit(undefined, PADDING);
    if (cy.zoom() > MAX_FIT_ZOOM) { cy.zoom(MAX_FIT_ZOOM); cy.center(); }
  }

  const style = [
    { selector: "node", style: { "label": "data(label)", "font-size": 11, "background-color": "#6b7c93", "text-valign": "bottom", "text-margin-y": 4,
      "width": 22, "height": 22, "text-wrap": "ellipsis", "text-max-width": 140, "min-zoomed-font-size": 7 } },
    { selector: "node[sanctioned = 1]", style: { "background-color": "#b3261e", "border-width": 3, "border-color": "#5c0f0b" } },
    { selector: "node.self", style: { "width": 34, "height": 34, "font-weight": "bold" } },
    { selector: "node.expanded", style: { "border-width": 2, "border-style": "double", "border-color": "#1f5fa8" } },
    { selector: "node:selected", style: { "overlay-color": "#1f5fa8", "overlay-opacity": 0.15, "overlay-padding": 6 } },
    { selector: "edge", style: { "label": "", "font-size": 10, "curve-style": "bezier", "width": 2, "line-color": "#9fb3c8", "text-rotation": "autorotate",
      "color": "#223", "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 2 } },
    { selector: "edge.labelled, edge:selected", style: { "label": "data(label)" } },
    { selector: "edge.labelled", style: { "line-color": "#6f8db0", "width": 3 } },
    { selector: "edge:selected", style: { "line-color": "#1f5fa8", "width": 4 } },
  ];

  /**
   * Builds the graph panel in `panel` for the entity `self`: filters, the drawing and the detail of what was clicked.
   * `first` is the unfiltered graph's request when the page already started it (else it is asked here).
   */
  async function show(panel, self, first) {
    const from = h("input", { type: "text", id: "graph-from", inputmode: "numeric", placeholder: "YYYY[-MM[-DD]]", size: 11, "aria-label": "from" });
    const to = h("input", { type: "text", id: "graph-to", inputmode: "numeric", placeholder: "YYYY[-MM[-DD]]", size: 11, "aria-label": "to" });
    const year = h("select", { id: "graph-year", "aria-label": "year" }, h("option", { value: "" }, "any year"));
    const sanctioned = h("input", { type: "checkbox", id: "graph-sanctioned" });
    const status = h("p", { class: "muted graph-status", id: "graph-status", role: "status" });
    const box = h("div", { class: "graph", id: "graph" });
    const detail = h("div", { class: "edge-detail", id: "edge-detail" },
      h("p", { class: "muted" }, "Hover over a meeting (an edge) for its date; click it for its source sentence. Click a party to add its contacts; double-click to open it."));
    const form = h("form", { class: "inline graph-filters", id: "graph-filters" },
      h("label", { for: "graph-from" }, "From"), from, h("label", { for: "graph-to" }, "to"), to,
      h("label", { for: "graph-year" }, "or year"), year,
      h("label", { class: "check" }, sanctioned, " only sanctioned parties"),
      h("button", { type: "submit", class: "small" }, "Apply"),
      h("button", { type: "button", class: "small secondary", id: "graph-reset" }, "Reset"));
    fill(panel, form, status, box, detail);

    const filter = { from: "", to: "", sanctioned: false };
    const expanded = new Set([self]);
    let cy = null;
    let drawn = null;
    /** The layout's positions, before they were spread over the panel. */
    let base = new Map();

    const readForm = () => Object.assign(filter, { from: from.value.trim(), to: to.value.trim(), sanctioned: sanctioned.checked });
    form.addEventListener("submit", event => { event.preventDefault(); year.value = ""; readForm(); reload(); });
    year.addEventListener("change", () => { from.value = to.value = year.value; readForm(); reload(); });
    sanctioned.addEventListener("change", () => { readForm(); reload(); });
    panel.querySelector("#graph-reset").addEventListener("click", () => {
      from.value = to.value = year.value = ""; sanctioned.checked = false; readForm(); expanded.clear(); expanded.add(self); reload();
    });

    /** The entity's graph under the current filter, with the contacts of every party expanded so far that is still in it. */
    async function fetchAll() {
      let graph = await api(graphPath(self, filter));
      for (const id of expanded) {
        if (id === self) continue;
        if (graph.nodes.some(n => n.id === id)) graph = merge([graph, await api(graphPath(id, filter))]);
        else expanded.delete(id);
      }
      return graph;
    }

    async function reload() {
      box.dataset.state = "loading";
      try {
        draw(await fetchAll());
      } catch (error) {
        fill(status, h("span", { class: "error", role: "alert" }, error.message || String(error)));
        box.dataset.state = "error";
      }
    }

    async function expand(id) {
      if (expanded.has(id) || !expandable(id)) return;
      box.dataset.state = "loading";
      try {
        const graph = await api(graphPath(id, filter));
        expanded.add(id);
        const before = cy.nodes().length;
        draw(merge([drawn, graph]));
        fill(status, statusText(), ` · ${cy.nodes().length - before} part${cy.nodes().length - before === 1 ? "y" : "ies"} added from ${cy.getElementById(id).data("label")}`);
      } catch (error) {
        fill(status, h("span", { class: "error", role: "alert" }, error.message || String(error)));
        box.dataset.state = "error";
      }
    }

    const statusText = () => {
      const period = filter.from || filter.to ? ` · meetings ${filter.from ? `from ${filter.from} ` : ""}${filter.to ? `to ${filter.to}` : ""}` : "";
      return `${cy.nodes().length} part${cy.nodes().length === 1 ? "y" : "ies"}, ${cy.edges().length} meeting${cy.edges().length === 1 ? "" : "s"}${period}${filter.sanctioned ? " · only sanctioned parties" : ""}`;
    };

    function draw(graph) {
      drawn = graph;
      if (!cy) {
        cy = cytoscape({ container: box, style, minZoom: 0.1, maxZoom: 4, wheelSensitivity: 0.4 });
        wire(cy);
        new ResizeObserver(() => requestAnimationFrame(() => fit(cy, base))).observe(box);
      }
      cy.batch(() => {
        cy.elements().remove();
        const nodes = [...graph.nodes].sort((a, b) => (a.id === self ? -1 : b.id === self ? 1 : a.name.localeCompare(b.name)));
        cy.add([...nodes.map(nodeElement), ...graph.edges.map(edgeElement)]);
        cy.getElementById(self).addClass("self");
        expanded.forEach(id => cy.getElementById(id).addClass("expanded"));
      });
      const layout = layoutFor(cy, self);
      cy.layout(layout).run();
      base = new Map(cy.nodes().map(n => [n.id(), { ...n.position() }]));
      fit(cy, base);
      fill(status, statusText());
      box.dataset.nodes = String(cy.nodes().length);
      box.dataset.edges = String(cy.edges().length);
      box.dataset.layout = layout.name;
      box.dataset.state = "ready";
    }

    function wire(cy) {
      cy.on("mouseover", "edge", event => event.target.addClass("labelled"));
      cy.on("mouseout", "edge", event => { if (!event.target.connectedNodes().some(n => n.selected())) event.target.removeClass("labelled"); });
      cy.on("select", "node", event => event.target.connectedEdges().addClass("labelled"));
      cy.on("unselect", "node", event => event.target.connectedEdges().removeClass("labelled"));
      cy.on("tap", "node", event => {
        const node = event.target;
        fill(detail, h("p", {}, h("strong", {}, node.data("label")), ` · ${node.data("kind")}`, node.data("lists") ? ` · listed: ${node.data("lists")}` : "",
          " · ", expandable(node.id()) ? h("a", { href: entityHref(node.id()) }, "open the profile") : h("span", { class: "muted" }, "known by title only")));
        expand(node.id());
      });
      cy.on("dbltap", "node", event => {
        if (expandable(event.target.id()) && event.target.id() !== self) location.href = entityHref(event.target.id());
      });
      cy.on("tap", "edge", event => {
        const edge = event.target.data("edge");
        fill(detail,
          h("p", {}, h("strong", {}, `${edge.date || "Date unknown"} · ${edge.kind}`), ` · ${nameOf(cy, edge.source)} and ${nameOf(cy, edge.target)}`),
          h("blockquote", { class: "edge-evidence" }, edge.evidence),
          h("a", { href: documentHref(edge.document_id) }, "Open the source report"));
      });
    }

    try {
      const graph = await (first || api(graphPath(self, filter)));
      years(year, graph.edges);
      draw(graph);
    } catch (error) {
      showError(box, error);
    }
    current = () => cy;
  }

  /** The years the meetings cover, newest first, as the year selector's options. */
  function years(select, edges) {
    const all = new Set();
    for (const e of edges) {
      if (!e.date_start) continue;
      for (let y = Number(e.date_start.slice(0, 4)); y <= Number(e.date_end.slice(0, 4)); y++) all.add(y);
    }
    [...all].sort((a, b) => b - a).forEach(y => select.append(h("option", { value: String(y) }, String(y))));
  }

  /** Several graphs as one: nodes by id, edges by meeting and pair of parties. */
  function merge(graphs) {
    const nodes = new Map(), edges = new Map();
    for (const graph of graphs) {
      graph.nodes.forEach(n => nodes.set(n.id, n));
      graph.edges.forEach(e => edges.set(edgeId(e), e));
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()] };
  }

  const nameOf = (cy, id) => cy.getElementById(id).data("label");
  let current = () => null;

  /** `cy` is the drawing's Cytoscape instance (the browser tests read node positions and styles through it). */
  return { show, get cy() { return current(); } };
})();
