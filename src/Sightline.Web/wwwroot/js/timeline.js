// The contacts timeline: one row a meeting on a shared time axis. A date known to the day is a dot; a month, a year
// or a span of days is drawn as the range it covers. Meetings with another party listed on the date are red.
"use strict";
const SightlineTimeline = (() => {
  const SVG = "http://www.w3.org/2000/svg";
  const DAY = 86400000;

  function svg(tag, attributes, text) {
    const element = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    if (text !== undefined) element.textContent = text;
    return element;
  }

  /** meetings: the API's meetings (date_start, date_end, date, kind, participants); self: the entity shown. */
  function draw(meetings, self) {
    const dated = meetings.filter(m => m.date_start);
    const width = 1000, left = 10, right = 560, row = 22, top = 24;
    const root = svg("svg", { class: "timeline", viewBox: `0 0 ${width} ${top + row * Math.max(dated.length, 1) + 10}`, role: "img",
      "aria-label": `Timeline of ${dated.length} dated meetings` });
    if (dated.length === 0) { root.append(svg("text", { x: left, y: 16, class: "tick" }, "No dated meetings.")); return root; }
    const start = Math.min(...dated.map(m => Date.parse(m.date_start)));
    const end = Math.max(...dated.map(m => Date.parse(m.date_end))) + DAY;
    const span = Math.max(end - start, DAY * 30);
    const x = t => left + (t - start) / span * (right - left);
    root.append(svg("line", { x1: left, x2: right, y1: top - 6, y2: top - 6, class: "axis" }));
    const firstYear = new Date(start).getUTCFullYear(), lastYear = new Date(end).getUTCFullYear();
    const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 10));
    for (let year = firstYear; year <= lastYear; year += step) {
      const at = Date.UTC(year, 0, 1);
      if (at >= start && at <= end) root.append(svg("text", { x: x(at), y: 12, class: "tick" }, String(year)));
    }
    dated.forEach((meeting, i) => {
      const y = top + i * row;
      const from = Date.parse(meeting.date_start), to = Date.parse(meeting.date_end) + DAY;
      const listed = meeting.participants.some(p => p.id !== self && p.status_at_date === "listed");
      const kind = listed ? " listed" : "";
      const group = svg("g", { class: "meeting", "data-event": meeting.id });
      if (meeting.date_start === meeting.date_end) group.append(svg("circle", { cx: x(from), cy: y + 6, r: 5, class: `point${kind}` }));
      else group.append(svg("rect", { x: x(from), y: y, width: Math.max(x(to) - x(from), 4), height: 12, rx: 3, class: `range${kind}` }));
      const others = meeting.participants.filter(p => p.id !== self).map(p => p.name).join(", ");
      group.append(svg("text", { x: right + 12, y: y + 10, class: "label" }, `${meeting.date} · ${meeting.kind} · ${others}`));
      group.append(svg("title", {}, `${meeting.date} (${meeting.date_start} to ${meeting.date_end}): ${meeting.kind} ${others}`));
      root.append(group);
    });
    return root;
  }

  return { draw };
})();
