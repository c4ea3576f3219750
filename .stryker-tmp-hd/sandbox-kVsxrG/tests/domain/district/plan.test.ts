// @ts-nocheck
import type { CommuneEntry } from "../../../src/domain/district/consolidate";
import { criteriaLists, nearlyThere, notAchievedBy } from "../../../src/domain/district/plan";
import type { Verdict } from "../../../src/domain/evaluation/Verdict";

const NOS = Array.from({ length: 19 }, (_, i) => i + 1);

/** A commune that achieves every criterion except those listed (some of them not assessed). */
function commune(name: string, notAchieved: number[], notAssessed: number[] = []): Pick<CommuneEntry, "commune" | "criteria"> {
  const criteria: Record<string, Verdict> = {};
  for (const no of NOS) criteria[String(no)] = notAssessed.includes(no) ? "not_assessed" : notAchieved.includes(no) ? "not_achieved" : "achieved";
  return { commune: name, criteria };
}

// Bắc Sơn 2023 (shared/domain 004) shapes: Long Đống misses 2 and 17, Hưng Vũ only 17, Tân Tri many.
const district = [
  commune("Tân Hương", []),
  commune("Long Đống", [2, 17]),
  commune("Tân Tri", [2, 5, 6, 10, 13, 17], [11]),
  commune("Hưng Vũ", [17]),
  commune("Vũ Lễ", [10], [11]),
];

describe("criteriaLists", () => {
  test("splits achieved from not achieved, and keeps not assessed apart inside the not achieved", () => {
    const l = criteriaLists(district[2], NOS);
    expect(l.notAchieved).toEqual([2, 5, 6, 10, 11, 13, 17]);
    expect(l.notAssessed).toEqual([11]);
    expect(l.achieved).toEqual(NOS.filter((n) => ![2, 5, 6, 10, 11, 13, 17].includes(n)));
    expect(l.achieved.length + l.notAchieved.length).toBe(19);
  });
  test("a criterion the workbook lacks counts as not achieved (not assessed), never as achieved", () => {
    const l = criteriaLists({ criteria: { "1": "achieved" } }, [1, 2]);
    expect(l).toEqual({ achieved: [1], notAchieved: [2], notAssessed: [2] });
  });
});

describe("nearlyThere", () => {
  test("communes missing one or two criteria, fewest first; a full commune is not listed", () => {
    expect(nearlyThere(district, NOS)).toEqual([
      { commune: "Hưng Vũ", missing: [17] },
      { commune: "Long Đống", missing: [2, 17] },
      { commune: "Vũ Lễ", missing: [10, 11] },
    ]);
  });
  test("the limit is configurable", () => {
    expect(nearlyThere(district, NOS, 1).map((n) => n.commune)).toEqual(["Hưng Vũ"]);
    expect(nearlyThere(district, NOS, 7).map((n) => n.commune)).toEqual(["Hưng Vũ", "Long Đống", "Vũ Lễ", "Tân Tri"]);
    expect(nearlyThere(district, NOS, 0)).toEqual([]);
  });
});

describe("notAchievedBy", () => {
  test("every criterion has its list of communes not achieving it, in the communes' order", () => {
    const by = notAchievedBy(district, NOS);
    expect(Object.keys(by)).toEqual(NOS.map(String));
    expect(by["17"]).toEqual(["Long Đống", "Tân Tri", "Hưng Vũ"]);
    expect(by["2"]).toEqual(["Long Đống", "Tân Tri"]);
    expect(by["11"]).toEqual(["Tân Tri", "Vũ Lễ"]);
    expect(by["1"]).toEqual([]);
  });
});
