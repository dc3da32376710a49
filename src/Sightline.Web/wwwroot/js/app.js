// Shared by every page: building DOM safely, calling the API, and the navigation bar.
// Report text is untrusted: it only ever reaches the page through textContent, never through innerHTML.
"use strict";

const Sightline = (() => {
  /** An element with attributes and children; strings become text nodes, so nothing is parsed as HTML. */
  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
      else if (name === "href") element.setAttribute("href", safeHref(value));
      else element.setAttribute(name, value === true ? "" : String(value));
    }
    append(element, children);
    return element;
  }

  function append(element, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  /** Only links within this server, or http(s) links to sources. */
  function safeHref(value) {
    const text = String(value);
    if (text.startsWith("/") && !text.startsWith("//")) return text;
    try {
      const url = new URL(text);
      if (url.protocol === "http:" || url.protocol === "https:") return url.href;
    } catch { /* not a URL */ }
    return "#";
  }

  let session = null;

  /** Who the browser is (GET /session): its holder, role and the CSRF token its writes carry; asked once a page. */
  function whoAmI() {
    session = session || fetch("/session").then(r => (r.ok ? r.json() : {})).catch(() => ({}));
    return session;
  }

  /** fetch, with the session's CSRF token on every request that is not a GET (the server refuses a session's write
   * without it). */
  async function send(path, options) {
    const method = ((options && options.method) || "GET").toUpperCase();
    if (method === "GET" || method === "HEAD") return fetch(path, options);
    const { csrf_token: token } = await whoAmI();
    const headers = new Headers((options && options.headers) || {});
    if (token) headers.set("X-CSRF-Token", token);
    return fetch(path, { ...options, headers, credentials: "same-origin" });
  }

  /** Calls the API; a problem-details answer becomes an Error with its title and detail (401: sign in first). */
  async function api(path, options) {
    const response = await send(path, options);
    const type = response.headers.get("content-type") || "";
    const body = type.includes("json") ? await response.json() : await response.text();
    if (!response.ok) {
      const error = new Error(response.status === 401
        ? "Sign in first: open the one-time link sightline serve printed (programs use an API key)."
        : body && body.title ? `${body.title}: ${body.detail || ""}` : `HTTP ${response.status}`);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function post(path, body) {
    return api(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body || {}) });
  }

  /** Replaces a container's content (skipping null and false, as h does). */
  function fill(container, ...children) {
    container.replaceChildren();
    return append(container, children);
  }

  function showError(container, error) {
    fill(container, h("p", { class: "error", role: "alert" }, error.message || String(error)));
  }

  function param(name) {
    return new URLSearchParams(location.search).get(name);
  }

  const entityHref = id => `/entity.html?id=${encodeURIComponent(id)}`;
  /** A report's page; with a sentence number, the page opens at that sentence and marks its claims. */
  const documentHref = (id, sentence) => `/document.html?id=${encodeURIComponent(id)}${sentence !== undefined && sentence !== null ? `&sentence=${sentence}` : ""}`;

  /** A meeting event's page: its date, parties with their status on that date, and its source sentences. */
  const meetingHref = id => `/meeting.html?id=${encodeURIComponent(id)}`;

  /** A party's status on a meeting's date in words (`designated`: the designation date, when known). */
  function statusText(status, designated) {
    switch (status) {
      case "listed": return `designated${designated ? ` ${designated}` : ""}: listed on the date`;
      case "designated_later": return `not yet designated: designated later${designated ? `, ${designated}` : ""}`;
      case "unknown": return designated ? `designated ${designated}: on the date unknown` : "listed, designation date unknown";
      case "not_listed": return "not on a list";
      default: return String(status).replace("_", " ");
    }
  }

  /** A short name for a report: its title, else its outlet and date, else its key (an address or text:HASH). */
  function reportName(source) {
    if (source.title) return source.title;
    const about = [source.outlet || source.publisher, source.published].filter(Boolean).join(", ");
    return about || source.document || source.key || "";
  }

  function nav() {
    const links = [["/", "Search"], ["/screen.html", "Screen"], ["/documents.html", "Reports"], ["/alerts.html", "Alerts"], ["/jobs.html", "Jobs"], ["/review.html", "Review"], ["/cases.html", "Cases"], ["/lists.html", "Lists"]];
    const bar = h("header", { class: "top" }, h("a", { class: "brand", href: "/" }, "Sightline"),
      links.map(([href, label]) => h("a", { href }, label)),
      h("a", { href: "/openapi/v1.json" }, "API"));
    document.body.prepend(bar);
    whoAmI().then(({ user, role }) => bar.append(h("span", { class: "who", id: "who" },
      user ? `${user} (${role})` : "reading only: open the sign-in link sightline serve printed to change the record")));
  }

  document.addEventListener("DOMContentLoaded", nav);
  return { h, append, fill, api, send, post, showError, param, entityHref, documentHref, meetingHref, statusText, reportName };
})();
