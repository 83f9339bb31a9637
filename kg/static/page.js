// The query page: YASGUI against this endpoint, and the saved questions one click away.
// A saved query's parameters are sent as bindings ($name=N-Triples term, as RDF4J does), so the
// query text in the editor stays the saved text.
(function () {
  "use strict";
  const endpoint = new URL("sparql", window.location.href).href;
  const XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer";
  document.getElementById("endpoint").textContent = endpoint;

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
    persistenceId: null,
    yasr: { defaultPlugin: "table" },
  });
  const tab = () => yasgui.getTab();
  tab().setEndpoint(endpoint);
  if (!tab().getQuery().trim() || tab().getQuery().includes("dbpedia")) {
    tab().setQuery(
      "PREFIX rdkg: <https://w3id.org/rdkg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\n" +
      "# laws in the entity catalogue (the default graph); reports are named graphs: GRAPH ?r { … }\n" +
      "SELECT ?law ?name WHERE {\n  ?law a rdkg:Law ; rdfs:label ?name .\n}\nLIMIT 20\n");
  }

  const form = document.getElementById("params");
  const fields = document.getElementById("params-fields");
  let current = null;

  function term(param, value) {
    if (param.type === "integer") return JSON.stringify(String(parseInt(value || "0", 10) || 0)) + "^^<" + XSD_INTEGER + ">";
    if (param.type === "iri" && value) return "<" + value.replace(/[<>"{}|^`\\\s]/g, encodeURIComponent) + ">";
    return JSON.stringify(value || "");
  }

  function bindParams() {
    if (!current) { tab().setRequestConfig({ args: [] }); return; }
    const args = current.params.map((p) => ({ name: "$" + p.name, value: term(p, fields.querySelector(`[name="${p.name}"]`).value) }));
    tab().setRequestConfig({ args: args });
  }

  function pick(q, button) {
    document.querySelectorAll("#saved li button").forEach((b) => b.classList.remove("active"));
    button.classList.add("active");
    current = q;
    tab().setQuery(q.sparql);
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
    if (!q.params.length) fields.innerHTML = '<span class="hint">no parameters</span>';
    form.hidden = false;
    bindParams();
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); bindParams(); tab().query(); });
  document.getElementById("clear-params").addEventListener("click", () => {
    current = null;
    form.hidden = true;
    document.querySelectorAll("#saved li button").forEach((b) => b.classList.remove("active"));
    bindParams();
  });

  fetch("queries").then((r) => r.json()).then((list) => {
    const ul = document.getElementById("saved-list");
    ul.innerHTML = "";
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
})();
