/**
 * Cost of validating one Teams SSO token once the JWKS is cached: the per-request price every tab API
 * call pays. Keys come from a loopback JWKS server so the number measures signature and claim checks,
 * not the network. Run alone with `npx tsx bench/token-validation.ts`.
 */
import { performance } from "node:perf_hooks";
import { createTeamsTokenValidator } from "../src/auth/teams-token";
import { startLocalJwksServer } from "../test/auth/support/local-jwks-server";
import { APP_ID_URI, CLIENT_ID, createSigningKey, signTeamsToken, TENANT_ID } from "../test/auth/support/teams-token-factory";

export interface TokenValidationBenchResult {
  medianMs: number;
  p95Ms: number;
  iterations: number;
}

const WARMUP = 200;
const ITERATIONS = 5_000;

export async function benchTokenValidation(iterations = ITERATIONS): Promise<TokenValidationBenchResult> {
  const key = await createSigningKey("bench-1");
  const server = await startLocalJwksServer({ keys: [key.publicJwk] });
  try {
    const validator = createTeamsTokenValidator({ tenantId: TENANT_ID, clientId: CLIENT_ID, appIdUri: APP_ID_URI, jwksUri: server.keysUrl });
    // Distinct tokens (different oid), signed up front so only validation is timed.
    const tokens = await Promise.all(
      Array.from({ length: WARMUP + iterations }, (_, i) => signTeamsToken(key, { oid: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}` })),
    );
    // Warm-up fills the JWKS cache and lets the JIT settle; not measured.
    for (const token of tokens.slice(0, WARMUP)) await validator.validate(token);

    const samples: number[] = [];
    for (const token of tokens.slice(WARMUP)) {
      const start = performance.now();
      await validator.validate(token);
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    return { medianMs: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), iterations };
  } finally {
    await server.close();
  }
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

if (require.main === module) {
  benchTokenValidation().then(
    ({ medianMs, p95Ms, iterations }) => {
      console.log("| benchmark | iterations | median (ms) | p95 (ms) |");
      console.log("|---|---:|---:|---:|");
      console.log(`| Teams SSO token validation (cached JWKS) | ${iterations} | ${medianMs.toFixed(3)} | ${p95Ms.toFixed(3)} |`);
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
