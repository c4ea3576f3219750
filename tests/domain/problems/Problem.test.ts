import { problem } from "../../../src/domain/problems/Problem";
import { problemText } from "../../../src/domain/messages";

describe("problem: a finding as data, with its place", () => {
  it("keeps the code, the parameters and where it is", () => {
    const p = problem("figure/unreadable", { indicator: "4.2", raw: "chín mươi" }, { file: "lien-son.xlsx", sheet: "Biểu", cell: { sheet: "Biểu", row: 6, col: 3 } });
    expect(p).toEqual({ code: "figure/unreadable", params: { indicator: "4.2", raw: "chín mươi" }, at: { file: "lien-son.xlsx", sheet: "Biểu", cell: { sheet: "Biểu", row: 6, col: 3 } } });
    expect(problemText(p, "vi")).toContain("chín mươi");
    expect(problemText(p, "vi")).toContain("'Biểu'!D7");
  });

  it("without a place, the place is empty (never undefined)", () => {
    expect(problem("table/not-found", {}).at).toEqual({});
  });
});
