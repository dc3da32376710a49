// The list-status page: each list's versions, counts, as-of date, staleness, and what each version changed.
"use strict";
(() => {
  const { h, fill, api, showError, entityHref } = Sightline;
  const box = document.getElementById("lists");

  async function load() {
    try {
      const lists = await api("/lists");
      fill(box, ...lists.map(l => h("section", { class: "card", "data-list": l.list },
        h("h2", {}, l.title, " ", h("span", { class: "muted" }, l.list)),
        h("p", {}, `As of ${l.as_of.slice(0, 10)} · last updated ${l.last_update.slice(0, 16).replace("T", " ")} · `,
          l.stale ? h("span", { class: "badge candidate" }, `stale: ${l.age_days} days old`) : h("span", { class: "badge clear" }, "current")),
        h("table", {}, h("thead", {}, h("tr", {}, ["Version", "Label", "Persons", "Organisations", "Vessels", "Aircraft", "Total", ""].map(t => h("th", {}, t)))),
          h("tbody", {}, l.versions.map(v => h("tr", {},
            h("td", {}, `${v.number}${v.active ? " (active)" : ""}`), h("td", {}, v.label),
            [v.counts.persons, v.counts.organizations, v.counts.vessels, v.counts.aircraft, v.counts.total].map(n => h("td", {}, n.toLocaleString())),
            h("td", {}, h("button", { class: "small secondary", onclick: () => diff(v.id) }, "changes")))))))));
    } catch (error) { showError(box, error); }
  }

  async function diff(version) {
    const card = document.getElementById("diff-card");
    const target = document.getElementById("diff");
    card.hidden = false;
    fill(target, h("p", { class: "muted" }, "Comparing…"));
    try {
      const d = await api(`/lists/${version}/diff?limit=500`);
      document.getElementById("diff-title").textContent = d.from ? `${d.to.label}: changes since version ${d.from.number}` : `${d.to.label}: first version, every entry added`;
      const entries = (title, items) => h("div", {}, h("h3", {}, title), h("ul", {}, items.map(e => h("li", {}, h("a", { href: entityHref(e.id) }, e.name), ` ${e.id}`,
        e.programs ? ` [${e.programs.join(", ")}]` : "", e.fields ? `: ${e.fields.join(", ")}` : ""))));
      fill(target, h("p", {}, `${d.added_total} added, ${d.removed_total} removed, ${d.changed_total} changed (at most 500 of each shown)`),
        entries("Added", d.added), entries("Removed", d.removed), entries("Changed", d.changed));
      card.scrollIntoView();
    } catch (error) { showError(target, error); }
  }

  load();
})();
