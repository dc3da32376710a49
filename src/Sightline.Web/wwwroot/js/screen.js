// The screening page: one name through the yente-compatible /match with its explanations, or a CSV streamed through
// /screen with a progress bar, a results table and a CSV download.
"use strict";
(() => {
  const { h, fill, api, send, showError, entityHref } = Sightline;

  document.getElementById("one").addEventListener("submit", async event => {
    event.preventDefault();
    const target = document.getElementById("one-result");
    const name = document.getElementById("name").value.trim();
    if (!name) { showError(target, new Error("Type a name to screen.")); return; }
    const properties = { name: [name] };
    const birth = document.getElementById("birth").value.trim();
    const country = document.getElementById("country").value.trim();
    if (birth) properties.birthDate = [birth];
    if (country) properties.nationality = [country];
    try {
      const answer = await api("/match/default", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ queries: { q1: { schema: "Person", properties } } }) });
      const response = answer.responses.q1;
      fill(target, response.results.length === 0 ? h("p", {}, h("span", { class: "badge clear" }, "no match"), ` on any loaded list above the threshold.`) :
        h("table", { id: "one-table" }, h("thead", {}, h("tr", {}, ["Entry", "Score", "Match", "Why"].map(t => h("th", {}, t)))),
          h("tbody", {}, response.results.map(r => h("tr", {},
            h("td", {}, h("a", { href: entityHref(r.id) }, r.caption), h("div", { class: "muted" }, `${r.id} · ${(r.properties.program || []).join(", ")}`)),
            h("td", {}, r.score.toFixed(2)),
            h("td", {}, r.match ? h("span", { class: "badge sanctioned" }, "match") : "possible"),
            h("td", {}, h("ul", {}, r.explanations.map(line => h("li", {}, line)))))))));
    } catch (error) { showError(target, error); }
  });

  document.getElementById("batch").addEventListener("submit", async event => {
    event.preventDefault();
    const file = document.getElementById("csv").files[0];
    const target = document.getElementById("batch-result");
    const status = document.getElementById("batch-status");
    const progress = document.getElementById("progress");
    const download = document.getElementById("download");
    if (!file) { showError(target, new Error("Choose a CSV file first.")); return; }
    const text = await file.text();
    const rows = Math.max(text.split(/\r?\n/).filter(line => line.trim()).length - 1, 1);
    progress.hidden = false; progress.max = rows; progress.value = 0;
    download.hidden = true;
    const body = h("tbody", {});
    fill(target, h("table", { id: "batch-table" }, h("thead", {}, h("tr", {}, ["Line", "Name", "Result", "Best entry", "Score"].map(t => h("th", {}, t)))), body));
    try {
      const response = await send("/screen", { method: "POST", headers: { "Content-Type": "text/csv" }, body: text });
      if (!response.ok) { const problem = await response.json(); throw new Error(`${problem.title}: ${problem.detail}`); }
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let pending = "", done = 0, matches = 0;
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (value) pending += decoder.decode(value, { stream: true });
        const lines = pending.split("\n");
        pending = finished ? "" : lines.pop();
        for (const line of lines.filter(l => l.trim())) {
          const row = JSON.parse(line);
          const best = row.results[0];
          if (best) matches++;
          body.append(h("tr", { class: best ? "hit" : null },
            h("td", {}, String(row.line)), h("td", {}, row.query),
            h("td", {}, row.error ? h("span", { class: "error" }, row.error) : best ? h("span", { class: "badge sanctioned" }, "match") : h("span", { class: "badge clear" }, "clear")),
            h("td", {}, best ? h("a", { href: entityHref(`${best.list}:${best.list_id}`) }, `${best.name} (${best.list} ${best.list_id})`) : ""),
            h("td", {}, best ? best.score.toFixed(2) : "")));
          progress.value = ++done;
          status.textContent = `${done} of ${rows} screened, ${matches} with a match`;
        }
        if (finished) break;
      }
      const csv = await send("/screen?format=csv", { method: "POST", headers: { "Content-Type": "text/csv" }, body: text });
      download.href = URL.createObjectURL(await csv.blob());
      download.hidden = false;
    } catch (error) { showError(target, error); }
  });
})();
