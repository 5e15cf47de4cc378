// Transpiles src/ to dist/ with esbuild (no type check: `npm run typecheck` does that), copies the
// non-TypeScript assets (card templates, locales) beside the compiled code, and bundles the React tab
// (src/tab/app, for the browser) into dist/src/tab/public with its HTML shells.
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { bundleTab } from "./bundle-tab.mjs";

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
// The tab's browser code is bundled by bundleTab below, not compiled for node nor copied as source.
const tabApp = path.join(src, "tab", "app") + path.sep;
const serverFiles = files.filter((f) => !f.startsWith(tabApp));
// `npm start` builds every time; skip the work when nothing in src/ changed since the last build (as make does).
const stamp = path.join(root, "dist", ".build-stamp");
// Folder times count too: deleting or renaming a file changes its folder's mtime, not any file's.
const dirs = [...new Set(files.map((f) => path.dirname(f)))];
const bundler = path.join(import.meta.dirname, "bundle-tab.mjs");
const newest = Math.max(...[...files, ...dirs, import.meta.filename, bundler].map((f) => fs.statSync(f).mtimeMs));
if (!process.argv.includes("--force") && fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newest) {
  process.exit(0);
}
fs.rmSync(path.join(root, "dist"), { recursive: true, force: true });
await build({
  entryPoints: serverFiles.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")),
  outdir: out,
  outbase: src,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  logLevel: "warning",
});
for (const f of serverFiles.filter((f) => !f.endsWith(".ts"))) {
  const target = path.join(out, path.relative(src, f));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(f, target);
}
const tabSizes = await bundleTab(path.join(out, "tab", "public"));
if (process.argv.includes("--sizes")) {
  for (const [page, bytes] of Object.entries(tabSizes)) console.log(`${page}.html first load: ${(bytes / 1024).toFixed(1)} KB JS gzipped`);
}
fs.writeFileSync(stamp, new Date().toISOString() + "\n");
