import { isFormulaLike, safeName } from "../../../src/domain/messages/safeName";

describe("safeName: a title-block name that looks like a formula is never written", () => {
  it.each(["=cmd|' /c Calc'!a", "+1-2", "-2+3", "@SUM(A1)", "Liên\tSơn", " =1+1", "Liên|Sơn", "Sơn!", "a=b", "a<b", "a>b", "{x}", "[x]", "a\\b", "a;b", 'a"b', "Liên\u0000Sơn", "Liên\u001fSơn", " +1-2", "  @SUM(A1)", "\u00a0-2+3"])("%j is formula-like", (t) => {
    expect(isFormulaLike(t)).toBe(true);
    expect(safeName(t)).toBeNull();
  });

  it.each(["Liên Sơn", "Tân Thành", "Đồng Tâm (cũ)", "Xã 3", "Hòa-Bình", "Ea H'leo", "", "   "])("%j is a name", (t) => {
    expect(isFormulaLike(t)).toBe(false);
    expect(safeName(t)).toBe(t);
  });

  it("null stays null", () => {
    expect(safeName(null)).toBeNull();
  });
});
