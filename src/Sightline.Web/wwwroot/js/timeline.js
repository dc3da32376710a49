// The contacts timeline: one row a meeting on a time axis as wide as the panel. A date known to the day is a dot; a
// month, a year or a span of days is drawn as the range it covers. A meeting with another party listed on the date is
// red; one with another party listed at a date no source gives ("designation date unknown") has its own mark.
"use strict";
const SightlineTimeline = (() => {
  const { h, fill } = Sightline;
  const SVG = "http://www.w3.org/2000/svg";
  const DAY = 86400000;
  const ROW = 22, TOP = 26, SIDE = 12, GAP = 8;

  function svg(tag, attributes, text) {
    const element = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    if (text !== undefined) element.textContent = text;
    return element;
  }

  /** How the meeting is marked: `listed` when another party was listed on its date, `listed-unknown` when another
   * party is listed but when is not known, else `none`. */
  function markOf(meeting, self) {
    const others = meeting.participants.filter(p => p.id !== self);
    if (others.some(p => p.status_at_date === "listed")) return "listed";
    if (others.some(p => p.status_at_date === "unknown" && p.list_links.length > 0)) return "listed-unknown";
    return "none";
  }

  /** The mark of one meeting: a dot for a day, a bar over the days of a longer date. */
  function mark(x1, x2, y, day, kind) {
    const shape = day ? svg("circle", { cx: x1, cy: y + 6, r: 5 }) : svg("rect", { x: x1, y, width: Math.max(x2 - x1, 4), height: 12, rx: 3 });
    shape.setAttribute("class", `${day ? "point" : "range"}${kind === "none" ? "" : ` ${kind}`}`);
    return shape;
  }

  /** Shortens `text` until it fits in `room` pixels (measured in the drawing). */
  function fitText(text, room) {
    if (room <= 0) { text.textContent = ""; return; }
    const full = text.textContent;
    if (text.getComputedTextLength() <= room) return;
    let keep = full.length;
    while (keep > 1 && text.getComputedTextLength() > room) text.textContent = `${full.slice(0, --keep)}…`;
  }

  function render(container, meetings, self) {
    const dated = meetings.filter(m => m.date_start);
    const width = Math.max(container.clientWidth, 320);
    const root = svg("svg", { class: "timeline", width, height: TOP + ROW * Math.max(dated.length, 1) + 6, role: "img",
      "aria-label": `Timeline of ${dated.length} dated meetings` });
    container.replaceChildren(root);
    if (dated.length === 0) { root.append(svg("text", { x: SIDE, y: 16, class: "tick" }, "No dated meetings.")); return; }
    const start = Math.min(...dated.map(m => Date.parse(m.date_start)));
    const end = Math.max(...dated.map(m => Date.parse(m.date_end))) + DAY;
    const span = Math.max(end - start, DAY * 30);
    const x = t => SIDE + (t - start) / span * (width - 2 * SIDE);
    const bottom = TOP + ROW * dated.length;
    root.append(svg("line", { x1: SIDE, x2: width - SIDE, y1: TOP - 6, y2: TOP - 6, class: "axis" }));
    const firstYear = new Date(start).getUTCFullYear(), lastYear = new Date(end).getUTCFullYear();
    const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / Math.max(2, Math.floor(width / 70))));
    for (let year = firstYear; year <= lastYear; year += step) {
      const at = Date.UTC(year, 0, 1);
      if (at < start || at > end) continue;
      root.append(svg("line", { x1: x(at), x2: x(at), y1: TOP - 10, y2: bottom, class: "gridline" }));
      root.append(svg("text", { x: x(at) + 3, y: 12, class: "tick" }, String(year)));
    }
    dated.forEach((meeting, i) => {
      const y = TOP + i * ROW;
      const x1 = x(Date.parse(meeting.date_start)), x2 = x(Date.parse(meeting.date_end) + DAY);
      const day = meeting.date_start === meeting.date_end;
      const kind = markOf(meeting, self);
      const group = svg("g", { class: "meeting", "data-event": meeting.id, "data-mark": kind });
      group.append(mark(x1, x2, y, day, kind));
      const others = meeting.participants.filter(p => p.id !== self).map(p => p.name).join(", ");
      group.append(svg("title", {}, `${meeting.date} (${meeting.date_start} to ${meeting.date_end}): ${meeting.kind} ${others}`));
      root.append(group);
      // The label goes on the side of the mark with more room, and is shortened if it still does not fit.
      const right = day ? x1 + 7 : x1 + Math.max(x2 - x1, 4);
      const left = day ? x1 - 7 : x1;
      const onRight = width - right >= left;
      const label = svg("text", { x: onRight ? right + GAP : left - GAP, y: y + 10, class: "label", "text-anchor": onRight ? "start" : "end" },
        `${meeting.date} · ${meeting.kind} · ${others}`);
      group.append(label);
      fitText(label, onRight ? width - right - GAP - 2 : left - GAP - 2);
    });
  }

  /** The legend of the marks, drawn with the same classes as the timeline. */
  function legend() {
    const swatch = (shape, kind) => {
      const icon = svg("svg", { class: "timeline swatch", width: 26, height: 14, "aria-hidden": "true" });
      icon.append(shape === "point" ? mark(13, 13, 1, true, kind) : mark(2, 24, 1, false, kind));
      return icon;
    };
    return h("p", { class: "legend muted", id: "timeline-legend" },
      h("span", {}, swatch("point", "none"), " a day"),
      h("span", {}, swatch("range", "none"), " a month, a year or a span of days, over the days it covers"),
      h("span", { "data-mark": "listed" }, swatch("point", "listed"), " another party was listed on the date"),
      h("span", { "data-mark": "listed-unknown" }, swatch("point", "listed-unknown"), " another party is listed, designation date unknown"));
  }

  /** Draws the meetings (the API's meetings: date_start, date_end, date, kind, participants) of `self` in `container`,
   * with its legend, and draws them again when the panel's width changes. */
  function show(container, meetings, self) {
    const drawing = h("div", { class: "timeline-drawing" });
    fill(container, drawing, legend());
    let width = -1;
    const redraw = () => {
      if (drawing.clientWidth === width) return;
      width = drawing.clientWidth;
      render(drawing, meetings, self);
    };
    new ResizeObserver(() => requestAnimationFrame(redraw)).observe(drawing);
    redraw();
  }

  return { show, markOf };
})();
