// The report page: the text as Sightline read it, mentions highlighted by type, each claim's evidence marked, and the
// claims listed beside with the review actions. Opened with &sentence=N it scrolls to that sentence and marks its claims.
"use strict";
(() => {
  const { h, fill, api, post, showError, param, entityHref, meetingHref } = Sightline;
  const page = document.getElementById("page");
  const focusSentence = param("sentence") === null ? null : Number(param("sentence"));

  /** Non-overlapping spans, sorted: later spans that overlap an earlier one are dropped. */
  function disjoint(spans) {
    const kept = [];
    let end = -1;
    for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (span.start >= end) { kept.push(span); end = span.end; }
    }
    return kept;
  }

  /** The text from..to with the mentions inside it highlighted (all as text nodes). */
  function withMentions(text, from, to, mentions) {
    const parts = [];
    let at = from;
    for (const m of mentions) {
      if (m.end <= from || m.start >= to) continue;
      const start = Math.max(m.start, at), end = Math.min(m.end, to);
      if (start > at) parts.push(text.slice(at, start));
      parts.push(h("span", { class: `m m-${m.type}`, title: `${m.type}${m.entity_id ? ` · ${m.entity_id}` : ""}` }, text.slice(start, end)));
      at = end;
    }
    if (at < to) parts.push(text.slice(at, to));
    return parts;
  }

  function renderText(doc) {
    const text = doc.text;
    const mentions = disjoint(doc.mentions);
    const evidence = evidenceSpans;
    const box = h("div", { class: "doc-text", id: "text", lang: doc.language || "" });
    let at = 0;
    for (const span of evidence) {
      if (span.start > at) box.append(...wrap(withMentions(text, at, span.start, mentions)));
      const mark = h("mark", { class: "evidence", id: `evidence-${span.start}`, "data-sentence": span.sentence }, withMentions(text, span.start, span.end, mentions));
      box.append(mark);
      at = span.end;
    }
    if (at < text.length) box.append(...wrap(withMentions(text, at, text.length, mentions)));
    return box;
  }

  const wrap = parts => parts.map(p => (p instanceof Node ? p : document.createTextNode(p)));

  /** Each entity's name as this report first writes it, and the marked evidence spans (set once the report loads). */
  let names = new Map();
  let evidenceSpans = [];

  function claimItem(doc, claim) {
    const evidenceId = `evidence-${evidenceSpans.find(s => s.start <= claim.start && claim.start < s.end)?.start ?? claim.start}`;
    const entity = id => (id ? h("a", { href: entityHref(id), title: id }, names.get(id) || id) : null);
    return h("li", { id: `claim-${claim.id}`, "data-sentence": claim.sentence, class: claim.sentence === focusSentence ? "focus" : null },
      h("span", { class: "claim-kind" }, claim.kind), claim.label ? ` · ${claim.label}` : "", claim.date ? ` · ${claim.date}` : "",
      " ", entity(claim.subject_id), claim.object_id ? [" → ", entity(claim.object_id)] : "",
      claim.event_id ? [" · event ", claim.event_id] : "",
      h("div", { class: "muted" }, `sentence ${claim.sentence} · says ${claim.attributed_to} · confidence ${claim.confidence} · ${claim.status}`),
      h("div", {},
        h("a", { href: `#${evidenceId}`, class: "to-sentence", onclick: e => { e.preventDefault(); focus(evidenceId); } }, "show the sentence"), " ",
        h("button", { class: "small secondary", onclick: () => decide(claim.id, "confirm") }, "confirm"), " ",
        h("button", { class: "small secondary", onclick: () => decide(claim.id, "reject") }, "reject")));
  }

  function focus(elementId) {
    document.querySelectorAll(".evidence.focus").forEach(e => e.classList.remove("focus"));
    const target = document.getElementById(elementId);
    if (target) { target.classList.add("focus"); target.scrollIntoView({ block: "center" }); }
  }

  async function decide(claimId, action) {
    const why = document.getElementById("why").value.trim();
    const result = document.getElementById("review-result");
    if (!why) { showError(result, new Error("Say why first (the box above the claims).")); return; }
    try { await post(`/claims/${encodeURIComponent(claimId)}/${action}`, { why }); location.reload(); }
    catch (error) { showError(result, error); }
  }

  /** The alerts about this report's meetings and the watched entities it names, each leading to its meeting. */
  function reportAlerts(documentId) {
    const box = h("div", { id: "report-alerts" }, h("p", { class: "muted" }, "Loading…"));
    api(`/alerts?document=${encodeURIComponent(documentId)}&status=all`).then(alerts => fill(box, alerts.length === 0 ? h("p", { class: "muted" }, "None.") :
      h("ul", {}, alerts.map(a => h("li", { "data-alert": a.id }, a.meeting_id ? h("a", { href: meetingHref(a.meeting_id) }, a.summary) : a.summary,
        a.acknowledged_by ? h("span", { class: "muted" }, ` (seen by ${a.acknowledged_by})`) : " (open)")))), error => showError(box, error));
    return box;
  }

  (async () => {
    const id = param("id");
    try {
      const doc = await api(`/documents/${encodeURIComponent(id || "")}`);
      names = new Map([...doc.mentions].reverse().filter(m => m.entity_id).map(m => [m.entity_id, m.text]));
      evidenceSpans = disjoint(doc.claims);
      document.title = `Sightline — ${doc.title || doc.key}`;
      fill(page, 
        h("h1", {}, doc.title || doc.path || doc.key),
        h("p", { class: "muted" }, [doc.outlet, doc.published, doc.language, doc.source_url || doc.path].filter(Boolean).join(" · ")),
        doc.diagnostic ? h("p", { class: "error" }, doc.diagnostic) : null,
        h("p", { class: "legend" }, h("span", { class: "m m-Person" }, "person"), " ", h("span", { class: "m m-Organization" }, "organisation"), " ",
          h("span", { class: "m m-Location" }, "place"), " ", h("span", { class: "m m-Misc" }, "other"), " ", h("mark", { class: "evidence" }, "a claim's sentence")),
        h("div", { class: "doc" }, renderText(doc),
          h("section", { class: "card" }, h("h2", {}, `Claims (${doc.claims.length})`),
            h("form", { class: "inline" }, h("input", { type: "text", id: "why", placeholder: "why (for confirm or reject)" })),
            h("div", { id: "review-result" }),
            h("ol", { class: "claims", id: "claims" }, doc.claims.map(c => claimItem(doc, c)))),
          h("section", { class: "card" }, h("h2", {}, "Alerts this report raised"), reportAlerts(doc.id))));
      if (focusSentence !== null) {
        const mark = document.querySelector(`.evidence[data-sentence="${focusSentence}"]`);
        if (mark) focus(mark.id);
      }
    } catch (error) {
      showError(page, error);
    }
  })();
})();
