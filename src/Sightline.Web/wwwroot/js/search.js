// The search page: a name in, two groups out — people and organisations of the knowledge base, and list entries.
"use strict";
(() => {
  const { h, fill, api, showError, param, entityHref } = Sightline;
  const results = document.getElementById("results");
  const input = document.getElementById("q");

  async function search(query) {
    fill(results, h("p", { class: "muted" }, "Searching…"));
    try {
      const answer = await api(`/search/default?q=${encodeURIComponent(query)}`);
      fill(results, 
        h("section", { class: "card", id: "kb-results" },
          h("h2", {}, `In the reports (${answer.entities.length})`),
          answer.entities.length === 0 ? h("p", { class: "muted" }, "No person or organisation of that name in the reports read so far.") :
            h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, "Name"), h("th", {}, "Kind"), h("th", {}, "Sanctions lists"), h("th", {}, "Name score"))),
              h("tbody", {}, answer.entities.map(e => h("tr", {},
                h("td", {}, h("a", { href: entityHref(e.id) }, e.name)),
                h("td", {}, e.schema),
                h("td", {}, e.list_links.length ? e.list_links.map(l => h("span", { class: "badge sanctioned" }, l)) : h("span", { class: "badge clear" }, "not linked to a list")),
                h("td", {}, e.score.toFixed(2))))))),
        h("section", { class: "card", id: "list-results" },
          h("h2", {}, `On the sanctions lists (${answer.list_entries.length})`),
          answer.list_entries.length === 0 ? h("p", { class: "muted" }, "No list entry scores above the threshold.") :
            h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, "Entry"), h("th", {}, "List"), h("th", {}, "Matched name"), h("th", {}, "Score"), h("th", {}, "Match"))),
              h("tbody", {}, answer.list_entries.map(e => h("tr", {},
                h("td", {}, h("a", { href: entityHref(e.id) }, e.name)),
                h("td", {}, `${e.list} ${e.list_id}`),
                h("td", {}, e.matched_name),
                h("td", {}, e.score.toFixed(2)),
                h("td", {}, e.match ? "match" : "possible")))))));
    } catch (error) {
      showError(results, error);
    }
  }

  document.getElementById("search").addEventListener("submit", event => {
    event.preventDefault();
    const query = input.value.trim();
    if (!query) return;
    history.replaceState(null, "", `/?q=${encodeURIComponent(query)}`);
    search(query);
  });
  const initial = param("q");
  if (initial) { input.value = initial; search(initial); }
})();
