// The reports page: upload a report (it is read and ingested at once), and the reports read so far.
"use strict";
(() => {
  const { h, fill, api, showError, documentHref, entityHref } = Sightline;
  const list = document.getElementById("documents");
  const result = document.getElementById("upload-result");

  async function load() {
    try {
      const documents = await api("/documents");
      fill(list, documents.length === 0 ? h("p", { class: "muted" }, "No reports yet.") :
        h("table", {}, h("thead", {}, h("tr", {}, ["Report", "Publisher", "Published", "Claims", "Status"].map(t => h("th", {}, t)))),
          h("tbody", {}, documents.map(d => h("tr", {},
            h("td", {}, d.text_kept ? h("a", { href: documentHref(d.id) }, d.title || d.key.split(/[\\/]/).pop()) : (d.title || d.key)),
            h("td", {}, d.publisher || ""), h("td", {}, d.published || ""), h("td", {}, String(d.claims)),
            h("td", {}, d.status, d.diagnostic ? h("div", { class: "error" }, d.diagnostic) : null))))));
    } catch (error) { showError(list, error); }
  }

  document.getElementById("upload").addEventListener("submit", async event => {
    event.preventDefault();
    const file = document.getElementById("file").files[0];
    if (!file) { showError(result, new Error("Choose a report file first.")); return; }
    const form = new FormData();
    form.append("file", file);
    fill(result, h("p", { class: "muted" }, `Reading ${file.name}…`));
    try {
      const answer = await api("/documents", { method: "POST", body: form });
      fill(result, h("ul", { id: "extracted" }, answer.documents.map(d => h("li", {},
        h("a", { href: documentHref(d.id) }, d.title || d.key), ` — ${d.result}: ${d.mentions} mentions, ${d.meetings} meeting${d.meetings === 1 ? "" : "s"}; claims `,
        Object.entries(d.claims).map(([kind, n]) => `${kind} ${n}`).join(", ") || "none",
        d.diagnostic ? h("div", { class: "error" }, d.diagnostic) : null,
        h("div", {}, "Named: ", d.entities.map((e, i) => [i ? ", " : "", h("a", { href: entityHref(e.id) }, e.name)]))))));
      load();
    } catch (error) { showError(result, error); }
  });
  load();
})();
