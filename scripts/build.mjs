// Transpiles src/ to dist/ with esbuild (no type check: `npm run typecheck` does that) and copies the
// non-TypeScript assets (card templates, locales, the tab's static files) beside the compiled code.
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const src = path.join(root, "src");
const out = path.join(root, "dist", "src");

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

const files = walk(src);
fs.rmSync(path.join(root, "dist"), { recursive: true, force: true });
await build({
  entryPoints: files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")),
  outdir: out,
  outbase: src,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  logLevel: "warning",
});
for (const f of files.filter((f) => !f.endsWith(".ts"))) {
  const target = path.join(out, path.relative(src, f));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(f, target);
}
