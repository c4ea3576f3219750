// @ts-nocheck
import { resolveThreshold } from "../../../src/domain/definitions/resolveThreshold";
import type { Overlay } from "../../../src/domain/definitions/schema";
import { problemText } from "../../../src/domain/messages";
import { buildContext } from "../../../src/domain/evaluation/context";
import { evaluate } from "../../../src/domain/evaluation/evaluate";
import { findIndicators } from "../../../src/domain/grid/findIndicators";
import { DETECT, SET, sheet } from "../../fixtures/grid";

const overlay = (atLeast: number): Overlay =>
  ({ id: "tinh-thu", extends: SET.id, name: "Tỉnh Thử", source: "Quyết định 99/QĐ-UBND của UBND tỉnh Thử", thresholds: { "15.4": { atLeast } } }) as Overlay;

describe("a province may raise a national threshold, never lower it", () => {
  it("a looser province figure is set aside: the national one applies, naming both documents", () => {
    const t = resolveThreshold(SET, "15.4", { region: "tdmn-phia-bac", overlays: [{ overlay: overlay(40), origin: "overlay" }] });
    expect(t.rule).toEqual({ kind: "atLeast", value: 50, unit: "%" });
    expect(t.origin).toBe("catalogue");
    expect(t.looser?.document).toBe("Quyết định 99/QĐ-UBND của UBND tỉnh Thử");
    expect(t.looser?.nationalDocument).toMatch(/318\/QĐ-TTg/);
  });

  it("a stricter province figure applies", () => {
    const t = resolveThreshold(SET, "15.4", { region: "tdmn-phia-bac", overlays: [{ overlay: overlay(60), origin: "overlay" }] });
    expect([t.rule, t.origin, t.looser]).toEqual([{ kind: "atLeast", value: 60, unit: "%" }, "overlay", undefined]);
  });

  it("the check reports it once, on the indicator, in the user's words", () => {
    const built = buildContext({ setId: SET.id, province: null, region: "tdmn-phia-bac", disadvantaged: false, overlayJson: null });
    if (!built.ok) throw new Error("context");
    const ctx = { ...built.ctx, overlays: [{ overlay: overlay(40), origin: "overlay" as const }] };
    const d = findIndicators({ sheets: [sheet("S", [["TT", "Nội dung", "Kết quả thực hiện"], ["15.4", "Tỷ lệ dân số có sổ khám chữa bệnh điện tử", "45%"]])] }, DETECT);
    const r = evaluate(d, ctx);
    expect(r.criteria.flatMap((c) => c.indicators).find((i) => i.code === "15.4")?.verdict).toBe("not_achieved");
    const found = r.findings.filter((f) => f.code === "threshold/looser-than-national");
    expect(found).toHaveLength(1);
    const text = problemText(found[0], "vi");
    expect(text).toContain("Quyết định 99/QĐ-UBND của UBND tỉnh Thử");
    expect(text).toMatch(/318\/QĐ-TTg/);
    expect(text).not.toMatch(/overlay/i);
  });
});
