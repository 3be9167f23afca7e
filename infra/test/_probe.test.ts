import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { it } from "vitest";
import { mountDianwu } from "../dianwu";

it("probe: without the context, bundling runs", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "probe-"));
  fs.writeFileSync(path.join(root, "package-lock.json"), "{}");
  for (const e of ["http", "hot", "events"]) {
    fs.mkdirSync(path.join(root, "packages/functions/src", e), { recursive: true });
    fs.writeFileSync(path.join(root, "packages/functions/src", e, "lambda.ts"), "this is not js\n");
  }
  fs.mkdirSync(path.join(root, "dist")); fs.writeFileSync(path.join(root, "dist/index.html"), "x");
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "probe-out-"));
  const app = new App({ outdir });
  const stack = new Stack(app, "S", { env: { account: "123456789012", region: "ap-southeast-1" } });
  try {
    mountDianwu(stack, { stage: "dev", root, consoleDist: path.join(root, "dist"), kioskDist: path.join(root, "dist") });
    Template.fromStack(stack);
    console.log("NO ERROR — bundling did not run?!");
  } catch (e) {
    console.log("ERROR as expected:", String(e).slice(0, 600));
  } finally {
    fs.rmSync(root, { recursive: true, force: true }); fs.rmSync(outdir, { recursive: true, force: true });
  }
}, 120000);
