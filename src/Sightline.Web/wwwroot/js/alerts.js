// The alerts page: meetings with sanctioned or watched parties and list changes, newest first, filtered by rule, status
// and day (kept in the address, so a filtered list can be linked to), each leading to its meeting, report and entities,
// with acknowledgement from the list.
"use strict";
(() => {
  const { h, fill, api, post, showError, param, entityHref, documentHref, meetingHref, statusText } = Sightline;
  const box = document.getElementById("alerts");
  const scope = document.getElementById("scope");
  const fields = ["rule", "status", "since", "until"].map(name => document.getElementById(name));
  // A report's or a meeting's alerts (links from the report and meeting pages) narrow the list further.
  const narrowing = ["document", "meeting"].filter(param).map(name => [name, param(name)]);

  /** The query of the filters as they stand: empty fields left out, the default status (open) too. */
  function query() {
    const pairs = fields.filter(f => f.value && !(f.id === "status" && f.value === "open")).map(f => [f.id, f.value]);
    return new URLSearchParams([...pairs, ...narrowing]);
  }

  async function load() {
    const filters = query();
    history.replaceState(null, "", `/alerts.html${filters.size ? `?${filters}` : ""}`);
    fill(scope, narrowing.map(([name, value]) => `Only the alerts of ${name} ${value}. `), narrowing.length ? h("a", { href: "/alerts.html" }, "All alerts") : null);
    try {
      const alerts = await api(`/alerts?${filters}`);
      fill(box, alerts.length === 0 ? h("p", { class: "muted" }, "No alerts match.") :
        h("table", { id: "alert-table" }, h("thead", {}, h("tr", {}, ["Updated", "Rule", "Meeting or report", "Parties (status on the date)", "What", ""].map(t => h("th", {}, t)))),
          h("tbody", {}, alerts.map(row))));
    } catch (error) { showError(box, error); }
  }

  function row(a) {
    return h("tr", { "data-alert": a.id },
      h("td", {}, a.updated_at.slice(0, 16).replace("T", " "), a.revision > 1 ? h("div", { class: "muted" }, `revision ${a.revision}`) : null),
      h("td", {}, a.rule),
      h("td", {}, leadsTo(a)),
      h("td", {}, a.parties.map((p, i) => [i ? "; " : "", party(p)])),
      h("td", {}, a.summary),
      h("td", {}, a.acknowledged_by ? h("span", { class: "muted" }, `seen by ${a.acknowledged_by}`)
        : h("button", { class: "small secondary ack", onclick: event => acknowledge(a.id, event.target) }, "acknowledge")));
  }

  /** The meeting an alert is about (with its date), or the report that mentioned a watched entity. */
  function leadsTo(a) {
    if (a.meeting_id) return h("a", { class: "meeting-link", href: meetingHref(a.meeting_id) }, `meeting ${a.meeting_date ? `of ${a.meeting_date}` : "(date unknown)"}`);
    if (a.document_id) return h("a", { class: "document-link", href: documentHref(a.document_id) }, "the report");
    return "";
  }

  function party(p) {
    const name = p.id ? h("a", { href: entityHref(p.id) }, p.name) : p.name;
    return [p.focus ? h("strong", {}, name) : name,
      p.status_at_date ? [" ", h("span", { class: `status-${p.status_at_date}` }, `(${statusText(p.status_at_date, p.designated)})`)] : null];
  }

  async function acknowledge(id, button) {
    button.disabled = true;
    try { await post(`/alerts/${encodeURIComponent(id)}/ack`); await load(); } catch (error) { button.disabled = false; showError(box, error); }
  }

  for (const name of ["rule", "status", "since", "until"]) if (param(name)) document.getElementById(name).value = param(name);
  if (param("all") === "true") document.getElementById("status").value = "all";
  document.getElementById("filters").addEventListener("submit", event => { event.preventDefault(); load(); });
  fields.forEach(f => f.addEventListener("change", load));
  load();
})();
