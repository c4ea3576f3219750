/**
 * The Bắc Sơn 2023 fixture set (tests/fixtures/district, built by make.ts) consolidated end to end:
 * the figures the inspection notice gives (shared/domain/004_3d6d6579c95ff0d5.txt), through the
 * command and through the pure functions. Workers run from the TypeScript sources through tsx.
 */
// @ts-nocheck

import { promises as fs, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { prepareConsolidation, type ConsolidationSetup } from "../../src/app/consolidate/checkCommune";
import { checkWorkbookBytes } from "../../src/adapters/xlsx/openWorkbook";
import { checkFiles } from "../../src/cli/consolidatePool";
import { readWorkbookGrid } from "../../src/adapters/xlsx/readGrid";
import { collectFiles, runConsolidate, workerSpawner, type ConsolidateJson } from "../../src/cli/consolidateCommand";
import { main } from "../../src/cli/main";
import { buildDistrictLayout } from "../../src/domain/district/buildDistrictLayout";
import { consolidate, type CommuneEntry, type ExcludedFile } from "../../src/domain/district/consolidate";
import { buildDistrictParagraph } from "../../src/domain/district/districtText";
import { BROKEN, DUPLICATE, ENCRYPTED, FIXTURE_DIR, FIXTURE_OPTIONS, LOCK_FILE, PLAN, UNRELATED } from "../fixtures/district/make";

const rel = (f: string) => path.join(path.relative(process.cwd(), FIXTURE_DIR), f);

/** The lines of notice 004, word for word, but for the first (the notice counts 17/17 communes building NTM). */
const NOTICE_LINES = [
  "- Số xã đạt 19 tiêu chí: 04 xã (Tân Hương, Bắc Quỳnh, Chiến Thắng, Chiêu Vũ).",
  "- Số xã đạt 15-18 tiêu chí: 06 xã (Tân Lập, Hưng Vũ, Vũ Lễ, Vũ Lăng, Đồng Ý, Vũ Sơn).",
  "- Số xã đạt 10-14 tiêu chí: 03 xã (Nhất Hòa, Nhất Tiến, Long Đông).",
  "- Số xã đạt 5-9 tiêu chí: 04 xã (Vạn Thủy, Tân Tri, Tân Thành, Trấn Yên).",
];

/** Communes achieving each criterion, counted by hand from the plan in make.ts. */
const PER_CRITERION = {
  "1": 11, "2": 8, "3": 16, "4": 16, "5": 9, "6": 8, "7": 17, "8": 17, "9": 12, "10": 11,
  "11": 16, "12": 13, "13": 6, "14": 14, "15": 11, "16": 17, "17": 7, "18": 17, "19": 17,
};

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runConsolidate(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

let setup: ConsolidationSetup;
beforeAll(() => {
  const prepared = prepareConsolidation(FIXTURE_OPTIONS);
  if (!prepared.ok) throw new Error("options rejected");
  setup = prepared.setup;
});

describe("ntm consolidate --json on the Bắc Sơn folder", () => {
  let doc: ConsolidateJson;
  let code: number;
  beforeAll(async () => {
    const r = await run([rel(""), "--province", "lang-son", "--json"]);
    code = r.code;
    doc = JSON.parse(r.out);
  });

  test("exit 0 and exactly one JSON document of the contract's shape", () => {
    expect(code).toBe(0);
    // The contract's fields first, in order; added fields after them.
    expect(Object.keys(doc)).toEqual(["communes", "bands", "average", "perCriterion", "errors", "nearlyThere", "notAchievedBy", "nearlyThereMax", "unit"]);
    expect(Object.keys(doc.communes[0])).toEqual(["file", "commune", "criteriaAchieved", "band", "criteria", "achievedCriteria", "notAchievedCriteria"]);
  });

  test("each commune's criteria achieved and not, the communes nearly there, and the communes per criterion", () => {
    for (const c of doc.communes) {
      expect(c.achievedCriteria).toHaveLength(c.criteriaAchieved);
      expect([...c.achievedCriteria, ...c.notAchievedCriteria].sort((a, b) => a - b)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
      for (const no of c.achievedCriteria) expect(c.criteria[String(no)]).toBe("achieved");
      for (const no of c.notAchievedCriteria) expect(c.criteria[String(no)]).not.toBe("achieved");
    }
    const tranYen = doc.communes.find((c) => c.commune === "Trấn Yên")!;
    expect(tranYen.notAchievedCriteria).toContain(3);
    expect(tranYen.notAchievedCriteria).toContain(11);
    // Communes missing one or two criteria, fewest first.
    expect(doc.nearlyThere.map((n) => n.missing.length)).toEqual([...doc.nearlyThere.map((n) => n.missing.length)].sort((a, b) => a - b));
    for (const n of doc.nearlyThere) {
      const c = doc.communes.find((x) => x.commune === n.commune)!;
      expect(n.missing).toEqual(c.notAchievedCriteria);
      expect(n.missing.length).toBeGreaterThanOrEqual(1);
      expect(n.missing.length).toBeLessThanOrEqual(2);
    }
    expect(doc.nearlyThere.length).toBe(doc.communes.filter((c) => c.criteriaAchieved >= 17 && c.criteriaAchieved < 19).length);
    // Every criterion, with as many communes as do not achieve it.
    expect(Object.keys(doc.notAchievedBy)).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
    for (const [no, names] of Object.entries(doc.notAchievedBy)) expect(names).toHaveLength(17 - doc.perCriterion[no]);
    expect(doc.notAchievedBy["3"]).toContain("Trấn Yên");
  });

  test("the notice's bands and average", () => {
    expect(doc.bands).toEqual({ "19": 4, "15-18": 6, "10-14": 3, "5-9": 4, "0-4": 0 });
    expect(doc.average).toBe(14.29);
    expect(doc.perCriterion).toEqual(PER_CRITERION);
  });

  test("one row per commune in file order, named from the workbook or else the file", () => {
    expect(doc.communes.map((c) => c.commune)).toEqual(PLAN.map((p) => p.commune));
    expect(doc.communes.map((c) => c.file)).toEqual(PLAN.map((p) => rel(p.file)));
    const tranYen = doc.communes.find((c) => c.commune === "Trấn Yên")!;
    expect(tranYen).toMatchObject({ criteriaAchieved: 7, band: "5-9" });
    expect(tranYen.criteria["11"]).toBe("not_assessed");
    expect(tranYen.criteria["3"]).toBe("not_achieved");
    expect(tranYen.criteria["4"]).toBe("achieved");
    expect(Object.keys(tranYen.criteria)).toHaveLength(19);
    // The legacy .xls is read like the others.
    expect(doc.communes.find((c) => c.file.endsWith(".xls"))).toMatchObject({ commune: "Vạn Thủy", criteriaAchieved: 9 });
  });

  test("broken, encrypted and unrelated files are listed with a reason; the duplicate is flagged, not counted; the lock file is skipped", () => {
    expect(doc.errors.map((e) => e.file)).toEqual([BROKEN, ENCRYPTED, UNRELATED, DUPLICATE.file].map(rel));
    const [broken, encrypted, unrelated, duplicate] = doc.errors.map((e) => e.message);
    expect(broken).toMatch(/bị hỏng/);
    expect(encrypted).toMatch(/mật khẩu/);
    expect(unrelated).toMatch(/Không tìm thấy bảng chỉ tiêu/);
    expect(duplicate).toBe(`Trùng xã Tân Hương với tệp “${rel(PLAN[0].file)}”: chỉ tính một lần (theo tệp kia).`);
    expect(doc.communes.filter((c) => c.commune === "Tân Hương")).toHaveLength(1);
    expect(doc.communes.find((c) => c.commune === "Tân Hương")!.criteriaAchieved).toBe(19);
    expect(JSON.stringify(doc)).not.toContain(LOCK_FILE);
  });
});

test("the pure functions give the same figures and the notice's lines", async () => {
  const entries: CommuneEntry[] = [];
  const excluded: ExcludedFile[] = [];
  const { files } = await collectFiles([FIXTURE_DIR], null);
  for (const f of files) {
    const r = await checkWorkbookBytes(f, new Uint8Array(await fs.readFile(f)), setup);
    if (r.ok) entries.push(r.entry);
    else excluded.push(r.excluded);
  }
  const figures = consolidate(entries, excluded, setup);
  expect(figures.communes).toHaveLength(17);
  expect(figures.average).toBeCloseTo(243 / 17, 12);
  expect(excluded.map((x) => x.reason)).toEqual(["corrupt", "encrypted", "no-table"]);
  expect(figures.excluded.map((x) => x.reason)).toEqual(["corrupt", "encrypted", "no-table", "duplicate"]);
  const lines = buildDistrictParagraph(figures, "vi").split("\n");
  const head = ["- Tổng số xã được tổng hợp: 17 xã.", ...NOTICE_LINES, "- Bình quân đạt 14,29 tiêu chí/xã."];
  expect(lines.slice(0, head.length)).toEqual(head);
  // Then each commune's criteria in the notice's form, the communes nearly there, and the communes per criterion.
  const plan = lines.slice(head.length);
  expect(plan.slice(0, 17).map((l) => /^- Xã ([^:]+):/.exec(l)?.[1])).toEqual(figures.communes.map((c) => c.commune));
  expect(plan[0]).toBe("- Xã Tân Hương: Đã đạt 19/19 tiêu chí.");
  expect(plan).toContain(
    "- Xã Hưng Vũ: Đã đạt 17/19 tiêu chí: Tiêu chí số 1 - Quy hoạch; Tiêu chí số 3 - Thủy lợi và phòng, chống thiên tai; Tiêu chí số 4 - Điện; Tiêu chí số 5 - Trường học; Tiêu chí số 6 - Cơ sở vật chất văn hóa; Tiêu chí số 7 - Cơ sở hạ tầng thương mại nông thôn; Tiêu chí số 8 - Thông tin và truyền thông; Tiêu chí số 9 - Nhà ở dân cư; Tiêu chí số 10 - Thu nhập; Tiêu chí số 11 - Nghèo đa chiều; Tiêu chí số 12 - Lao động; Tiêu chí số 13 - Tổ chức sản xuất và phát triển kinh tế nông thôn; Tiêu chí số 14 - Giáo dục và đào tạo; Tiêu chí số 15 - Y tế; Tiêu chí số 16 - Văn hóa; Tiêu chí số 18 - Hệ thống chính trị và tiếp cận pháp luật; Tiêu chí số 19 - Quốc phòng và an ninh. Các tiêu chí chưa đạt 2/19 tiêu chí: Tiêu chí số 2 - Giao thông; Tiêu chí số 17 - Môi trường và an toàn thực phẩm.",
  );
  expect(plan[17]).toBe(
    "- Xã gần đạt chuẩn (còn thiếu không quá 2 tiêu chí): 03 xã (Tân Lập: còn thiếu Tiêu chí số 17 - Môi trường và an toàn thực phẩm; Hưng Vũ: còn thiếu Tiêu chí số 2 - Giao thông; Tiêu chí số 17 - Môi trường và an toàn thực phẩm; Vũ Lễ: còn thiếu Tiêu chí số 6 - Cơ sở vật chất văn hóa; Tiêu chí số 13 - Tổ chức sản xuất và phát triển kinh tế nông thôn).",
  );
  // Every criterion some commune misses has its line, with as many communes as the table counts.
  const perCriterion = plan.slice(18);
  for (const no of figures.criterionNos) {
    const missing = 17 - figures.perCriterion[String(no)];
    const line = perCriterion.find((l) => l.startsWith(`- Tiêu chí số ${no} - `));
    if (missing === 0) expect(line).toBeUndefined();
    else expect(line).toMatch(new RegExp(`: ${String(missing).padStart(2, "0")} xã chưa đạt \\(`));
  }
});

test("files given one by one, a missing path and an explicit lock file are reported, the rest consolidated", async () => {
  const r = await run([rel(PLAN[1].file), rel("khong-co.xlsx"), rel(LOCK_FILE), rel(PLAN[0].file), "--province", "lang-son", "--json"]);
  expect(r.code).toBe(0);
  const doc: ConsolidateJson = JSON.parse(r.out);
  expect(doc.communes.map((c) => c.commune)).toEqual(["Tân Hương", "Bắc Quỳnh"]);
  expect(doc.average).toBe(19);
  // Collation ignores the "~$" punctuation: the lock file sorts as "01-tan-huong".
  expect(doc.errors).toEqual([
    { file: rel(LOCK_FILE), message: "Không phải tệp Excel (.xlsx hoặc .xls)." },
    { file: rel("khong-co.xlsx"), message: "Không tìm thấy tệp hoặc thư mục này." },
  ]);
});

test("exit 2 when no workbook could be consolidated, still one JSON document", async () => {
  const r = await run([rel(BROKEN), rel(UNRELATED), "--json"]);
  expect(r.code).toBe(2);
  const doc: ConsolidateJson = JSON.parse(r.out);
  expect(doc.communes).toEqual([]);
  expect(doc.average).toBeNull();
  expect(doc.errors).toHaveLength(2);
});

test("usage mistakes are exit 2 with a message (through main)", async () => {
  let err = "";
  const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) } };
  expect(await main(["consolidate"], io)).toBe(2);
  expect(err).toMatch(/cần ít nhất một tệp/);
  err = "";
  expect(await main(["consolidate", rel(""), "--province", "Atlantis"], io)).toBe(2);
  expect(err).toMatch(/Atlantis/);
});

describe("--out", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "ntm-district-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test("writes a new workbook with the district sheet, marked as generated so it is never read back as a commune", async () => {
    const out = path.join(dir, "bac-son.xlsx");
    const r = await run([rel(""), "--province", "lang-son", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("- Bình quân đạt 14,29 tiêu chí/xã.");
    const grid = readWorkbookGrid(new Uint8Array(await fs.readFile(out)));
    expect(grid.sheets.map((s) => [s.name, s.generated])).toEqual([["Tổng hợp các xã", true]]);
    const text = (r: number, c: number) => grid.sheets[0].rows[r - grid.sheets[0].originRow]?.[c]?.value ?? null;
    // Header rows 3–4, communes from row 5 (0-based 5).
    expect(text(5, 1)).toBe("Tân Hương");
    expect(text(5, 2)).toBe("Đạt");
    expect(text(5, 21)).toBe(19);
    const tranYen = 5 + 16;
    expect(text(tranYen, 1)).toBe("Trấn Yên");
    expect(text(tranYen, 2 + 10)).toBe("Chưa đánh giá"); // criterion 11
    expect(text(tranYen, 2 + 2)).toBe("Chưa đạt"); // criterion 3
    const perRow = tranYen + 1;
    expect(Array.from({ length: 19 }, (_, i) => text(perRow, 2 + i))).toEqual(Object.values(PER_CRITERION));
    expect(text(perRow, 21)).toBe("14,29");

    // Colours: exceljs sees the fills drawLayout wrote.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    const fill = (r: number, c: number) => (ws.getCell(r + 1, c + 1).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(fill(5, 2)).toBe("FFC6EFCE");
    expect(fill(tranYen, 4)).toBe("FFFFC7CE");
    expect(fill(tranYen, 12)).toBe("FFFFEB9C");

    // Running again over a folder that now holds the output: the output is no commune.
    await fs.copyFile(path.join(FIXTURE_DIR, PLAN[0].file), path.join(dir, PLAN[0].file));
    const again = await run([dir, "--json"]);
    const doc: ConsolidateJson = JSON.parse(again.out);
    expect(doc.communes.map((c) => c.commune)).toEqual(["Tân Hương"]);
    expect(doc.errors).toEqual([{ file: out, message: expect.stringMatching(/Không tìm thấy bảng chỉ tiêu/) }]);
  });
});

test("the district layout names every band, even empty ones, and the excluded files", () => {
  const entries = PLAN.slice(0, 2).map((p, i) => ({ file: p.file, commune: p.commune, communeFrom: "workbook" as const, criteriaAchieved: 19 - i * 5, criteriaTotal: 19, criteria: {}, findings: 0, setId: "xa-ntm-2021-2025" }));
  const figures = consolidate(entries, [{ file: BROKEN, reason: "corrupt" }], setup);
  const layout = buildDistrictLayout(figures, { setName: "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025", lang: "vi" });
  const values = layout.cells.map((c) => c.value);
  for (const label of ["Số xã đạt 19 tiêu chí", "Số xã đạt 15-18 tiêu chí", "Số xã đạt 10-14 tiêu chí", "Số xã đạt 5-9 tiêu chí", "Số xã đạt dưới 5 tiêu chí"]) {
    expect(values).toContain(label);
  }
  expect(values).toContain(`${BROKEN}: Tệp bị hỏng hoặc không đầy đủ: không đọc được.`);
  // A criterion missing from an entry is shown as not assessed, never as achieved.
  expect(values.filter((v) => v === "Chưa đánh giá")).toHaveLength(38);
  expect(layout.cells.every((c) => !c.style || c.style in layout.styles)).toBe(true);
});

describe("worker threads", () => {
  let dir: string;
  beforeAll(async () => {
    // 30 commune workbooks: each fixture commune under a numbered copy (same names: fine for checking).
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "ntm-pool-"));
    for (let i = 0; i < 30; i++) {
      const p = PLAN[i % PLAN.length];
      await fs.copyFile(path.join(FIXTURE_DIR, p.file), path.join(dir, `${String(i).padStart(2, "0")}-${p.file}`));
    }
    await fs.copyFile(path.join(FIXTURE_DIR, ENCRYPTED), path.join(dir, `99-${ENCRYPTED}`));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test("workers give exactly the in-thread results, in file order", async () => {
    const { files } = await collectFiles([dir], null);
    expect(files).toHaveLength(31);
    const spawn = workerSpawner();
    expect(spawn).not.toBeNull();
    let spawned = 0;
    const counting = (init: Parameters<NonNullable<typeof spawn>>[0]) => {
      spawned++;
      return spawn!(init);
    };
    const progress: number[] = [];
    const pooled = await checkFiles(files, FIXTURE_OPTIONS, setup, {
      jobs: 2,
      spawn: counting,
      minFilesForWorkers: 0,
      thisThreadToo: false,
      onProgress: (done) => progress.push(done),
    });
    // And with this thread taking files while one worker starts.
    const mixed = await checkFiles(files, FIXTURE_OPTIONS, setup, { jobs: 2, spawn: counting, minFilesForWorkers: 0 });
    const inThread = await checkFiles(files, FIXTURE_OPTIONS, setup, { jobs: 1 });
    expect(spawned).toBe(3);
    expect(progress).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(pooled).toEqual(inThread);
    expect(mixed).toEqual(inThread);
    expect(pooled.filter((r) => r.ok)).toHaveLength(30);
    // Each entry comes back from its worker with the set it was judged with.
    expect(new Set(pooled.map((r) => (r.ok ? r.entry.setId : null)))).toEqual(new Set(["xa-ntm-2021-2025", null]));
    expect(pooled[30]).toEqual({ ok: false, excluded: { file: files[30], reason: "encrypted" } });
  }, 60_000);
});

test("the --json document and the readable report are byte for byte the golden ones", async () => {
  const check = (out: string, name: string) => {
    const file = path.join(__dirname, name);
    // Written only with UPDATE_GOLDEN=1, on purpose.
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(file, out);
    expect(out).toBe(readFileSync(file, "utf8"));
  };
  check((await run([rel(""), "--province", "lang-son", "--json"])).out, "bac-son.consolidate.golden.json");
  check((await run([rel(""), "--province", "lang-son"])).out, "bac-son.consolidate.golden.txt");
});
