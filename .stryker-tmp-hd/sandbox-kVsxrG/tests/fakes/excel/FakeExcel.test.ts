// @ts-nocheck
import { FakeExcel, type FakeRequestContext } from "./index";

function seeded(): FakeExcel {
  return new FakeExcel({
    sheets: [
      { name: "TC1", values: [["TT", "Kết quả"], ["1.1", 0.92]], numberFormats: [[null, null], [null, "0%"]] },
      { name: "Khóa", values: [["x"]], protected: true },
    ],
  });
}

type Ctx = FakeRequestContext;

describe("FakeExcel behaves like Excel where the adapter depends on it", () => {
  test("a property read before load()+sync() throws PropertyNotLoaded; values arrive at sync", async () => {
    const excel = seeded();
    await excel.run(async (ctx: Ctx) => {
      const range = ctx.workbook.worksheets.getItem("TC1").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded", name: "RichApi.Error" }));
      range.load("values,numberFormat");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([["TT", "Kết quả"], ["1.1", 0.92]]);
      expect(range.numberFormat).toEqual([["General", "General"], ["General", "0%"]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(excel.syncCount).toBe(1);
  });

  test("writes are queued and applied only at sync; Excel.run syncs what is left", async () => {
    const excel = seeded();
    await excel.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("TC1").getRange("C2").values = [[5]];
      expect(excel.cell("TC1", "C2")).toBeUndefined();
      await ctx.sync();
      expect(excel.cell("TC1", "C2")?.value).toBe(5);
      ctx.workbook.worksheets.getItem("TC1").getRange("D2").values = [["x"]];
    });
    expect(excel.cell("TC1", "D2")?.value).toBe("x");
    expect(excel.syncCount).toBe(2);
  });

  test("isNullObject is known only after sync", async () => {
    const excel = seeded();
    await excel.run(async (ctx: Ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Không có");
      const present = ctx.workbook.worksheets.getItemOrNullObject("tc1");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("getItem of a missing sheet fails at sync with ItemNotFound", async () => {
    const excel = seeded();
    await expect(
      excel.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Không có").load("name");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("a protected sheet refuses writes with AccessDenied; earlier writes of the batch stay, later ones do not", async () => {
    const excel = seeded();
    await expect(
      excel.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("TC1").getRange("E1").values = [["trước"]];
        ctx.workbook.worksheets.getItem("Khóa").getRange("A1").values = [["y"]];
        ctx.workbook.worksheets.getItem("TC1").getRange("E2").values = [["sau"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excel.cell("TC1", "E1")?.value).toBe("trước");
    expect(excel.cell("Khóa", "A1")?.value).toBe("x");
    expect(excel.cell("TC1", "E2")).toBeUndefined();
  });

  test("cell-edit mode fails a batch unless run with delayForCellEdit, which waits for the user", async () => {
    const excel = seeded();
    excel.enterCellEditMode();
    const readA1 = async (ctx: Ctx) => {
      const r = ctx.workbook.worksheets.getItem("TC1").getRange("A1");
      r.load("values");
      await ctx.sync();
      return r.values[0][0];
    };
    await expect(excel.run(readA1)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    let done = false;
    const delayed = excel.run({ delayForCellEdit: true }, readA1).then((v) => {
      done = true;
      return v;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(false);
    excel.exitCellEditMode();
    await expect(delayed).resolves.toBe("TT");
  });

  test("one request or response over 5 MB fails, and nothing of an oversized request is applied", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "S" }] });
    const big = Array.from({ length: 60_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => `ô ${r}-${c}`));
    await expect(
      excel.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:J60000").values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.cell("S", "A1")).toBeUndefined();
    // Written in halves it fits; reading it all back at once does not.
    await excel.run(async (ctx: Ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.getRange("A1:J30000").values = big.slice(0, 30_000);
      await ctx.sync();
      s.getRange("A30001:J60000").values = big.slice(30_000);
      await ctx.sync();
    });
    await expect(
      excel.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:J60000").load("values,numberFormat");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("strings written through values are parsed as typed: formulas, numbers, apostrophe text", async () => {
    const excel = seeded();
    await excel.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("TC1").getRange("A5:E5").values = [["=B2*100", "95%", "'=B2*100", "-giảm", "Đạt"]];
    });
    expect(excel.cell("TC1", "A5")).toMatchObject({ formula: "=B2*100" });
    expect(excel.cell("TC1", "B5")).toMatchObject({ value: 0.95, numberFormat: "0%" });
    expect(excel.cell("TC1", "C5")).toMatchObject({ value: "=B2*100" });
    expect(excel.cell("TC1", "C5")?.formula).toBeUndefined();
    expect(excel.cell("TC1", "D5")?.formula).toBe("=-giảm");
    expect(excel.cell("TC1", "E5")).toMatchObject({ value: "Đạt" });
  });

  test("objects of a finished Excel.run cannot be used again", async () => {
    const excel = seeded();
    let range: ReturnType<ReturnType<Ctx["workbook"]["worksheets"]["getItem"]>["getRange"]> | undefined;
    await excel.run(async (ctx: Ctx) => {
      range = ctx.workbook.worksheets.getItem("TC1").getRange("A1");
    });
    expect(() => range?.load("values")).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
  });

  test("conditional formats: add over RangeAreas, find, delete; settings outlive the run", async () => {
    const excel = seeded();
    await excel.run(async (ctx: Ctx) => {
      const cf = ctx.workbook.worksheets.getItem("TC1").getRanges("B2, D4:D6").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=N("t")=0';
      cf.custom.format.fill.color = "#c6efce";
      ctx.workbook.settings.add("k", { a: 1 });
    });
    expect(excel.conditionalFormats("TC1")).toEqual([
      expect.objectContaining({ type: "Custom", formula: '=N("t")=0', fill: "#C6EFCE", areas: [{ r1: 1, c1: 1, r2: 1, c2: 1 }, { r1: 3, c1: 3, r2: 5, c2: 3 }] }),
    ]);
    await excel.run(async (ctx: Ctx) => {
      const cfs = ctx.workbook.worksheets.getItem("TC1").getRange("D5").conditionalFormats;
      cfs.load("items/id,items/customOrNullObject/rule/formula");
      const setting = ctx.workbook.settings.getItemOrNullObject("k");
      setting.load("value");
      await ctx.sync();
      expect(cfs.items).toHaveLength(1);
      expect(cfs.items[0].customOrNullObject.rule.formula).toBe('=N("t")=0');
      expect(setting.value).toEqual({ a: 1 });
      cfs.items[0].delete();
    });
    expect(excel.conditionalFormats("TC1")).toEqual([]);
  });
});
