import { buildContext, type CheckOptions } from "../../../src/domain/evaluation/context";
import { problemText } from "../../../src/domain/messages";

const BASE: CheckOptions = { setId: "xa-ntm-2021-2025", province: null, region: null, disadvantaged: false, overlayJson: null };
const OWN = (extra: object = {}) =>
  JSON.stringify({ id: "chi-lang", extends: "xa-ntm-2021-2025", name: "Chi Lăng", source: "Kế hoạch huyện", thresholds: { "4.2": { atLeast: 97 } }, ...extra });

describe("buildContext: what the user chose, resolved", () => {
  it("a province implies its region and its overlay; the options are kept", () => {
    const r = buildContext({ ...BASE, province: "Lạng Sơn", disadvantaged: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems).toEqual([]);
    expect(r.ctx).toMatchObject({ region: "tdmn-phia-bac", province: "lang-son", disadvantaged: true });
    expect(r.ctx.set.id).toBe("xa-ntm-2021-2025");
    expect(r.ctx.overlays.map((o) => [o.overlay.id, o.origin])).toEqual([["lang-son", "overlay"]]);
  });

  it("a chosen region overrides the province's; no province, no overlay", () => {
    const r = buildContext({ ...BASE, province: "lang-son", region: "tay-nguyen" });
    expect(r.ok && r.ctx.region).toBe("tay-nguyen");
    const none = buildContext({ ...BASE, region: "dong-nam-bo" });
    expect(none.ok && [none.ctx.region, none.ctx.province, none.ctx.overlays]).toEqual(["dong-nam-bo", null, []]);
  });

  it("definitions come after the province overlay, so they win; parsed ones first, then the text", () => {
    const parsed = { id: "a", extends: "xa-ntm-2021-2025", name: "A", source: "s", thresholds: {} };
    const r = buildContext({ ...BASE, province: "lang-son", overlays: [parsed], overlayJson: OWN() });
    expect(r.ok && r.ctx.overlays.map((o) => [o.overlay.id, o.origin])).toEqual([
      ["lang-son", "overlay"],
      ["a", "definitions"],
      ["chi-lang", "definitions"],
    ]);
  });

  it.each([
    ["an unknown set", { setId: "xa-ntm-2030" }, { code: "set/unknown", at: {}, params: { setId: "xa-ntm-2030" } }, "Không có bộ tiêu chí “xa-ntm-2030”. Xem danh sách bằng lệnh: ntm sets"],
    ["an unknown province", { province: "Atlantis" }, { code: "province/unknown", at: {}, params: { province: "Atlantis" } }, "Không nhận ra tỉnh “Atlantis”. Xem danh sách bằng lệnh: ntm sets"],
    ["an unknown region", { region: "mars" }, { code: "region/unknown", at: {}, params: { region: "mars" } }, "Không có vùng “mars”. Xem danh sách bằng lệnh: ntm sets"],
  ])("%s stops the check with a problem", (_label, options, expected, words) => {
    const r = buildContext({ ...BASE, ...options });
    expect(r).toEqual({ ok: false, problems: [expected] });
    expect(problemText(r.problems[0], "vi")).toBe(words);
  });

  it("a bad definitions file stops the check, each error with its path", () => {
    const r = buildContext({ ...BASE, overlayJson: OWN({ thresholds: { "4.2": { atLeast: "97" } } }) });
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      { code: "definitions/invalid", at: {}, params: { errors: [{ path: ["thresholds", "4.2", "atLeast"], code: "expected-type", expected: "number", got: '"97"' }] } },
    ]);
    expect(problemText(r.problems[0], "en")).toBe('Invalid definitions file: thresholds["4.2"].atLeast: expected a number, got "97"');
  });

  it("a province over two regions and a file for another set are told, and the check goes on", () => {
    const spans = buildContext({ ...BASE, province: "phu-tho-2025" });
    expect(spans.ok && spans.ctx.region).toBeNull();
    expect(spans.problems).toEqual([
      { code: "region/ambiguous", at: {}, params: { province: expect.any(String), spans: ["tdmn-phia-bac", "dong-bang-song-hong"] } },
    ]);
    // With a region chosen there is nothing to ask.
    expect(buildContext({ ...BASE, province: "phu-tho-2025", region: "tdmn-phia-bac" }).problems).toEqual([]);
    const r = buildContext({ ...BASE, overlays: [{ id: "nc", extends: "xa-ntm-nang-cao", name: "NC", source: "s", thresholds: {} }] });
    expect(r.ok && r.problems).toEqual([{ code: "definitions/other-set", at: {}, params: { overlay: "nc", extends: "xa-ntm-nang-cao", setId: "xa-ntm-2021-2025" } }]);
  });
});

describe("buildContext: groups of 2026–2030, regions of 2021–2025", () => {
  const ctxOf = (o: Partial<CheckOptions>) => {
    const r = buildContext({ ...BASE, ...o });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.ctx;
  };

  it("no set named: 2021–2025", () => {
    expect(ctxOf({ setId: undefined }).set.id).toBe("xa-ntm-2021-2025");
  });

  it("2026–2030 judges by the commune's group, whatever the province's region", () => {
    expect([ctxOf({ setId: "xa-ntm-2026-2030", group: "2" }).region]).toEqual(["nhom-2"]);
    const lang = ctxOf({ setId: "xa-ntm-2026-2030", group: "Nhóm 3", province: "Lạng Sơn" });
    expect([lang.region, lang.province]).toEqual(["nhom-3", "lang-son"]);
    // Lạng Sơn's thresholds raise the 2021–2025 set: they do not apply to 2026–2030.
    expect(ctxOf({ setId: "xa-ntm-2026-2030", province: "Lạng Sơn" }).overlays).toEqual([]);
    expect(ctxOf({ setId: "xa-ntm-2026-2030", province: "Lạng Sơn" }).region).toBeNull();
    // A region has no meaning there.
    expect(ctxOf({ setId: "xa-ntm-2026-2030", region: "TDMNPB" }).region).toBeNull();
  });

  it("a group the set does not have stops the check, naming what was typed", () => {
    const r = buildContext({ ...BASE, setId: "xa-ntm-2026-2030", group: "4" });
    expect(r).toEqual({ ok: false, problems: [{ code: "group/unknown", at: {}, params: { group: "4" } }] });
  });

  it("2021–2025 takes a region by id or by the forms' abbreviation, and ignores a group", () => {
    expect(ctxOf({ region: "TDMNPB" }).region).toBe("tdmn-phia-bac");
    expect(ctxOf({ region: "ĐBSH" }).region).toBe("dong-bang-song-hong");
    expect(ctxOf({ region: "tay-nguyen" }).region).toBe("tay-nguyen");
    expect(ctxOf({ group: "2" }).region).toBeNull();
  });

  it("a region the set does not have stops the check (a group's id is no region)", () => {
    for (const region of ["nowhere", "nhom-2"]) {
      expect(buildContext({ ...BASE, region })).toEqual({ ok: false, problems: [{ code: "region/unknown", at: {}, params: { region } }] });
    }
  });
});
