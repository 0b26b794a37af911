/* A minimal, local OpenAPI viewer for /docs: lists every operation of /openapi.json and lets the reader
   try it (no CDN, no library). */
"use strict";
(async function () {
  const box = document.getElementById("ops");
  const spec = await (await fetch("/openapi.json")).json();
  box.replaceChildren();
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) { if (k === "text") e.textContent = v; else e.setAttribute(k, v); }
    for (const k of kids) if (k !== null && k !== undefined) e.append(k);
    return e;
  }
  let n = 0;
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      n += 1;
      const sec = el("section", { "aria-labelledby": `op-${n}` });
      sec.append(el("h2", { id: `op-${n}` }, el("code", { text: `${method.toUpperCase()} ${path}` })));
      if (op.summary) sec.append(el("p", { text: op.summary }));
      const form = el("form", { "data-method": method, "data-path": path });
      const params = (op.parameters || []).filter((p) => p.name !== "params");
      for (const p of params) {
        const id = `op-${n}-${p.name}`;
        form.append(el("div", { class: "field" }, el("label", { for: id, text: `${p.name} (${p.in}${p.required ? ", required" : ""})` }),
          el("input", { id, type: "text", "data-in": p.in, name: p.name, placeholder: (p.description || "") })));
      }
      if ((op.parameters || []).some((p) => p.name === "params")) {
        const id = `op-${n}-extra`;
        form.append(el("div", { class: "field" }, el("label", { for: id, text: "rule parameters (name=value&…)" }),
          el("input", { id, type: "text", "data-extra": "1", placeholder: "jenis=pengeluaran" })));
      }
      const content = op.requestBody && op.requestBody.content;
      if (content) {
        const types = Object.keys(content);
        const id = `op-${n}-type`;
        const sel = el("select", { id, "data-type": "1" });
        for (const t of types) sel.append(el("option", { value: t, text: t }));
        form.append(el("div", { class: "field" }, el("label", { for: id, text: "Content-Type" }), sel));
        if (types.includes("multipart/form-data")) {
          const fid = `op-${n}-file`;
          form.append(el("div", { class: "field" }, el("label", { for: fid, text: "file" }), el("input", { id: fid, type: "file", "data-file": "1" })));
        }
        const bid = `op-${n}-body`;
        form.append(el("div", { class: "field" }, el("label", { for: bid, text: "body" }), el("textarea", { id: bid, rows: "4", cols: "70", "data-body": "1" })));
      }
      form.append(el("button", { type: "submit", text: "Send" }));
      const out = el("pre", { class: "explain", "aria-live": "polite" });
      form.addEventListener("submit", async (ev) => {
        ev.preventDefault();
        let url = path;
        const q = new URLSearchParams();
        for (const input of form.querySelectorAll("[data-in]")) {
          if (!input.value) continue;
          if (input.dataset.in === "path") url = url.replace(`{${input.name}}`, encodeURIComponent(input.value));
          else q.append(input.name, input.value);
        }
        const extra = form.querySelector("[data-extra]");
        if (extra && extra.value) for (const [k, v] of new URLSearchParams(extra.value)) q.append(k, v);
        const init = { method: method.toUpperCase(), headers: {} };
        const type = form.querySelector("[data-type]");
        if (type) {
          const file = form.querySelector("[data-file]");
          if (type.value === "multipart/form-data" && file && file.files[0]) {
            init.body = new FormData(); init.body.append("berkas", file.files[0]);
          } else {
            init.headers["Content-Type"] = type.value; init.body = form.querySelector("[data-body]").value;
          }
        }
        const resp = await fetch(url + (q.toString() ? "?" + q : ""), init);
        const text = await resp.text();
        out.textContent = `${resp.status} ${resp.headers.get("content-type") || ""}\n\n${text.slice(0, 20000)}`;
      });
      sec.append(form, out);
      box.append(sec);
    }
  }
})();
