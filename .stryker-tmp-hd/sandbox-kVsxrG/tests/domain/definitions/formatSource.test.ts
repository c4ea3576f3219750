// @ts-nocheck
import { formatSource } from "../../../src/domain/definitions/formatSource";

describe("formatSource", () => {
  test("document and quoted phrase; never the repository file", () => {
    expect(formatSource({ document: "Quyết định 318/QĐ-TTg ngày 08/3/2022" })).toBe("Quyết định 318/QĐ-TTg ngày 08/3/2022");
    expect(formatSource({ document: "Báo cáo xã Liên Sơn", quote: "đạt từ 70%", file: "shared/domain/003_c2d3b4fb3b47e58a.txt" })).toBe(
      "Báo cáo xã Liên Sơn: “đạt từ 70%”",
    );
  });
});
