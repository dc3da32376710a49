// The review queue: probable links and candidates, most consequential first, each confirmed or rejected with a reason.
"use strict";
(() => {
  const { h, fill, api, post, showError, entityHref } = Sightline;
  const box = document.getElementById("queue");
  const probable = document.getElementById("probable");

  async function load() {
    try {
      const queue = await api(`/review/links?probable=${probable.checked}`);
      fill(box, queue.length === 0 ? h("p", { class: "muted" }, "No links wait for review.") :
        h("table", { id: "queue-table" }, h("thead", {}, h("tr", {}, ["Entity", "List entry", "Tier", "Why", "Meetings", "Decide"].map(t => h("th", {}, t)))),
          h("tbody", {}, queue.map(row))));
    } catch (error) { showError(box, error); }
  }

  function row(q) {
    const why = h("input", { type: "text", placeholder: "why (kept in the audit trail)", class: "why" });
    return h("tr", { "data-entity": q.entity_id, "data-entry": `${q.list}:${q.list_id}` },
      h("td", {}, h("a", { href: entityHref(q.entity_id) }, q.entity)),
      h("td", {}, `${q.list} ${q.list_id} `, h("span", { class: "muted" }, q.entry_name)),
      h("td", {}, h("span", { class: `badge ${q.tier ? "probable" : "candidate"}` }, q.tier || "candidate"), ` ${q.score.toFixed(2)}`),
      h("td", {}, q.reason),
      h("td", {}, `${q.meetings}`, q.alerted_meetings ? h("span", { class: "badge sanctioned" }, `${q.alerted_meetings} alerted`) : null),
      h("td", {}, why,
        h("button", { class: "small", onclick: () => decide(q, "link", why) }, "confirm"), " ",
        h("button", { class: "small secondary", onclick: () => decide(q, "unlink", why) }, "reject")));
  }

  async function decide(q, action, why) {
    if (!why.value.trim()) { why.focus(); why.placeholder = "say why first"; return; }
    try {
      await post(`/entities/${encodeURIComponent(q.entity_id)}/${action}`, { why: why.value.trim(), list: q.list, list_id: q.list_id });
      load();
    } catch (error) { showError(box, error); }
  }

  probable.addEventListener("change", load);
  load();
})();
