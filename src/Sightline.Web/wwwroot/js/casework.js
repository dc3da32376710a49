// The analyst's workbench on an entity's or a report's page: the notes on it (add, edit, delete) and "add to case"
// with a picker of the cases, or a new one. It draws its own section below the page, for the id in the address.
"use strict";
const SightlineCasework = (() => {
  const { h, fill, api, post, showError, param } = Sightline;
  const caseHref = id => `/cases.html?id=${encodeURIComponent(id)}`;
  const when = iso => iso ? iso.replace("T", " ").slice(0, 16) : "";

  function put(path, body) {
    return api(path, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  }

  /** One note with its edit and delete buttons; editing turns the text into a box in place. */
  function noteItem(note, reload, status) {
    const text = h("p", { class: "note-text" }, note.text);
    const item = h("li", { class: "note", "data-note": note.id }, text,
      h("p", { class: "muted small" }, `${note.author}, ${when(note.created_at)}`,
        note.edited_by ? ` · edited by ${note.edited_by}, ${when(note.edited_at)}` : ""),
      h("button", { class: "small secondary", onclick: () => edit() }, "edit"), " ",
      h("button", { class: "small secondary", onclick: () => remove() }, "delete"));
    function edit() {
      const box = h("textarea", { class: "note-edit", rows: 3 });
      box.value = note.text;
      text.replaceWith(h("div", {}, box, h("button", { class: "small", onclick: async () => {
        try { await put(`/notes/${encodeURIComponent(note.id)}`, { text: box.value }); await reload(); } catch (error) { showError(status, error); }
      } }, "save")));
    }
    async function remove() {
      try { await api(`/notes/${encodeURIComponent(note.id)}`, { method: "DELETE" }); await reload(); } catch (error) { showError(status, error); }
    }
    return item;
  }

  function notesCard(target) {
    const list = h("ul", { id: "notes-list", class: "notes" });
    const status = h("div", { id: "notes-status" });
    const box = h("textarea", { id: "note-text", rows: 3, placeholder: "A note for the team: what to check, what you found" });
    async function reload() {
      const notes = await api(`/notes?target=${encodeURIComponent(target)}`);
      fill(list, notes.length ? notes.map(n => noteItem(n, reload, status)) : h("li", { class: "muted" }, "No notes yet."));
    }
    const form = h("form", { id: "add-note", onsubmit: async e => {
      e.preventDefault();
      try { await post("/notes", { target, text: box.value }); box.value = ""; fill(status); await reload(); } catch (error) { showError(status, error); }
    } }, box, h("button", { type: "submit" }, "Add note"));
    reload().catch(error => showError(status, error));
    return h("section", { class: "card", id: "notes" }, h("h2", {}, "Notes"), list, form, status);
  }

  function casesCard(target) {
    const held = h("p", { id: "in-cases" });
    const status = h("div", { id: "case-status" });
    const picker = h("select", { id: "case-picker" });
    const name = h("input", { type: "text", id: "new-case-name", placeholder: "name of the new case" });
    async function reload() {
      const [all, holding] = await Promise.all([api("/cases"), api(`/cases?member=${encodeURIComponent(target)}`)]);
      fill(held, holding.length ? ["In ", holding.map((c, i) => [i ? ", " : "", h("a", { href: caseHref(c.id) }, c.name)])] : h("span", { class: "muted" }, "In no case yet."));
      const inCase = new Set(holding.map(c => c.id));
      fill(picker, all.filter(c => !inCase.has(c.id)).map(c => h("option", { value: c.id }, c.name)), h("option", { value: "" }, "a new case…"));
      name.hidden = picker.value !== "";
    }
    picker.addEventListener("change", () => { name.hidden = picker.value !== ""; });
    const form = h("form", { class: "inline", id: "add-to-case", onsubmit: async e => {
      e.preventDefault();
      try {
        const id = picker.value || (await post("/cases", { name: name.value })).id;
        await post(`/cases/${encodeURIComponent(id)}/members`, { member: target });
        name.value = "";
        fill(status);
        await reload();
      } catch (error) { showError(status, error); }
    } }, picker, name, h("button", { type: "submit", class: "secondary" }, "Add to case"));
    reload().catch(error => showError(status, error));
    return h("section", { class: "card", id: "cases" }, h("h2", {}, "Cases"), held, form, status);
  }

  /** The notes and cases sections for <paramref name="target"/> (a P-, O-, M- or D- id). */
  function panel(target) {
    return [notesCard(target), casesCard(target)];
  }

  document.addEventListener("DOMContentLoaded", () => {
    const target = param("id");
    if (!target || !/^[POMD]-/.test(target)) return; // list entries have no notes: they are the list's, not ours
    document.body.append(h("main", { id: "casework" }, panel(target)));
  });
  return { panel, caseHref };
})();
