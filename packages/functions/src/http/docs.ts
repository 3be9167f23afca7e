/**
 * A self-contained API reference page: it reads /api/openapi.json and lists every operation with
 * who may call it. No CDN assets, so it works on a shop floor with no internet too.
 */
export const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dianwu API</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#222}
h1{font-size:1.4rem} .op{border:1px solid #ddd;border-radius:6px;margin:.5rem 0;padding:.5rem .8rem}
.m{display:inline-block;min-width:4rem;font-weight:700;text-transform:uppercase}
.get{color:#0a7}.post{color:#06c}.put{color:#a60}.patch{color:#a60}.delete{color:#c33}
code{background:#f4f4f4;padding:0 .3rem;border-radius:3px} details pre{background:#f8f8f8;padding:.5rem;overflow:auto}
</style></head><body>
<h1>Dianwu API</h1><p>OpenAPI document: <a href="openapi.json">openapi.json</a>. Errors are <code>application/problem+json</code> (RFC 9457) with the failing <code>field</code>.</p>
<div id="ops">Loading…</div>
<script>
fetch("openapi.json").then(r=>r.json()).then(doc=>{
  const out=[];
  for (const [path, ops] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(ops)) {
    const a=op["x-access"]||{};
    const who=a.kind==="public"?"public":a.kind==="staff"?"staff: "+(a.roles==="any"?"any":a.roles.join(", ")):a.kind+": "+(a.kinds||[]).join(", ")+(a.roles?" / "+a.roles.join(", "):"");
    const body=op.requestBody?JSON.stringify(op.requestBody.content["application/json"].schema,null,2):"";
    const el=document.createElement("div");el.className="op";
    el.innerHTML='<span class="m '+method+'"></span> <code></code> <em></em><div></div>'+(body?'<details><summary>body</summary><pre></pre></details>':'');
    el.querySelector(".m").textContent=method;el.querySelector("code").textContent=path;
    el.querySelector("em").textContent=who;el.querySelector("div").textContent=op.summary||"";
    if(body) el.querySelector("pre").textContent=body;
    out.push(el);
  }
  const ops=document.getElementById("ops");ops.textContent="";out.forEach(e=>ops.appendChild(e));
});
</script></body></html>`;
