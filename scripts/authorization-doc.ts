// Writes docs/authorization.md from the access policy and the tested matrix (test/authorization).
import fs from "node:fs";
import path from "node:path";
import { renderAuthorizationDoc } from "../test/authorization/render-doc";

const target = path.resolve(__dirname, "..", "docs", "authorization.md");
fs.writeFileSync(target, renderAuthorizationDoc());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
