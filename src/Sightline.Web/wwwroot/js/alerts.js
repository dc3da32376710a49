// The alerts page: meetings with sanctioned or watched parties and list changes, newest first, with acknowledgement.
"use strict";
(() => {
  const { h, fill, api, post, showError, entityHref } = Sightline;
  const box = document.getElementById("alerts");
  const all = document.getElementById("all");

  async function load() {
    try {
      const alerts = await api(`/alerts?all=${all.checked}`);
      fill(box, alerts.length === 0 ? h("p", { class: "muted" }, "No alerts.") :
        h("table", { id: "alert-table" }, h("thead", {}, h("tr", {}, ["Raised", "Rule", "What", "Revision", ""].map(t => h("th", {}, t)))),
          h("tbody", {}, alerts.map(a => h("tr", { "data-alert": a.id },
            h("td", {}, a.updated_at.slice(0, 16).replace("T", " ")), h("td", {}, a.rule),
            h("td", {}, a.summary, " ", parties(a)),
            h("td", {}, String(a.revision)),
            h("td", {}, a.acknowledged_by ? h("span", { class: "muted" }, `seen by ${a.acknowledged_by}`)
              : h("button", { class: "small secondary", onclick: () => acknowledge(a.id) }, "acknowledge")))))));
    } catch (error) { showError(box, error); }
  }

  /** Links to the entities an alert is about, from its payload. */
  function parties(alert) {
    const ids = new Set();
    (alert.payload.participants || []).forEach(p => p.id && ids.add(p.id));
    if (alert.payload.entity_id) ids.add(alert.payload.entity_id);
    return [...ids].map(id => [" ", h("a", { href: entityHref(id) }, id)]);
  }

  async function acknowledge(id) {
    try { await post(`/alerts/${encodeURIComponent(id)}/ack`); load(); } catch (error) { showError(box, error); }
  }

  all.addEventListener("change", load);
  load();
})();
