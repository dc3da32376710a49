// The meeting page, where an alert leads: when and where a meeting took place, each party with its status on that date
// (listed, or not yet designated), the sentences of the reports that say so, and the alerts it raised.
"use strict";
(() => {
  const { h, fill, api, post, showError, param, entityHref, documentHref, statusText, reportName } = Sightline;
  const page = document.getElementById("page");
  const id = param("id");

  function parties(meeting) {
    return h("table", { id: "parties" }, h("thead", {}, h("tr", {}, ["Party", "Status on the date", "Lists"].map(t => h("th", {}, t)))),
      h("tbody", {}, meeting.participants.map(p => h("tr", {},
        h("td", {}, p.id ? h("a", { href: entityHref(p.id) }, p.name) : p.name),
        h("td", {}, h("span", { class: `status-${p.status_at_date}` }, statusText(p.status_at_date, p.designated && p.designated.date))),
        h("td", {}, p.list_links.map(l => h("span", { class: "badge sanctioned" }, h("a", { href: entityHref(`${l.list}:${l.list_id}`) }, `${l.list} ${l.list_id}`),
          l.programs.length ? ` · ${l.programs.join(", ")}` : "")))))));
  }

  function evidence(meeting) {
    return h("ul", { id: "evidence" }, meeting.evidence.map(e => h("li", {},
      h("blockquote", {}, e.text), " — ", h("a", { class: "source-link", href: documentHref(e.document_id, e.sentence) }, reportName(e)),
      e.attributed_to && e.attributed_to !== "report" ? h("span", { class: "muted" }, ` (says ${e.attributed_to})`) : null)));
  }

  async function alerts(box) {
    try {
      const raised = await api(`/alerts?meeting=${encodeURIComponent(id)}&status=all`);
      fill(box, raised.length === 0 ? h("p", { class: "muted" }, "This meeting raised no alert.") : h("ul", { id: "meeting-alerts" }, raised.map(a => h("li", { "data-alert": a.id },
        `${a.rule}: ${a.summary} `, a.acknowledged_by ? h("span", { class: "muted" }, `seen by ${a.acknowledged_by}`)
          : h("button", { class: "small secondary ack", onclick: () => post(`/alerts/${encodeURIComponent(a.id)}/ack`).then(() => alerts(box), error => showError(box, error)) }, "acknowledge")))));
    } catch (error) { showError(box, error); }
  }

  (async () => {
    if (!id) { showError(page, new Error("No meeting id in the address (meeting.html?id=…). Open one from an alert or an entity's contacts.")); return; }
    try {
      const meeting = await api(`/meetings/${encodeURIComponent(id)}`);
      const names = meeting.participants.map(p => p.name);
      document.title = `Sightline — ${names.join(", ")} (${meeting.date || "date unknown"})`;
      const alertBox = h("div", { id: "alerts" }, h("p", { class: "muted" }, "Loading…"));
      fill(page,
        h("h1", {}, `${meeting.kind}: ${names.join(", ")}`, " ", h("span", { class: "muted" }, meeting.id)),
        h("section", { class: "card" }, h("dl", { class: "facts" },
          h("dt", {}, "Date"), h("dd", { id: "meeting-date" }, meeting.date || "unknown",
            meeting.date_start && meeting.date_end && meeting.date_start !== meeting.date_end ? h("span", { class: "muted" }, ` (${meeting.date_start} to ${meeting.date_end})`) : null),
          h("dt", {}, "Place"), h("dd", {}, meeting.place || "not said"),
          h("dt", {}, "Reports"), h("dd", {}, `${meeting.reports} report${meeting.reports === 1 ? "" : "s"}, ${meeting.independent_sources} independent source${meeting.independent_sources === 1 ? "" : "s"}`))),
        h("section", { class: "card" }, h("h2", {}, "Parties"), parties(meeting)),
        h("section", { class: "card" }, h("h2", {}, "Source sentences"), evidence(meeting)),
        h("section", { class: "card" }, h("h2", {}, "Alerts"), alertBox));
      alerts(alertBox);
    } catch (error) {
      showError(page, error);
    }
  })();
})();
