// The query page: YASGUI against this endpoint, and the saved questions one click away.
// A saved query's parameters are sent as bindings ($name=N-Triples term, as RDF4J does), so the
// query text in the editor stays the saved text. Results are drawn by our own table ("rdkg"):
// plain values, IRIs short and linked to their entity page, no parameter echo columns, CJK-sized
// columns, the number of rows and whether the server cut the answer. A saved question names an entity
// by two columns, X (its name as the report writes it) and X_iri (the entity): the table shows one
// cell, the name linked to the entity's page.
(function () {
  "use strict";
  const endpoint = new URL("sparql", window.location.href).href;
  const XSD = "http://www.w3.org/2001/XMLSchema#";
  const NUMERIC = new Set(["integer", "decimal", "double", "float", "int", "long", "short", "nonNegativeInteger", "positiveInteger"]);
  document.getElementById("endpoint").textContent = endpoint;

  // what the server knows: its prefixes, its base, how many reports (filled in from /about)
  const server = { prefixes: {}, base: "https://w3id.org/rdkg/" };
  let current = null;   // the saved question whose text is in the editor
  let truncated = null; // the last answer's X-Rows-Truncated

  // ------------------------------------------------------------ values as people read them
  function shortIri(iri) {
    for (const [p, ns] of Object.entries(server.prefixes)) {
      if (iri.startsWith(ns) && iri.length > ns.length && !/[\/#]/.test(iri.slice(ns.length))) return p + ":" + iri.slice(ns.length);
    }
    if (iri.startsWith(server.base)) return iri.slice(server.base.length);
    return iri;
  }

  // the name of an entity, linked to its page: column X with its IRI in column X_iri
  function linked(term, iri) {
    const td = cell(term);
    if (!term || !term.value || !iri || iri.type !== "uri" && iri.type !== "literal") return td;
    const a = document.createElement("a");
    a.href = iri.value.startsWith(server.base) ? "entity?iri=" + encodeURIComponent(iri.value) : iri.value;
    a.title = iri.value;
    a.textContent = term.value;
    td.textContent = "";
    td.appendChild(a);
    td.classList.add("iri");
    return td;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    // an IRI under the base written as a string (a typed query's STR(?law)) is shown and linked as the
    // IRI it names
    if (term.type === "literal" && !term["xml:lang"] && (!term.datatype || term.datatype === XSD + "string") &&
        term.value.startsWith(server.base) && !/\s/.test(term.value)) term = { type: "uri", value: term.value };
    if (term.type === "uri") {
      const a = document.createElement("a");
      const short = shortIri(term.value);
      if (term.value.startsWith(server.base) && !short.includes(":")) {
        a.href = "entity?iri=" + encodeURIComponent(term.value);
        // law/重庆市地方金融条例 → 重庆市地方金融条例, with the kind in small type
        const slash = short.indexOf("/");
        const kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = slash > 0 ? short.slice(0, slash) : "";
        a.textContent = decodeURIComponent(short.slice(slash + 1).split("/").pop().replace(/%(?![0-9A-Fa-f]{2})/g, "%25"));
        if (kind.textContent) td.appendChild(kind);
      } else {
        a.href = term.value;
        a.textContent = short;
      }
      a.title = term.value;
      td.appendChild(a);
      td.className = "iri";
      return td;
    }
    const dt = term.datatype && term.datatype.startsWith(XSD) ? term.datatype.slice(XSD.length) : "";
    td.textContent = term.value;
    if (NUMERIC.has(dt)) td.className = "num";
    else if (term.value.length > 24) td.className = "long";
    else if (term.value.length <= 12) td.className = "short";  // a name: on one line
    if (term.type === "bnode") td.textContent = "_:" + term.value;
    return td;
  }

  // ------------------------------------------------------------ the results table (a YASR plugin)
  class RdkgTable {
    constructor(yasr) { this.yasr = yasr; this.priority = 20; this.label = "表格 · Table"; }
    canHandleResults() { return !!(this.yasr.results && this.yasr.results.getVariables && this.yasr.results.getVariables().length); }
    // a grid drawn in SVG inside a div: YASR hides every span of its tab buttons below 768 px (their
    // labels), so an icon in a span left the tab an empty underline at a phone's width
    getIcon() {
      const icon = document.createElement("div");
      icon.innerHTML = '<svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true">' +
        '<rect x="1" y="2" width="14" height="12" rx="1" fill="none" stroke="currentColor" stroke-width="1.5"/>' +
        '<path d="M1 6.5h14M1 10.5h14M6 2v12" stroke="currentColor" stroke-width="1.2"/></svg>';
      return icon;
    }
    draw() {
      const results = this.yasr.results;
      const hidden = new Set(current ? current.params.map((p) => p.name) : []);
      const all = results.getVariables();
      // X_iri goes into X's cell as its link (when the answer has an X to show it in)
      const pair = new Set(all.filter((v) => v.endsWith("_iri") && all.includes(v.slice(0, -4))));
      const vars = all.filter((v) => !hidden.has(v) && !pair.has(v));
      const rows = results.getBindings() || [];
      const wrap = document.createElement("div");
      wrap.className = "rdkg-results";
      const status = document.createElement("p");
      status.className = "rdkg-status";
      status.id = "rdkg-status";
      status.textContent = rows.length + " 行 · rows";
      if (truncated) status.textContent += " · 已截断 · cut at the server's row limit";
      wrap.appendChild(status);
      const scroller = document.createElement("div");
      scroller.className = "rdkg-scroll";
      const table = document.createElement("table");
      table.className = "rdkg-table";
      const head = table.createTHead().insertRow();
      for (const v of vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
      const body = table.createTBody();
      for (const row of rows) {
        const tr = body.insertRow();
        for (const v of vars) tr.appendChild(pair.has(v + "_iri") ? linked(row[v], row[v + "_iri"]) : cell(row[v]));
      }
      scroller.appendChild(table);
      wrap.appendChild(scroller);
      this.yasr.resultsEl.appendChild(wrap);
    }
  }
  Yasgui.Yasr.registerPlugin("rdkg", RdkgTable);

  // The editor's grammar (YASQE's "sparql11" mode) marks a prefix no PREFIX line declares. The server
  // predefines its prefixes, so every parse starts knowing them: the mode's start state is given the
  // server's prefixes (from /about), before the editor is created and parses anything.
  const sparql11 = Yasgui.Yasqe.modes.sparql11;
  Yasgui.Yasqe.defineMode("sparql11", function (config, parserConfig) {
    const mode = sparql11(config, parserConfig);
    const startState = mode.startState;
    mode.startState = function () {
      const state = startState.apply(this, arguments);
      state.prefixes = Object.assign({}, server.prefixes, state.prefixes);
      return state;
    };
    return mode;
  });

  const loaded = document.getElementById("loaded");
  fetch("about").then((r) => r.json()).then((info) => {
    server.prefixes = info.prefixes || {};
    server.base = info.base || server.base;
    const c = info.catalogue || {};
    loaded.textContent =
      `已载入 ${info.reports} 份报告 · ${info.reports} report(s) loaded · ` +
      `${c.Law || 0} laws, ${c.Decision || 0} decisions, ${c.Body || 0} bodies, ${c.Initiative || 0} initiatives`;
    const dg = document.createElement("span");
    dg.id = "default-graph";
    dg.className = "default-graph";
    const zh = document.createElement("span");
    zh.textContent = info.default_graph_zh;
    const en = document.createElement("span");
    en.className = "en";  // left out at a phone's width, where the Chinese says it
    en.textContent = ` · default graph: ${info.default_graph}`;
    dg.append(zh, en);
    loaded.appendChild(document.createElement("br"));
    loaded.appendChild(dg);
  }).catch(() => { loaded.textContent = "cannot read /about"; }).then(start);

  function start() {
    const yasgui = new Yasgui(document.getElementById("yasgui"), {
      requestConfig: { endpoint: endpoint, method: "POST" },
      copyEndpointOnNewTab: true,
      endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
      persistenceId: null,
      // the editor checks the syntax as one types (it knows the server's prefixes, above); the
      // server's 400 message says the rest
      yasqe: { syntaxErrorCheck: true, resizeable: true },
      yasr: { defaultPlugin: "rdkg", pluginOrder: ["rdkg", "table", "response"] },
    });
    const tab = () => yasgui.getTab();
    tab().setEndpoint(endpoint);
    const START =
      "# the prefixes rdkg: eli: skos: prov: oa: dcterms: … are predefined on this server\n" +
      "# the default graph is the union of every graph (the entity catalogue and each report), so a law\n" +
      "# comes once per graph that names it: DISTINCT; one report's graph is GRAPH ?r { … }\n" +
      "SELECT DISTINCT ?law ?name WHERE {\n  ?law a rdkg:Law ; rdfs:label ?name .\n}\nLIMIT 20\n";
    tab().setQuery(START);  // nothing is kept between visits (persistenceId: null): always the starter

    const yasqe = tab().getYasqe();
    // YASQE's class, property and prefix completers ask lov.linkeddata.es and prefix.cc: this page stays
    // offline, and the server's prefixes need no PREFIX lines
    for (const name of [...(yasqe.config.autocompleters || [])]) if (name !== "variables") yasqe.disableCompleter(name);
    yasqe.on("queryResponse", (_y, response) => {
      truncated = response && response.headers && response.headers.get ? response.headers.get("X-Rows-Truncated") === "true" : false;
      const status = document.getElementById("rdkg-status");
      if (truncated && status && !status.textContent.includes("截断")) status.textContent += " · 已截断 · cut at the server's row limit";
    });

    const form = document.getElementById("params");
    const fields = document.getElementById("params-fields");

    function term(param, value) {
      if (param.type === "integer") return JSON.stringify(String(parseInt(value || "0", 10) || 0)) + "^^<" + XSD + "integer>";
      if (param.type === "iri" && value) return "<" + value.replace(/[<>"{}|^`\\\s]/g, encodeURIComponent) + ">";
      return JSON.stringify(value || "");
    }

    function bindParams() {
      if (!current) { tab().setRequestConfig({ args: [] }); return; }
      const args = current.params.map((p) => ({ name: "$" + p.name, value: term(p, fields.querySelector(`[name="${p.name}"]`).value) }));
      // a saved question reads the catalogue as its default graph, as /queries/NAME and `kg query` run it
      args.push({ name: "union-default-graph", value: "false" });
      tab().setRequestConfig({ args: args });
    }

    function clearResults() {
      truncated = null;
      const yasr = tab().getYasr();
      if (!yasr) return;
      yasr.results = undefined;
      try { yasr.draw(); } catch (e) { /* nothing to draw */ }
      yasr.resultsEl.innerHTML = "";
    }

    function leaveSaved() {
      current = null;
      form.hidden = true;
      fields.innerHTML = "";
      document.querySelectorAll("#saved li button").forEach((b) => b.classList.remove("active"));
      bindParams();
    }

    function pick(q, button) {
      document.querySelectorAll("#saved li button").forEach((b) => b.classList.remove("active"));
      button.classList.add("active");
      current = null;           // setQuery fires "change": not yet the saved question's text
      tab().setQuery(q.sparql);
      current = q;
      clearResults();
      fields.innerHTML = "";
      document.getElementById("params-title").textContent = q.zh + " · " + q.en;
      for (const p of q.params) {
        const label = document.createElement("label");
        label.textContent = p.name + (p.optional ? "" : " *");
        const input = document.createElement("input");
        input.name = p.name;
        input.placeholder = p.help;
        input.title = p.help;
        input.required = !p.optional;
        input.addEventListener("input", bindParams);
        label.appendChild(input);
        fields.appendChild(label);
      }
      if (!q.params.length) fields.innerHTML = '<span class="hint">no parameters · 无参数</span>';
      form.hidden = false;
      bindParams();
    }

    // a query typed over a saved one is a new query: no old bindings, no old answer
    yasqe.on("change", () => {
      if (current && tab().getQuery() !== current.sparql) { leaveSaved(); clearResults(); }
    });

    form.addEventListener("submit", (e) => { e.preventDefault(); bindParams(); tab().query(); });
    document.getElementById("clear-params").addEventListener("click", () => { leaveSaved(); clearResults(); });

    fetch("queries").then((r) => r.json()).then((list) => {
      const ul = document.getElementById("saved-list");
      ul.innerHTML = "";
      list.sort((a, b) => a.zh.localeCompare(b.zh, "zh-Hans-CN-u-co-pinyin"));
      for (const q of list) {
        const li = document.createElement("li");
        const b = document.createElement("button");
        b.type = "button";
        b.dataset.name = q.name;
        b.innerHTML = '<span class="zh"></span><span class="en"></span>';
        b.querySelector(".zh").textContent = q.zh;
        b.querySelector(".en").textContent = q.en;
        b.title = q.name;
        b.addEventListener("click", () => pick(q, b));
        li.appendChild(b);
        ul.appendChild(li);
      }
    }).catch((err) => {
      document.getElementById("saved-list").innerHTML = '<li class="hint">cannot list the saved queries: ' + String(err) + "</li>";
    });
    window.rdkgYasgui = yasgui;
  }
})();
