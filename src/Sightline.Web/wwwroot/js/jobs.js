// The jobs page: the background jobs the workers take from the PostgreSQL database (queued uploads, re-screens, list
// downloads, webhook deliveries), counted by state, the latest of each with its worker, progress or error; refreshed
// every few seconds while any job is waiting or running.
"use strict";
(() => {
  const { h, fill, api, showError } = Sightline;
  const counts = document.getElementById("counts");
  const box = document.getElementById("jobs");

  async function load() {
    try {
      const board = await api("/jobs?limit=25");
      fill(counts, `${board.enqueued} enqueued, ${board.processing} processing, ${board.succeeded} succeeded, ${board.failed} failed; ` +
        `${board.workers} worker${board.workers === 1 ? "" : "s"} running.`);
      fill(box, board.jobs.length === 0 ? h("p", { class: "muted" }, "No jobs yet: uploads to a server started with --queue, and sightline ingest --queue, make them.") :
        h("table", { id: "job-table" }, h("thead", {}, h("tr", {}, ["Job", "State", "Kind", "Subject", "Since (UTC)", "Worker", "Progress or error"].map(t => h("th", {}, t)))),
          h("tbody", {}, board.jobs.map(row))));
      if (board.enqueued + board.processing > 0) setTimeout(load, 3000);
    } catch (error) { fill(counts, ""); showError(box, error); }
  }

  function row(j) {
    return h("tr", { "data-job": j.id, class: `job-${j.state}` },
      h("td", {}, j.id),
      h("td", {}, j.state),
      h("td", {}, j.kind),
      h("td", {}, j.subject),
      h("td", {}, j.at ? j.at.slice(0, 19).replace("T", " ") : ""),
      h("td", {}, j.worker || ""),
      h("td", {}, j.error ? h("span", { class: "error" }, j.error) : (j.progress || "")));
  }

  load();
})();
