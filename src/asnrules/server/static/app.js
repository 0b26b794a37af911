/* asnrules web page: sends the forms to the JSON API and draws the answers. No library, no network
   beyond this server. Text comes from the page (#teks), in the page's language. */
"use strict";
(function () {
  const T = JSON.parse(document.getElementById("teks").textContent);
  const DATED = JSON.parse(document.getElementById("bertanggal").textContent);
  const lang = document.getElementById("utama").dataset.lang;
  const $ = (id) => document.getElementById(id);
  const rule = $("aturan");
  let lastFile = null;

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") e.textContent = v; else e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }
  function svg(tag, attrs, text) {
    const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function showRule() {
    for (const g of document.querySelectorAll("[data-aturan]")) {
      const on = g.dataset.aturan === rule.value;
      g.hidden = !on;
      for (const input of g.querySelectorAll("input, select")) input.disabled = !on;
    }
  }
  rule.addEventListener("change", showRule);
  showRule();

  function query(extra) {
    const q = new URLSearchParams();
    const day = $("tanggal").value;
    if (day && DATED[rule.value]) q.set("tanggal", day);
    q.set("lang", lang);
    for (const input of document.querySelectorAll(`.params[data-aturan="${CSS.escape(rule.value)}"] [data-param]`)) {
      if (input.value.trim() !== "") q.set(input.name, input.value.trim());
    }
    for (const [k, v] of Object.entries(extra || {})) q.set(k, v);
    return q.toString();
  }
  function headers(extra) {
    const h = Object.assign({}, extra || {});
    const key = $("apikey");
    if (key && key.value) h["X-API-Key"] = key.value;
    return h;
  }

  function problem(target, body) {
    target.replaceChildren();
    const box = el("div", { class: "problem", role: "alert" },
      el("p", {}, el("strong", { text: (body && body.title) || T.failed }), " ", (body && body.detail) || ""));
    if (body && body.kesalahan) {
      const ul = el("ul");
      for (const e of body.kesalahan) ul.append(el("li", { text: (e.column ? `[${e.column}] ` : "") + e.message }));
      box.append(ul);
    }
    target.append(box);
  }
  async function readJson(resp) {
    try { return await resp.json(); } catch (e) { return null; }
  }
  function citationText(c) { return c ? c.teks : ""; }

  // ---- the file
  $("form-berkas").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const out = $("hasil-berkas"), status = $("status-berkas");
    const file = $("berkas").files[0];
    if (!file) { status.textContent = T.need_file; return; }
    lastFile = file;
    status.textContent = T.busy;
    out.replaceChildren();
    const form = new FormData();
    form.append("berkas", file, file.name);
    const resp = await fetch(`/berkas/${encodeURIComponent(rule.value)}?${query({ format: "json" })}`,
      { method: "POST", body: form, headers: headers() });
    const body = await readJson(resp);
    status.textContent = "";
    if (!resp.ok) { problem(out, body); return; }
    drawSummary(out, body);
  });

  function table(caption, head, rows, cls) {
    const t = el("table", cls ? { class: cls } : {}, el("caption", { text: caption }));
    const tr = el("tr");
    for (const h of head) tr.append(el("th", { scope: "col", text: h }));
    t.append(el("thead", {}, tr));
    const tb = el("tbody");
    for (const r of rows) {
      const row = el("tr");
      for (const c of r) row.append(c instanceof Node ? el("td", {}, c) : el("td", { text: String(c) }));
      tb.append(row);
    }
    t.append(tb);
    return t;
  }

  function reasonList(item) {
    const ul = el("ul", { class: "reasons" });
    const shown = (item.reasons || []).filter((r) => r.status !== "MET");
    for (const r of shown) {
      ul.append(el("li", {}, el("span", { class: "code", text: r.code }), ": " + r.message + " ",
        el("cite", { text: "[" + citationText(r.citation) + "]" })));
    }
    for (const e of item.kesalahan || []) ul.append(el("li", { text: (e.column ? `[${e.column}] ` : "") + e.message }));
    if (item.hasil_perhitungan) {
      for (const [k, v] of Object.entries(item.hasil_perhitungan)) {
        if (v !== "" && v !== null) ul.append(el("li", { text: `${k}: ${v}` }));
      }
    }
    return ul.childElementCount ? ul : document.createTextNode(T.none);
  }

  function drawSummary(out, s) {
    out.replaceChildren();
    const h = el("h3", { id: "ringkasan", tabindex: "-1", text: `${T.summary} — ${s.aturan}` });
    out.append(h);
    out.append(el("p", {}, T.rows + ": ", el("strong", { id: "jumlah-baris", text: String(s.jumlah_baris) })));
    const order = ["ELIGIBLE", "NOT_ELIGIBLE", "INCOMPLETE", "OK", "OK_DENGAN_CATATAN", "NOT_APPLICABLE", "INVALID"];
    for (const k of Object.keys(s.hitungan)) if (!order.includes(k)) order.push(k);
    const counts = [];
    for (const k of order) if (s.hitungan[k]) counts.push([T[k] + " (" + k + ")", el("span", { "data-hasil": k, text: String(s.hitungan[k]) })]);
    out.append(table(T.summary, [T.result, T.count], counts, "counts"));

    // bar chart of the criteria failed most often (plain SVG)
    out.append(el("h4", { text: T.chart }));
    const top = s.kriteria_gagal_terbanyak;
    if (!top.length) out.append(el("p", { text: T.no_failed }));
    else {
      const max = Math.max(...top.map((x) => x.jumlah));
      const rowH = 28, labelW = 260, barW = 360;
      const chart = svg("svg", { role: "img", "aria-labelledby": "chart-title", width: labelW + barW + 60,
        height: top.length * rowH + 10, viewBox: `0 0 ${labelW + barW + 60} ${top.length * rowH + 10}`, class: "chart" });
      chart.append(svg("title", { id: "chart-title" }, T.chart + ": " + top.map((x) => `${x.code} ${x.jumlah}`).join(", ")));
      top.forEach((x, i) => {
        const y = i * rowH + 5;
        chart.append(svg("text", { x: labelW - 8, y: y + 17, "text-anchor": "end", class: "label" }, x.code));
        chart.append(svg("rect", { x: labelW, y: y + 3, height: rowH - 8, width: Math.max(2, Math.round(barW * x.jumlah / max)), class: "bar" }));
        chart.append(svg("text", { x: labelW + Math.round(barW * x.jumlah / max) + 6, y: y + 17, class: "value" }, String(x.jumlah)));
      });
      out.append(chart);
      out.append(table(T.criteria, [T.criteria, T.count, T.message], top.map((x) =>
        [x.code, x.jumlah, x.message + " [" + citationText(x.citation) + "]"]), "criteria"));
    }
    if (s.kolom_tidak_dikenal && s.kolom_tidak_dikenal.length) out.append(el("p", { text: T.ignored + ": " + s.kolom_tidak_dikenal.join(", ") }));
    if (s.baris_salah.length) {
      const rows = [];
      for (const r of s.baris_salah) for (const e of r.kesalahan) rows.push([r.baris, e.column || e.field || "", e.message]);
      out.append(table(`${T.errors} (${s.jumlah_baris_salah})`, [T.row, T.column, T.message], rows, "errors"));
    }
    out.append(table(T.first, [T.row, T.name, T.result, T.reasons],
      s.baris_pertama.map((r) => [r.baris, r.nama || "", T[r.hasil] || r.hasil, reasonList(r)]), "first"));
    const btn = el("button", { type: "button", id: "unduh", text: T.download });
    btn.addEventListener("click", download);
    out.append(btn);
    h.focus();
  }

  async function download() {
    if (!lastFile) return;
    const status = $("status-berkas");
    status.textContent = T.busy;
    const form = new FormData();
    form.append("berkas", lastFile, lastFile.name);
    const resp = await fetch(`/berkas/${encodeURIComponent(rule.value)}?${query({ format: "xlsx" })}`,
      { method: "POST", body: form, headers: headers() });
    if (!resp.ok) { problem($("hasil-berkas"), await readJson(resp)); status.textContent = ""; return; }
    const blob = await resp.blob();
    const a = el("a", { href: URL.createObjectURL(blob), download: `hasil_${rule.value}.xlsx` });
    document.body.append(a);
    a.click();
    a.remove();
    status.textContent = T.downloaded;
  }

  // ---- one person
  $("form-orang").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const out = $("hasil-orang"), status = $("status-orang");
    const group = document.querySelector(`.person[data-aturan="${CSS.escape(rule.value)}"]`);
    const record = {};
    for (const input of group.querySelectorAll("[data-field]")) if (input.value.trim() !== "") record[input.name] = input.value.trim();
    const years = group.querySelectorAll("[data-kinerja-year]"), ratings = group.querySelectorAll("[data-kinerja-rating]");
    years.forEach((y, i) => { if (y.value.trim() && ratings[i].value.trim()) record["kinerja_" + y.value.trim()] = ratings[i].value.trim(); });
    status.textContent = T.busy;
    const resp = await fetch(`/periksa/${encodeURIComponent(rule.value)}?${query({ penjelasan: "true" })}`,
      { method: "POST", body: JSON.stringify(record), headers: headers({ "Content-Type": "application/json" }) });
    const body = await readJson(resp);
    status.textContent = "";
    if (!resp.ok) { problem(out, body); return; }
    out.replaceChildren();
    const h = el("h3", { id: "hasil-satu", tabindex: "-1" }, T.result + ": ", el("span", { "data-hasil": body.hasil, text: T[body.hasil] || body.hasil }));
    out.append(h);
    if (body.reasons && body.reasons.length) {
      out.append(table(T.criteria, [T.criteria, T.result, T.message], body.reasons.map((r) =>
        [r.code, el("span", { "data-status": r.status, text: T[r.status] || r.status }), r.message + " [" + citationText(r.citation) + "]"]), "criteria"));
    } else {
      out.append(reasonList(body));
    }
    if (body.penjelasan) out.append(el("h4", { text: T.explanation }), el("pre", { class: "explain", text: body.penjelasan }));
    h.focus();
  });
})();
