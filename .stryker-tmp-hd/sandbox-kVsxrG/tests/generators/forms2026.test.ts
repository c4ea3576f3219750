// @ts-nocheck
import { judgeGrid } from "../../src/app/judgeWorkbook";
import { generate2026, type Form2026Layout } from "./form2026Generator";

const COUNT = Number(process.env.LAYOUTS_2026 ?? 300);

function features(layouts: Form2026Layout[]): string {
  const keys = Object.keys(layouts[0]) as (keyof Form2026Layout)[];
  return keys.map((k) => `${k}: ${[...new Set(layouts.map((l) => String(l[k])))].sort().join("/")}`).join("; ");
}

describe("2026–2030 forms of many layouts: the set, the group and every verdict", () => {
  it("is reproducible from its seed", () => {
    expect(JSON.stringify(generate2026(7))).toBe(JSON.stringify(generate2026(7)));
  });

  it(`${COUNT} generated forms are judged with the 2026–2030 set, and every indicator gets the verdict its figure and group's threshold give`, () => {
    const failed: string[] = [];
    const layouts: Form2026Layout[] = [];
    let indicators = 0;
    for (let seed = 1; seed <= COUNT; seed++) {
      const g = generate2026(seed);
      layouts.push(g.layout);
      indicators += g.expected.length;
      const r = judgeGrid(g.grid, { setId: null, group: g.groupOption, province: "lang-son", region: null, disadvantaged: false, overlayJson: null }).result;
      const out: string[] = [];
      if (r.setId !== "xa-ntm-2026-2030") out.push(`set ${r.setId} (${JSON.stringify(r.setReason)})`);
      if (r.criteriaTotal !== 10) out.push(`criteriaTotal ${r.criteriaTotal}`);
      if (r.region !== g.group) out.push(`group ${r.region} want ${g.group}`);
      const got = new Map(r.criteria.flatMap((c) => c.indicators).map((i) => [i.code, i]));
      for (const e of g.expected) {
        const i = got.get(e.code);
        if (!i) out.push(`${e.code}: not found`);
        else if (i.verdict !== e.verdict) out.push(`${e.code}: ${i.verdict} want ${e.verdict} (${i.figureRaw} vs ${JSON.stringify(i.threshold.rule)}; ${i.reason.code})`);
      }
      if (out.length === 0 && r.criteriaAchieved !== g.achieved) out.push(`achieved ${r.criteriaAchieved} want ${g.achieved}`);
      if (out.length) failed.push(`seed ${seed} ${JSON.stringify(g.layout)}: ${out.slice(0, 4).join("; ")}`);
    }
    console.log(`2026–2030 forms: ${COUNT - failed.length}/${COUNT} judged exactly, ${indicators} indicators\n${features(layouts)}`);
    expect(failed.slice(0, 5)).toEqual([]);
  });
});
