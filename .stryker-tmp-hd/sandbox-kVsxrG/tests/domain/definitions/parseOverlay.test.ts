// @ts-nocheck
import * as fs from "fs";
import * as path from "path";
import { parseOverlay, parseOverlayText } from "../../../src/domain/definitions/parseOverlay";
import { definitionsErrorText } from "../../../src/domain/messages";
import type { Lang } from "../../../src/domain/messages/Lang";

/** parseOverlay's errors, worded. */
function worded(r: ReturnType<typeof parseOverlay>, lang: Lang = "vi"): { ok: boolean; errors?: string[] } {
  return r.ok ? { ok: true } : { ok: false, errors: r.errors.map((e) => definitionsErrorText(e, lang)) };
}

describe("parseOverlay", () => {
  test("accepts the format documented in src/definitions/overlays/README.md", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, "../../../src/definitions/overlays/README.md"), "utf8");
    const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const r = worded(parseOverlayText(block));
      expect(r.errors ?? []).toEqual([]);
    }
  });

  test("rejects a bad file with messages naming the JSON path", () => {
    const r = worded(parseOverlay({
      id: "Bad Id",
      extends: "xa-ntm-2021-2025",
      name: "x",
      thresholds: { "4.2": { atLeast: "95%" }, "x1": { yes: true }, "12.1": { atLeast: 70, atMost: 90 }, "15.3": { atMost: 26.7, sourse: "typo" } },
    }));
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual(
      expect.arrayContaining([
        'id: "Bad Id" không đúng dạng (chỉ chữ thường a-z, chữ số và dấu gạch ngang, ví dụ "lang-son")',
        "source: cần chuỗi văn bản, nhận được không có (thiếu trường này)",
        'thresholds["4.2"].atLeast: cần số, nhận được "95%"',
        'thresholds["x1"]: mã chỉ tiêu "x1" không đúng dạng (ví dụ "4.2" hoặc "10")',
        'thresholds["12.1"]: cần đúng một trong các trường atLeast, atMost, yes, none (hoặc byRegion: một trường như vậy cho từng vùng hay nhóm xã)',
        'thresholds["15.3"]: khóa "sourse" không được nhận (các khóa hợp lệ: atLeast, atMost, yes, none, unit, byRegion, source, quote, note)',
      ]),
    );
    expect(r.errors).toHaveLength(6);
  });

  test("English messages too", () => {
    const r = worded(parseOverlay({ id: "a", extends: "xa-ntm-2021-2025", name: "n", source: "s", thresholds: { "4.2": { atLeast: "95" } } }), "en");
    expect(r).toEqual({ ok: false, errors: ['thresholds["4.2"].atLeast: expected a number, got "95"'] });
  });

  test("rejects what the schema allows but the set does not", () => {
    const r = worded(parseOverlay({
      id: "a",
      extends: "xa-ntm-2021-2025",
      name: "n",
      source: "s",
      provinces: ["lang-son", "lang son"],
      thresholds: { "4.22": { atLeast: 95 }, "8.1": { atLeast: 1 }, "12.1": { atLeast: 700 }, "17.1": { atLeast: 90, unit: "hộ" } },
    }));
    expect(r).toEqual({
      ok: false,
      errors: [
        'thresholds["4.22"]: bộ tiêu chí xa-ntm-2021-2025 không có chỉ tiêu 4.22',
        'thresholds["8.1"]: chỉ tiêu 8.1 được đánh giá Đạt/Không đạt, không so với con số; dùng "yes": true',
        'thresholds["12.1"]: tỷ lệ phần trăm phải từ 0 đến 100, nhận được 700',
        'thresholds["17.1"].unit: chỉ tiêu 17.1 tính bằng "%", nhận được "hộ"',
        'provinces[1]: không có tỉnh mã "lang son"',
      ],
    });
    const unknownSet = worded(parseOverlay({ id: "a", extends: "xa-ntm-2030", name: "n", source: "s", thresholds: {} }));
    expect(unknownSet).toEqual({ ok: false, errors: ['extends: không có bộ tiêu chí "xa-ntm-2030" (hiện có: xa-ntm-2021-2025, xa-ntm-2026-2030, xa-ntm-nang-cao-2021-2025)'] });
  });

  test("not an object, or not JSON at all", () => {
    expect(worded(parseOverlay(null))).toEqual({ ok: false, errors: ["(gốc tệp): cần đối tượng {…}, nhận được null"] });
    expect(worded(parseOverlay(null), "en")).toEqual({ ok: false, errors: ["(root): expected an object {…}, got null"] });
    const r = worded(parseOverlayText('{"id": "a",'));
    expect(r.ok).toBe(false);
    expect(r.errors?.[0]).toMatch(/^Tệp không phải JSON hợp lệ: /);
  });
});
