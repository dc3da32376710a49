// The cases page: every case with a form to open one, or (cases.html?id=…) one case — its members with links to their
// pages, the notes on them, the meetings among them, and its exports.
"use strict";
(() => {
  const { h, fill, api, post, showError, param, entityHref, documentHref } = Sightline;
  const id = param("id");
  const memberHref = m => m.kind === "document" ? documentHref(m.id) : m.kind === "meeting" ? null : entityHref(m.id);
  const when = iso => iso ? iso.replace("T", " ").slice(0, 16) : "";

  async function showList(page) {
    const cases = await api("/cases");
    const name = h("input", { type: "text", id: "case-name", placeholder: "name of the new case" });
    const status = h("div", { id: "case-status" });
    fill(page, h("h1", {}, "Cases"),
      cases.length ? h("table", { id: "case-list" }, h("thead", {}, h("tr", {}, ["Case", "Entities", "Reports", "Meetings", "Opened"].map(t => h("th", {}, t)))),
        h("tbody", {}, cases.map(c => h("tr", {}, h("td", {}, h("a", { href: `/cases.html?id=${encodeURIComponent(c.id)}` }, c.name)),
          h("td", {}, c.entities), h("td", {}, c.documents), h("td", {}, c.meetings), h("td", {}, `${c.created_by}, ${when(c.created_at)}`)))))
        : h("p", { class: "muted" }, "No cases yet. Open one here, or add an entity or report to a new case from its page."),
      h("form", { class: "inline", id: "new-case", onsubmit: async e => {
        e.preventDefault();
        try { location.href = `/cases.html?id=${encodeURIComponent((await post("/cases", { name: name.value })).id)}`; } catch (error) { showError(status, error); }
      } }, name, h("button", { type: "submit" }, "Open a case")), status);
  }

  function members(file, status) {
    return h("table", { id: "members" }, h("thead", {}, h("tr", {}, ["", "Member", "Added", ""].map(t => h("th", {}, t)))),
      h("tbody", {}, file.members.map(m => h("tr", { "data-member": m.id }, h("td", { class: "muted" }, m.kind),
        h("td", {}, memberHref(m) ? h("a", { href: memberHref(m) }, m.label) : m.label, h("span", { class: "muted" }, ` ${m.id}`)),
        h("td", {}, `${m.added_by}, ${when(m.added_at)}`),
        h("td", {}, h("button", { class: "small secondary", onclick: async () => {
          try { await api(`/cases/${encodeURIComponent(file.id)}/members/${encodeURIComponent(m.id)}`, { method: "DELETE" }); location.reload(); } catch (error) { showError(status, error); }
        } }, "remove"))))));
  }

  function notes(file) {
    const labels = new Map(file.members.map(m => [m.id, m.label]));
    return file.notes.length ? h("ul", { id: "case-notes", class: "notes" }, file.notes.map(n => h("li", { class: "note" },
      h("strong", {}, labels.get(n.target) || n.target), ": ", n.text, h("span", { class: "muted" }, ` — ${n.author}, ${when(n.created_at)}`))))
      : h("p", { class: "muted", id: "case-notes" }, "No notes on the members yet.");
  }

  function meetings(file) {
    return file.meetings.length ? h("table", { id: "case-meetings" },
      h("thead", {}, h("tr", {}, ["Date", "Kind", "Parties", "Where", "Reports"].map(t => h("th", {}, t)))),
      h("tbody", {}, file.meetings.map(m => h("tr", {}, h("td", {}, m.date || "unknown"), h("td", {}, m.kind),
        h("td", {}, m.participants.map((p, i) => [i ? "; " : "", p.id ? h("a", { href: entityHref(p.id) }, p.name) : p.name,
          p.status_at_date === "listed" ? h("span", { class: "status-listed" }, " (listed)") : ""])),
        h("td", {}, m.place || ""), h("td", {}, `${m.reports} / ${m.independent_sources} independent`)))))
      : h("p", { class: "muted", id: "case-meetings" }, "No meetings among the members.");
  }

  async function showCase(page) {
    const file = await api(`/cases/${encodeURIComponent(id)}`);
    document.title = `Sightline — ${file.name}`;
    const status = h("div", { id: "case-status" });
    const exportLink = (format, label) => h("a", { href: `/cases/${encodeURIComponent(file.id)}/export?format=${format}`, class: "export", "data-format": format, download: "" }, label);
    fill(page, h("h1", {}, file.name, " ", h("span", { class: "muted" }, `case · ${file.id} · opened by ${file.created_by}`)),
      h("p", { id: "exports" }, "Export: ", exportLink("json", "JSON"), " · ", exportLink("ftm", "FollowTheMoney"), " · ", exportLink("csv", "CSV (meetings)")),
      h("section", { class: "card" }, h("h2", {}, `Members (${file.members.length})`), members(file, status), status),
      h("section", { class: "card" }, h("h2", {}, "Notes"), notes(file)),
      h("section", { class: "card" }, h("h2", {}, `Meetings among the members (${file.meetings.length})`), meetings(file)));
  }

  document.addEventListener("DOMContentLoaded", async () => {
    const page = document.getElementById("page");
    try { await (id ? showCase(page) : showList(page)); } catch (error) { showError(page, error); }
  });
})();
