import { toWibDate } from "../../src/domain/time";
import { DEVELOPMENT_STRINGS } from "../../src/tab/app/screens/staff/development/development-strings";
import { WAITING_STRINGS } from "../../src/tab/app/screens/staff/waiting/waiting-strings";
import * as browser from "./support/browser";
import { expectDictionaryParity, tabSession } from "./support/tab-session";

const UTIN = "694472d1-a7d3-4946-a081-37f33a087ec9"; // Utin Wijaya, Admin Kinerja, supervisor of the three below
const EKO = "449ab166-8186-4856-8c52-9b4839c340b3"; // Eko Kusuma, the staff member of these tests
const LESTARI = "c54a55eb-1601-4892-921f-7305e164f982"; // Eko Lestari, a peer
const AHMAD = "8e8afc84-9b31-46ab-a745-e5279afad5ab"; // Ahmad Susanto, a peer
const PUTRI_P = "37ef1c35-9b20-431f-8e78-e7aa3569ad45"; // Putri Permata, Pengelola Kompetensi

describe("the waiting list's and development screen's dictionaries", () => {
  test.each([
    ["Menunggu saya", WAITING_STRINGS],
    ["Pengembangan saya", DEVELOPMENT_STRINGS],
  ] as const)("%s: same keys in both languages, no empty text, the same {placeholders}", (_name, dict) => {
    expectDictionaryParity(dict);
  });
});

const describeInBrowser = browser.browserTestsEnabled() ? describe : describe.skip;
jest.setTimeout(120_000);

describeInBrowser("Menunggu saya and Pengembangan saya in headless Chromium (real server, Azurite)", () => {
  const session = tabSession("development");
  const call = session.call;

  test("a staff member answers a feedback request and acknowledges an announcement from Menunggu saya", async () => {
    const page = await session.chromium.newPage();
    await browser.signInLocally(page, session.app.server.url, EKO);
    const section = page.getByRole("region", { name: "Menunggu saya" });
    await section.getByText("Tidak ada yang menunggu Anda.").waitFor();

    const request = await call(AHMAD, "POST", `/api/feedback-requests/${AHMAD}`, { about: { kind: "BERAKHLAK", valueId: "kolaboratif" }, colleagueIds: [EKO], message: "Bagaimana kerja sama kita saat verifikasi data?" });
    const deadline = toWibDate(new Date(Date.now() + 3 * 86_400_000));
    const announcement = await call(UTIN, "POST", "/api/announcements", {
      content: { titleId: "Pemutakhiran data kepegawaian", bodyId: "Periksa data Anda di SIASN.", ackDeadline: deadline },
      audience: { kind: "opds", opdIds: ["bkpsdm"] },
    });
    await page.reload();
    const items = section.getByTestId("waiting-item");
    await section.getByText("2 hal menunggu Anda").waitFor();
    // Soonest due first: the announcement (due in 3 days), then the request (no due date).
    await expect(items.nth(0).getAttribute("data-kind")).resolves.toBe("announcement");
    const ann = items.filter({ hasText: "Pemutakhiran data kepegawaian" });
    await expect(ann.innerText()).resolves.toMatch(/Pengumuman\s+Batas: .+/);
    const feedback = items.filter({ hasText: "Ahmad Susanto meminta umpan balik Anda tentang dirinya: Kolaboratif" });
    await feedback.getByText("Bagaimana kerja sama kita saat verifikasi data?").waitFor();
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "waiting-light");
    await page.goto(`${session.app.server.url}/index.html?theme=dark`);
    await section.getByText("2 hal menunggu Anda").waitFor();
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "waiting-dark");
    await page.goto(`${session.app.server.url}/index.html`);

    // An empty answer is refused with the server's message under the field; nothing is stored.
    await feedback.getByRole("button", { name: "Kirim umpan balik" }).click();
    await feedback.locator('textarea[aria-invalid="true"]').waitFor();
    await feedback.getByLabel("Umpan balik Anda tentang Ahmad Susanto").fill("Ahmad teliti dan cepat membantu saat data menumpuk.");
    await feedback.getByRole("button", { name: "Kirim umpan balik" }).click();
    await section.getByText("1 hal menunggu Anda").waitFor();
    const stored = await session.app.repositories.feedbackRequests.get(AHMAD, request.id);
    expect(stored?.answers.map((a) => [a.answererId, a.text])).toEqual([[EKO, "Ahmad teliti dan cepat membantu saat data menumpuk."]]);

    await ann.getByRole("button", { name: "Saya sudah membaca dan memahami" }).click();
    await section.getByText("Tidak ada yang menunggu Anda.").waitFor();
    expect(await session.app.repositories.announcements.getAck(announcement.id, EKO)).toMatchObject({ personId: EKO });
    // The peer who was not asked still has the announcement, and only that.
    const lestari = await call(LESTARI, "GET", "/api/me/waiting");
    expect(lestari.items.map((i: { kind: string }) => i.kind)).toEqual(["announcement"]);
    await page.close();
  });

  test("a staff member registers for a recommended workshop, sees their waiting-list place, and records a training done elsewhere", async () => {
    // Eko's supervisor adds a development need; a workshop for it has one seat, taken, with one person waiting.
    await call(UTIN, "POST", `/api/competency/needs/${EKO}`, { add: ["Pelayanan publik"] });
    const day = toWibDate(new Date(Date.now() + 7 * 86_400_000));
    const workshop = await call(PUTRI_P, "POST", "/api/trainings", {
      title: "Workshop pelayanan publik prima",
      type: "seminar-workshop",
      jp: 6,
      start: `${day}T08:00`,
      end: `${day}T14:00`,
      place: "Aula BKPSDM",
      capacity: 1,
      addresses: ["pelayanan publik"],
    });
    await call(LESTARI, "POST", `/api/trainings/${workshop.id}/registration`);
    await call(AHMAD, "POST", `/api/trainings/${workshop.id}/registration`);

    const page = await session.chromium.newPage();
    await browser.signInLocally(page, session.app.server.url, EKO, "?view=development");
    const screen = page.getByRole("region", { name: /Pengembangan saya \d{4}/ });
    await screen.getByTestId("plan-need").getByText(/Pelayanan publik \(Rekomendasi atasan\)/).waitFor();
    const item = screen.getByTestId("recommended-training").filter({ hasText: "Workshop pelayanan publik prima" });
    await item.getByText("1 dari 1 kursi terisi, 1 dalam daftar tunggu").waitFor();
    await item.getByRole("button", { name: "Daftar Workshop pelayanan publik prima" }).click();
    await screen.getByText("Kursi penuh: Anda di daftar tunggu nomor 2 untuk Workshop pelayanan publik prima. Anda diberi tahu jika mendapat kursi.").waitFor();
    await expect(item.getByTestId("waitlist-position").innerText()).resolves.toBe("Daftar tunggu nomor 2");
    await item.getByText("1 dari 1 kursi terisi, 2 dalam daftar tunggu").waitFor();

    // Ahmad cancels: Eko moves up to the first place.
    await call(AHMAD, "DELETE", `/api/trainings/${workshop.id}/registration`);
    await page.reload();
    await expect(screen.getByTestId("waitlist-position").innerText()).resolves.toBe("Daftar tunggu nomor 1");

    const progress = screen.getByTestId("jp-progress");
    await progress.getByText("0 dari 20 JP").waitFor();
    const form = screen.getByTestId("external-form");
    await form.getByLabel("Nama pelatihan").fill("Webinar SIASN");
    await form.getByLabel("Jumlah JP").fill("3");
    await form.getByLabel("Tanggal selesai").fill(toWibDate(new Date()));
    await form.getByLabel("Tautan bukti (mis. sertifikat)").fill("sertifikat.pdf");
    await form.getByRole("button", { name: "Catat pelatihan" }).click();
    await form.locator('input[aria-invalid="true"]').waitFor();
    expect(await session.app.repositories.competency.creditsOf(Number(toWibDate(new Date()).slice(0, 4)), EKO)).toEqual([]);
    await form.getByLabel("Tautan bukti (mis. sertifikat)").fill("https://example.org/sertifikat-siasn.pdf");
    await form.getByRole("button", { name: "Catat pelatihan" }).click();
    await form.getByText("Tercatat. Pelatihan ini menunggu verifikasi atasan.").waitFor();
    await expect(screen.getByTestId("dev-credit").innerText()).resolves.toMatch(/Webinar SIASN: 3 JP.*Menunggu verifikasi atasan/s);
    // Pending JP do not count yet.
    await progress.getByText("0 dari 20 JP").waitFor();
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "development-light");
    await page.goto(`${session.app.server.url}/index.html?theme=dark&view=development`);
    await screen.getByTestId("dev-credit").waitFor();
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "development-dark");

    // The supervisor finds it in Menunggu saya and verifies it there; then it counts for Eko.
    const boss = await session.chromium.newPage();
    await browser.signInLocally(boss, session.app.server.url, UTIN);
    const external = boss.getByTestId("waiting-item").filter({ hasText: "Eko Kusuma mencatat pelatihan \u201cWebinar SIASN\u201d" });
    await external.getByRole("button", { name: "Verifikasi" }).click();
    await external.waitFor({ state: "detached" });
    await boss.close();
    await page.reload();
    await screen.getByTestId("jp-progress").getByText("3 dari 20 JP").waitFor();
    await expect(screen.getByTestId("dev-credit").innerText()).resolves.toMatch(/Diverifikasi atasan/);
    await page.close();
  });
});
