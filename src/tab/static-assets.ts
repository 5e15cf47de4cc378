import express from "express";
import path from "node:path";

/** Where `npm run build` puts the bundled tab: beside the compiled server code (dist/src/tab/public). */
export const DEFAULT_TAB_ASSETS_DIR = path.join(__dirname, "public");

/**
 * Serves the tab. Bundles under app/ carry a content hash in their names, so they may be cached for good; the
 * HTML shells name the current bundles and must always be revalidated.
 */
export function tabStatic(dir: string = DEFAULT_TAB_ASSETS_DIR) {
  return express.static(dir, {
    index: "index.html",
    setHeaders: (res, file) => {
      const hashed = path.basename(path.dirname(file)) === "app";
      res.setHeader("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
}
