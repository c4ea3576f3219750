import { memoText } from "../../../src/domain/figures/memoText";

describe("memoText: a pure text function's results kept, in bounded memory", () => {
  function counted(size: number) {
    const calls: string[] = [];
    const upper = memoText((s) => {
      calls.push(s);
      return s.toUpperCase();
    }, size);
    return { upper, calls };
  }

  it("gives the function's answer, computing each text once", () => {
    const { upper, calls } = counted(10);
    expect(upper("chưa đạt")).toBe("CHƯA ĐẠT");
    expect(upper("chưa đạt")).toBe("CHƯA ĐẠT");
    expect(upper("đạt")).toBe("ĐẠT");
    expect(calls).toEqual(["chưa đạt", "đạt"]);
  });

  it("keeps an empty answer too", () => {
    const calls: string[] = [];
    const blank = memoText((s) => {
      calls.push(s);
      return "";
    }, 10);
    expect(blank("  ")).toBe("");
    expect(blank("  ")).toBe("");
    expect(calls).toEqual(["  "]);
  });

  it("holds at most `size` texts: the store starts over when full", () => {
    const { upper, calls } = counted(2);
    upper("a");
    upper("b");
    upper("a"); // kept
    expect(calls).toEqual(["a", "b"]);
    upper("c"); // full (a, b): starts over with c alone
    upper("c");
    upper("a"); // forgotten, so computed again
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });
});
