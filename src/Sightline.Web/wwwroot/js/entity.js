// The entity page: a knowledge-base entity's profile (sanctions badges, names, roles, family, the contacts timeline,
// the contact graph, every source report, and the review actions), or a list entry as the list publishes it.
"use strict";
(() => {
  const { h, fill, api, post, showError, param, entityHref, documentHref, meetingHref, reportName } = Sightline;
  const id = param("id");
  // Both requests start now, before the page has parsed; the graph is only used for knowledge-base entities.
  const found = id ? api(`/entities/${encodeURIComponent(id)}`) : null;
  const graphFetch = id && /^[PO]-/.test(id) ? api(`/entities/${encodeURIComponent(id)}/graph?depth=1`) : null;
  found?.catch(() => {});
  graphFetch?.catch(() => {});
  const ready = new Promise(resolve => document.addEventListener("DOMContentLoaded", resolve));
  let page;

  const source = s => h("span", { class: "source" }, " — ", h("a", { href: documentHref(s.document_id, s.sentence), class: "source-link" }, reportName(s)),
    s.attributed_to && s.attributed_to !== "report" ? h("span", { class: "muted" }, ` (says ${s.attributed_to})`) : null);

  function badges(profile) {
    const links = profile.list_links.map(l => h("span", { class: "badge sanctioned", "data-list": l.list },
      h("a", { href: entityHref(`${l.list}:${l.list_id}`) }, `${l.list} ${l.list_id}`),
      l.programs.length ? ` · ${l.programs.join(", ")}` : "",
      l.listing_dates.length ? ` · listed ${l.listing_dates.join(", ")}` : "",
      l.state === "confirmed" ? " · confirmed by an analyst" : "",
      l.tier === "probable" ? [" · ", h("span", { class: "badge probable" }, "probable: to be confirmed"), " ",
        h("button", { class: "small", onclick: () => decide(`/entities/${encodeURIComponent(profile.id)}/link`, { list: l.list, list_id: l.list_id }) }, "confirm"), " ",
        h("button", { class: "small secondary", onclick: () => decide(`/entities/${encodeURIComponent(profile.id)}/unlink`, { list: l.list, list_id: l.list_id }) }, "reject")] : ""));
    const candidates = profile.link_candidates.map(l => h("span", { class: "badge candidate" },
      `possible: ${l.list} ${l.list_id} ${l.entry_name} (${l.score.toFixed(2)})`,
      " ", h("button", { class: "small secondary", onclick: () => decide(`/entities/${encodeURIComponent(profile.id)}/link`, { list: l.list, list_id: l.list_id }) }, "confirm link")));
    return h("div", { id: "badges" }, links.length ? links : h("span", { class: "badge clear" }, "not linked to any loaded list"), candidates);
  }

  function facts(profile) {
    const d = profile.designated;
    return h("dl", { class: "facts" },
      profile.list_links.length ? [h("dt", {}, "On the lists"), profile.list_links.map(l => h("dd", {},
        `${l.entry_name} — ${l.tier} link (${l.reason}); list as of ${l.list_as_of || "unknown"}`))] : null,
      d ? [h("dt", {}, "Designated"), h("dd", {}, d.date, h("span", { class: "muted" }, ` (${d.source})`))] : null,
      profile.sanctions_statements.length ? [h("dt", {}, "Reports say"), profile.sanctions_statements.map(s => h("dd", {},
        `sanctioned by ${s.authority || "?"}${s.programs.length ? ` for ${s.programs.join(", ")}` : ""}${s.date ? `, ${s.date}` : ""} — `,
        h("strong", {}, s.check), source(s.source)))] : null,
      profile.roles.length ? [h("dt", {}, "Roles"), profile.roles.map(r => h("dd", {}, r.title,
        r.organization ? [" of ", r.organization_id ? h("a", { href: entityHref(r.organization_id) }, r.organization) : r.organization] : "",
        r.organization_list_links.map(l => h("span", { class: "badge sanctioned" }, `${l.list} ${l.list_id}`)),
        r.date ? ` (${r.date})` : "", source(r.source)))] : null,
      profile.family.length ? [h("dt", {}, "Family"), profile.family.map(f => h("dd", {}, `${f.relation}: `,
        f.relative_id ? h("a", { href: entityHref(f.relative_id) }, f.relative) : f.relative, source(f.source)))] : null,
      [h("dt", {}, "Names seen"), profile.names.map(n => h("dd", {}, h("strong", {}, n.name), ` in ${n.reports} report${n.reports === 1 ? "" : "s"}: `,
        n.document_ids.map((doc, i) => [i ? ", " : "", h("a", { href: documentHref(doc) }, reportName({ document: n.documents[i] }))])))]);
  }

  function meetingsTable(profile) {
    const rows = [...profile.meetings].sort((a, b) => (a.date_start || "9999").localeCompare(b.date_start || "9999"));
    return h("table", { id: "meetings" },
      h("thead", {}, h("tr", {}, ["Date", "Kind", "With (status on the date)", "Where", "Reports", "Source", ""].map(t => h("th", {}, t)))),
      h("tbody", {}, rows.map(m => h("tr", { "data-event": m.id },
        h("td", {}, h("a", { href: meetingHref(m.id) }, m.date || "unknown")),
        h("td", {}, m.kind),
        h("td", {}, m.participants.filter(p => p.id !== profile.id).map((p, i) => [i ? "; " : "",
          p.id ? h("a", { href: entityHref(p.id) }, p.name) : p.name, " ",
          h("span", { class: `status-${p.status_at_date}` }, `(${p.status_at_date.replace("_", " ")}${p.list_links.length ? `: ${p.list_links.map(l => `${l.list} ${l.list_id}`).join(", ")}` : ""})`)])),
        h("td", {}, m.place || ""),
        h("td", {}, `${m.reports} / ${m.independent_sources} independent`),
        h("td", {}, m.evidence.map(e => h("blockquote", {}, e.text, source(e)))),
        h("td", {}, h("button", { class: "small secondary", onclick: () => decide(`/meetings/${encodeURIComponent(m.id)}/not-a-meeting`, {}) }, "not a meeting"))))));
  }

  /** Every report the profile cites, by id, with the best description of it seen (a title when one is known). */
  function reportsOf(profile) {
    const seen = new Map();
    const add = s => { if (!seen.has(s.document_id) || (s.title && !seen.get(s.document_id).title)) seen.set(s.document_id, s); };
    profile.sanctions_statements.forEach(s => add(s.source));
    profile.roles.forEach(r => add(r.source));
    profile.family.forEach(f => add(f.source));
    profile.meetings.forEach(m => m.evidence.forEach(add));
    profile.names.forEach(n => n.document_ids.forEach((doc, i) => add({ document_id: doc, document: n.documents[i] })));
    return seen;
  }

  function sources(profile) {
    return h("ul", { id: "sources" }, [...reportsOf(profile).values()].map(s => h("li", {}, h("a", { href: documentHref(s.document_id) }, reportName(s)),
      h("span", { class: "muted" }, [s.outlet, s.published].filter(Boolean).map(p => ` ${p}`).join(" ·")))));
  }

  function review(profile) {
    const reports = reportsOf(profile);
    const documents = [...new Set(profile.names.flatMap(n => n.document_ids))];
    const split = h("select", { id: "split-document" }, documents.map(d => h("option", { value: d }, reports.has(d) ? reportName(reports.get(d)) : d)));
    return h("section", { class: "card", id: "review" }, h("h2", {}, "Review"),
      h("form", { class: "inline" }, h("label", { for: "why" }, "Why (kept in the audit trail): "),
        h("input", { type: "text", id: "why", placeholder: "e.g. same person, per the UN panel report" })),
      h("p", {}),
      mergeBySearch(profile),
      h("p", {}),
      h("form", { class: "inline", onsubmit: e => { e.preventDefault(); decide(`/entities/${encodeURIComponent(profile.id)}/split`, { document: split.value }, true); } },
        h("label", { for: "split-document" }, "Split off what this report says: "), split, h("button", { type: "submit", class: "secondary" }, "Split")),
      h("div", { id: "review-result" }));
  }

  /** Merge into another entity found by name: suggestions from GET /search as the name is typed, then one button that
   * names both sides. */
  function mergeBySearch(profile) {
    const box = h("input", { type: "search", id: "merge-search", autocomplete: "off", placeholder: "the same person or organisation under another entry: type a name" });
    const suggestions = h("ul", { class: "suggestions", id: "merge-suggestions" });
    const chosen = h("div", { id: "merge-chosen" });
    let typed = 0;
    const choose = other => fill(chosen, h("button", { type: "button", class: "secondary", id: "merge-button",
      onclick: () => decide(`/entities/${encodeURIComponent(profile.id)}/merge`, { into: other.id }, true) },
      `Merge ${profile.name} into ${other.name}`), " ", h("span", { class: "muted" }, `${other.id}${other.list_links.length ? ` · ${other.list_links.join(", ")}` : ""}`));
    box.addEventListener("input", () => {
      const query = box.value.trim();
      const mine = ++typed;
      fill(chosen);
      if (query.length < 2) { fill(suggestions); return; }
      setTimeout(async () => {
        if (mine !== typed) return; // a newer keystroke asks instead
        try {
          const answer = await api(`/search/default?q=${encodeURIComponent(query)}&limit=8`);
          if (mine !== typed) return;
          const others = answer.entities.filter(e => e.id !== profile.id);
          fill(suggestions, others.length === 0 ? h("li", { class: "muted" }, "No other entity of that name in the reports.") :
            others.map(e => h("li", {}, h("button", { type: "button", class: "link suggestion", "data-id": e.id, onclick: () => { fill(suggestions); box.value = e.name; choose(e); } },
              e.name), " ", h("span", { class: "muted" }, `${e.schema}${e.list_links.length ? ` · ${e.list_links.join(", ")}` : ""} · ${e.id}`))));
        } catch (error) { showError(suggestions, error); }
      }, 250);
    });
    return h("div", { id: "merge" }, h("label", { for: "merge-search" }, "Merge into: "), box, suggestions, chosen);
  }

  /** Posts a review decision with the reason typed above; then reloads (or opens the entity the decision produced). */
  async function decide(path, body, follow) {
    const why = (document.getElementById("why") || {}).value || "";
    const result = document.getElementById("review-result");
    if (!why.trim()) {
      showError(result, new Error("Say why first (the box at the top of the Review section)."));
      document.getElementById("why").focus();
      return;
    }
    try {
      const done = await post(path, { ...body, why });
      if (follow && done.result && /^[PO]-/.test(done.result)) location.href = entityHref(done.result);
      else location.reload();
    } catch (error) {
      showError(result, error);
    }
  }

  async function showEntity(profile) {
    document.title = `Sightline — ${profile.name}`;
    const timelineBox = h("div", { id: "timeline" });
    const graphPanel = h("div", { id: "graph-panel" });
    fill(page, 
      h("h1", {}, profile.name, " ", h("span", { class: "muted" }, `${profile.schema} · ${profile.id}`)),
      h("section", { class: "card" }, badges(profile), facts(profile)),
      h("section", { class: "card" }, h("h2", {}, `Contacts timeline (${profile.meetings_total} meeting${profile.meetings_total === 1 ? "" : "s"})`),
        timelineBox, meetingsTable(profile)),
      h("section", { class: "card" }, h("h2", {}, "Contact graph"), graphPanel),
      h("section", { class: "card" }, h("h2", {}, "Source reports"), sources(profile)),
      review(profile));
    SightlineTimeline.show(timelineBox, profile.meetings, profile.id);
    performance.mark("profile-drawn");
    await SightlineGraph.show(graphPanel, profile.id, graphFetch);
    performance.mark("graph-drawn");
  }

  function showEntry(entry) {
    document.title = `Sightline — ${entry.caption}`;
    const rows = Object.entries(entry.properties).map(([name, values]) => h("tr", {}, h("th", {}, name), h("td", {}, values.join("; "))));
    fill(page, 
      h("h1", {}, entry.caption, " ", h("span", { class: "muted" }, `${entry.schema} · ${entry.id}`)),
      h("section", { class: "card" },
        h("div", { id: "badges" }, h("span", { class: "badge sanctioned", "data-list": entry.list }, `${entry.list} ${entry.list_id}`,
          entry.properties.program ? ` · ${entry.properties.program.join(", ")}` : "",
          entry.listing_dates.length ? ` · listed ${entry.listing_dates.join(", ")}` : "")),
        h("p", { class: "muted" }, entry.list_version || ""),
        h("table", {}, h("tbody", {}, rows))),
      h("section", { class: "card" }, h("h2", {}, "In the reports"),
        entry.linked_entities.length ? h("ul", {}, entry.linked_entities.map(e => h("li", {}, h("a", { href: entityHref(e.id) }, e.name), ` (${e.state} link)`)))
          : h("p", { class: "muted" }, "No entity of the reports is linked to this entry.")));
  }

  (async () => {
    await ready;
    page = document.getElementById("page");
    if (!id) { showError(page, new Error("No entity id in the address (entity.html?id=…). Search for a name first.")); return; }
    try {
      const shown = await found;
      if (shown.properties) showEntry(shown); else await showEntity(shown);
    } catch (error) {
      showError(page, error);
    }
    // When the page, its graph included, was complete (milliseconds since navigation): the render benchmark reads it.
    document.body.dataset.renderedMs = String(Math.round(performance.now()));
  })();
})();
