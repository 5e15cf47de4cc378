import { BERAKHLAK, BERAKHLAK_IDS, getBerakhlakValue, isBerakhlakId } from "../../src/domain/berakhlak";

describe("BerAKHLAK", () => {
  test("7 values in the order of the acronym, 3 panduan perilaku each", () => {
    expect(BERAKHLAK.map((v) => v.name)).toEqual(["Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif"]);
    expect(BERAKHLAK.map((v) => v.id)).toEqual([...BERAKHLAK_IDS]);
    for (const v of BERAKHLAK) expect(v.panduanPerilaku).toHaveLength(3);
  });

  test.each([
    ["berorientasi-pelayanan", "memahami dan memenuhi kebutuhan masyarakat", "melakukan perbaikan tiada henti"],
    ["akuntabel", "melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi", "tidak menyalahgunakan kewenangan jabatan"],
    ["kompeten", "meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah", "melaksanakan tugas dengan kualitas terbaik"],
    ["harmonis", "menghargai setiap orang apapun latar belakangnya", "membangun lingkungan kerja yang kondusif"],
    ["loyal", "memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah", "menjaga rahasia jabatan dan negara"],
    ["adaptif", "cepat menyesuaikan diri menghadapi perubahan", "bertindak proaktif"],
    ["kolaboratif", "memberi kesempatan kepada berbagai pihak untuk berkontribusi", "menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama"],
  ] as const)("%s: exact official text", (id, first, last) => {
    const v = getBerakhlakValue(id);
    expect(v.panduanPerilaku[0]).toBe(first);
    expect(v.panduanPerilaku[2]).toBe(last);
  });

  test("the middle guidelines, verbatim", () => {
    expect(BERAKHLAK.map((v) => v.panduanPerilaku[1])).toEqual([
      "ramah, cekatan, solutif, dan dapat diandalkan",
      "menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
      "membantu orang lain belajar",
      "suka menolong orang lain",
      "menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
      "terus berinovasi dan mengembangkan kreativitas",
      "terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
    ]);
  });

  test("isBerakhlakId", () => {
    expect(isBerakhlakId("loyal")).toBe(true);
    expect(isBerakhlakId("Loyal")).toBe(false);
    expect(isBerakhlakId(undefined)).toBe(false);
  });
});
