// The reports page: upload a report (it is read and ingested at once, or queued for the workers on a server with a
// worker pool), and the reports read so far.
"use strict";
(() => {
  const { h, fill, api, showError, documentHref, entityHref, meetingHref } = Sightline;
  const list = document.getElementById("documents");
  const result = document.getElementById("upload-result");

  async function load() {
    try {
      const documents = await api("/documents");
      fill(list, documents.length === 0 ? h("p", { class: "muted" }, "No reports yet.") :
        h("table", {}, h("thead", {}, h("tr", {}, ["Report", "Publisher", "Published", "Claims", "Alerts", "Status"].map(t => h("th", {}, t)))),
          h("tbody", {}, documents.map(d => h("tr", {},
            h("td", {}, d.text_kept ? h("a", { href: documentHref(d.id) }, d.title || d.key.split(/[\\/]/).pop()) : (d.title || d.key)),
            h("td", {}, d.publisher || ""), h("td", {}, d.published || ""), h("td", {}, String(d.claims)),
            h("td", {}, d.alerts && d.text_kept ? h("a", { class: "report-alerts", href: `/alerts.html?document=${encodeURIComponent(d.id)}&status=all` }, String(d.alerts)) : String(d.alerts)),
            h("td", {}, d.status, d.diagnostic ? h("div", { class: "error" }, d.diagnostic) : null))))));
    } catch (error) { showError(list, error); }
  }

  /** The alerts an uploaded report raised, each leading to its meeting (or to the report, for a watched mention). */
  function raised(d) {
    if (d.alerts.length === 0) return h("div", { class: "muted" }, "No alert raised.");
    return h("div", { class: "raised" }, h("strong", {}, `${d.alerts.length} alert${d.alerts.length === 1 ? "" : "s"}: `),
      h("ul", {}, d.alerts.map(a => h("li", { "data-alert": a.id },
        a.meeting_id ? h("a", { href: meetingHref(a.meeting_id) }, a.summary) : h("a", { href: documentHref(d.id) }, a.summary)))),
      h("a", { href: `/alerts.html?document=${encodeURIComponent(d.id)}&status=all` }, "See them on the alerts page"));
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
      if (answer.job_id) { // a server with workers queues the upload: the jobs page shows how it goes
        fill(result, h("p", { id: "queued" }, `${file.name} is queued for the workers as job ${answer.job_id}. `, h("a", { href: "/jobs.html" }, "Follow it on the jobs page")));
        return;
      }
      fill(result, h("ul", { id: "extracted" }, answer.documents.map(d => h("li", {},
        h("a", { href: documentHref(d.id) }, d.title || d.key), ` — ${d.result}: ${d.mentions} mentions, ${d.meetings} meeting${d.meetings === 1 ? "" : "s"}; claims `,
        Object.entries(d.claims).map(([kind, n]) => `${kind} ${n}`).join(", ") || "none",
        d.diagnostic ? h("div", { class: "error" }, d.diagnostic) : null,
        h("div", {}, "Named: ", d.entities.map((e, i) => [i ? ", " : "", h("a", { href: entityHref(e.id) }, e.name)])),
        raised(d)))));
      load();
    } catch (error) { showError(result, error); }
  });
  load();
})();
