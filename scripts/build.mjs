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
// `npm start` builds every time; skip the work when nothing in src/ changed since the last build (as make does).
const stamp = path.join(root, "dist", ".build-stamp");
// Folder times count too: deleting or renaming a file changes its folder's mtime, not any file's.
const dirs = [...new Set(files.map((f) => path.dirname(f)))];
const newest = Math.max(...[...files, ...dirs, import.meta.filename].map((f) => fs.statSync(f).mtimeMs));
if (!process.argv.includes("--force") && fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newest) {
  process.exit(0);
}
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
fs.writeFileSync(stamp, new Date().toISOString() + "\n");
