import { VERDICT_COLOURS } from "../../../src/domain/evaluation/verdictColours";

describe("VERDICT_COLOURS: Excel's Good / Bad / Neutral styles", () => {
  it("green for achieved, red for not achieved, amber for not assessed", () => {
    expect(VERDICT_COLOURS).toEqual({
      achieved: { fill: "C6EFCE", font: "006100" },
      not_achieved: { fill: "FFC7CE", font: "9C0006" },
      not_assessed: { fill: "FFEB9C", font: "9C5700" },
    });
  });
});
