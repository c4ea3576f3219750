import { hostProblemText } from "../../src/domain/messages";
import { vi } from "../../src/domain/messages/vi";
import { en } from "../../src/domain/messages/en";

describe("messages", () => {
  it("every code is worded in both languages", () => {
    for (const group of ["verdict", "reason", "finding", "host"] as const) {
      expect(Object.keys(vi[group]).sort()).toEqual(Object.keys(en[group]).sort());
    }
  });
  it("host problems name the sheet when known and never print 'undefined'", () => {
    expect(hostProblemText({ code: "protected-sheet", sheet: "Biểu 01" }, "vi")).toContain("Trang “Biểu 01”");
    for (const lang of ["vi", "en"] as const) {
      for (const code of ["protected-sheet", "cell-edit-mode", "too-large", "not-found", "unsupported", "other"] as const) {
        expect(hostProblemText({ code }, lang)).not.toMatch(/undefined/);
      }
    }
  });
});
