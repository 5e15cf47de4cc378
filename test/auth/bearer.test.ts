import { extractBearerToken } from "../../src/auth/bearer";

describe("extractBearerToken", () => {
  test.each([
    ["Bearer abc.def.ghi", "abc.def.ghi"],
    ["bearer abc.def.ghi", "abc.def.ghi"],
    ["BEARER abc.def.ghi", "abc.def.ghi"],
    ["  Bearer   abc.def.ghi  ", "abc.def.ghi"],
    ["Bearer\tabc", "abc"],
  ])("%j -> %j", (header, token) => {
    expect(extractBearerToken(header)).toBe(token);
  });

  test.each([undefined, "", "Bearer", "Bearer   ", "Basic dXNlcjpwYXNz", "Bearerabc", "Bearer a b", "abc.def.ghi"])(
    "%j -> undefined",
    (header) => {
      expect(extractBearerToken(header)).toBeUndefined();
    },
  );
});
