import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload, type KeyLike } from "jose";

/** Fixed test identities; tenant and client ids are GUIDs like Entra's. */
export const TENANT_ID = "6f1b7c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b";
export const OTHER_TENANT_ID = "0a0b0c0d-1111-4222-8333-444455556666";
export const CLIENT_ID = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
export const APP_ID_URI = `api://kinerja.example.test/${CLIENT_ID}`;
export const USER_OID = "11111111-2222-4333-8444-555555555555";
export const issuerFor = (tenantId: string): string => `https://login.microsoftonline.com/${tenantId}/v2.0`;

export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  /** Public half as served in the JWKS. */
  publicJwk: JWK;
}

export async function createSigningKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, use: "sig" } };
}

/** Claims of a valid Teams SSO (v2 access) token for our app; `undefined` in overrides removes a claim. */
export function teamsClaims(overrides: Record<string, unknown> = {}): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    aud: CLIENT_ID,
    iss: issuerFor(TENANT_ID),
    iat: now,
    nbf: now,
    exp: now + 3600,
    tid: TENANT_ID,
    oid: USER_OID,
    scp: "access_as_user",
    name: "Siti Rahma",
    preferred_username: "siti.rahma@pontianak.example.test",
    ver: "2.0",
    ...overrides,
  };
  for (const [k, v] of Object.entries(claims)) if (v === undefined) delete claims[k];
  return claims;
}

export function signTeamsToken(key: SigningKey, overrides: Record<string, unknown> = {}): Promise<string> {
  return new SignJWT(teamsClaims(overrides))
    .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: key.kid })
    .sign(key.privateKey);
}

/** An unsigned token (`alg: none`), built by hand because SignJWT refuses to make one. */
export function unsignedToken(claims: JWTPayload): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.`;
}
