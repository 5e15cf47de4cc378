// Bundles the React tab (src/tab/app) for the browser into <outDir>/app/ with content-hashed names, and writes
// the HTML shells (src/tab/public/*.html) into <outDir> pointing at the hashed entry files, so a new release
// is never served from a stale cache. Used by scripts/build.mjs and by the browser tests (into a temp folder).
//   node scripts/bundle-tab.mjs <outDir>
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const root = path.resolve(import.meta.dirname, "..");
const appDir = path.join(root, "src", "tab", "app");
const shellDir = path.join(root, "src", "tab", "public");
/** HTML shell → the entry it loads; the shell references `app/<name>.js`, replaced by the hashed file. */
const ENTRIES = { index: "main", config: "config" };

export async function bundleTab(outDir) {
  const assets = path.join(outDir, "app");
  fs.rmSync(assets, { recursive: true, force: true });
  const result = await build({
    entryPoints: Object.values(ENTRIES).map((name) => path.join(appDir, `${name}.tsx`)),
    outdir: assets,
    bundle: true,
    // ESM + splitting: the config page and the tab share one chunk of React/Fluent/teams-js.
    format: "esm",
    splitting: true,
    minify: true,
    sourcemap: "linked",
    target: ["es2020"],
    jsx: "automatic",
    entryNames: "[name]-[hash]",
    chunkNames: "chunk-[hash]",
    define: { "process.env.NODE_ENV": '"production"' },
    metafile: true,
    logLevel: "warning",
  });
  const outputs = Object.entries(result.metafile.outputs);
  const sizes = {};
  for (const [shell, entry] of Object.entries(ENTRIES)) {
    const [file, meta] = outputs.find(([, o]) => o.entryPoint && path.basename(o.entryPoint) === `${entry}.tsx`);
    const hashed = path.basename(file);
    const html = fs.readFileSync(path.join(shellDir, `${shell}.html`), "utf8");
    const script = `src="app/${entry}.js"`;
    if (!html.includes(script)) throw new Error(`${shell}.html does not load app/${entry}.js`);
    fs.writeFileSync(path.join(outDir, `${shell}.html`), html.replace(script, `src="app/${hashed}"`));
    // First load = the entry and the chunks it imports statically (dynamic imports load later).
    const firstLoad = [file, ...meta.imports.filter((i) => i.kind === "import-statement").map((i) => i.path)];
    sizes[shell] = firstLoad.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.resolve(f))).length, 0);
  }
  return sizes;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error("usage: node scripts/bundle-tab.mjs <outDir>");
    process.exit(2);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const sizes = await bundleTab(path.resolve(outDir));
  for (const [page, bytes] of Object.entries(sizes)) console.log(`${page}.html first load: ${(bytes / 1024).toFixed(1)} KB JS gzipped`);
}
