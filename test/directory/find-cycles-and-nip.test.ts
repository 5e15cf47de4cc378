import { findCycles } from "../../src/directory/find-cycles";
import { formatPnsNip, NIP_PATTERN } from "../../src/directory/nip";
import { parseNip, validateNip } from "../../src/domain/nip";

describe("findCycles", () => {
  const cyclesOf = (parents: Record<string, string | undefined>) => findCycles(Object.keys(parents), (id) => parents[id]);

  test("no cycle in a tree; a path into a cycle is not part of it", () => {
    expect(cyclesOf({ a: undefined, b: "a", c: "b" })).toEqual([]);
    expect(cyclesOf({ t: "x", x: "y", y: "z", z: "x" })).toEqual([["x", "y", "z"]]);
  });

  test("each separate cycle once, including a self-loop", () => {
    expect(cyclesOf({ a: "b", b: "a", s: "s", c: "a" })).toEqual([["a", "b"], ["s"]]);
  });

  test("linear on a 100,000-long chain that closes on itself", () => {
    const n = 100_000;
    const parent = (id: string) => String((Number(id) + 1) % n);
    const ids = Array.from({ length: n }, (_, i) => String(i));
    const cycles = findCycles(ids, parent);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(n);
  });
});

describe("NIP", () => {
  test("18 digits is the file rule", () => {
    expect(NIP_PATTERN.test("199708262024041005")).toBe(true);
    expect(NIP_PATTERN.test("19970826202404100")).toBe(false);
    expect(NIP_PATTERN.test("19970826202404100a")).toBe(false);
  });

  test("the generator's NIP builder writes birth date, TMT CPNS, gender and sequence where the domain reads them", () => {
    const nip = formatPnsNip({ birthDate: { year: 1997, month: 8, day: 26 }, tmtCpns: { year: 2024, month: 4 }, gender: 1, sequence: 5 });
    expect(nip).toBe("199708262024041005");
    expect(parseNip(nip)).toEqual({ birthDate: "1997-08-26", tmtCpns: "2024-04", gender: "L", sequence: 5 });
  });

  test.each([
    ["199702302024041005", "30 February"],
    ["199708262024131005", "month 13 of TMT"],
    ["199708262024043005", "gender 3"],
    ["199708261990041005", "TMT before birth"],
    ["199708262024041000", "sequence 000"],
  ])("%s is not a PNS NIP (%s)", (nip) => {
    expect(validateNip(nip).ok).toBe(false);
  });
});
