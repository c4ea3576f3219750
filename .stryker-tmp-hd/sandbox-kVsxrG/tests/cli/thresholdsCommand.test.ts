// @ts-nocheck
import { main } from "../../src/cli/main";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

describe("ntm thresholds", () => {
  it("lists the threshold applied to each indicator, with its origin, and the unknown ones", async () => {
    const { code, out } = await run(["thresholds", "--province", "lang-son", "--json"]);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc).toMatchObject({ set: "xa-ntm-2021-2025", region: "tdmn-phia-bac", province: "lang-son" });
    expect(doc.indicators).toHaveLength(57);
    const by = (c: string) => doc.indicators.find((i: { code: string }) => i.code === c);
    expect(by("4.2")).toMatchObject({ threshold: "≥ 95%", origin: "overlay" });
    // Lạng Sơn's ≤ 26,7% is looser than the national ≤ 24% for TDMNPB: the national figure applies.
    expect(by("15.3")).toMatchObject({ threshold: "≤ 24%", origin: "catalogue" });
    expect(by("3.1")).toMatchObject({ threshold: "≥ 80%", origin: "catalogue" });
    expect(by("2.1")).toMatchObject({ threshold: null, origin: "none" });
    expect(by("2.1").note).toBeTruthy();
  });

  it("the region changes region-dependent thresholds; the readable table says what is unknown", async () => {
    const doc = JSON.parse((await run(["thresholds", "--region", "dong-nam-bo", "--json"])).out);
    expect(doc.indicators.find((i: { code: string }) => i.code === "15.3").threshold).toBe("≤ 14,5%");
    const text = (await run(["thresholds", "--region", "dong-nam-bo"])).out;
    expect(text).toContain("CHƯA CÓ — không đánh giá");
    expect(text).toMatch(/Đã có mức chuẩn: \d+\/57 chỉ tiêu\./);
  });

  it("bad usage exits 2", async () => {
    expect((await run(["thresholds", "--province", "atlantis"])).code).toBe(2);
    expect((await run(["thresholds", "file.xlsx"])).code).toBe(2);
  });
});
