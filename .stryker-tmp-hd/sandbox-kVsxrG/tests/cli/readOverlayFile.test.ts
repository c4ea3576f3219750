// @ts-nocheck
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readOverlayFile } from "../../src/cli/readOverlayFile";
import { UsageError } from "../../src/cli/UsageError";
import { buildContext } from "../../src/domain/evaluation/context";
import { builtinCatalogue } from "../../src/taskpane/catalogue";

const OVERLAY = JSON.stringify({
  id: "chi-lang",
  extends: "xa-ntm-2021-2025",
  name: "Huyện Chi Lăng",
  source: "Kế hoạch của huyện",
  thresholds: { "4.2": { atLeast: 97 } },
});
const BOM = "\uFEFF";

function file(text: string): string {
  const f = path.join(mkdtempSync(path.join(tmpdir(), "ntm-overlay-")), "dinh-nghia.json");
  writeFileSync(f, text, "utf8");
  return f;
}

describe("one reader of definitions files for the command line and the pane", () => {
  test.each([
    ["plain UTF-8", OVERLAY],
    ["with a byte-order mark (Notepad's “UTF-8 with BOM”)", BOM + OVERLAY],
  ])("%s: accepted by ntm --criteria, by the pane's settings and by a check", async (_label, text) => {
    const overlay = await readOverlayFile(file(text), "vi");
    expect(overlay).toMatchObject({ id: "chi-lang", thresholds: { "4.2": { atLeast: 97 } } });
    expect(builtinCatalogue.validateOverlay(text, "vi")).toEqual({ ok: true, name: "Huyện Chi Lăng" });
    const built = buildContext({ setId: "xa-ntm-2021-2025", province: null, region: null, disadvantaged: false, overlayJson: text });
    expect(built.ok && built.ctx.overlays.map((o) => o.overlay.id)).toEqual(["chi-lang"]);
  });

  test("a bad file gives the same words in both, naming the JSON path", async () => {
    const bad = BOM + OVERLAY.replace("97", '"97"');
    const cli = await readOverlayFile(file(bad), "en").catch((e: unknown) => e);
    expect(cli).toBeInstanceOf(UsageError);
    expect((cli as Error).message).toMatch(/dinh-nghia\.json: thresholds\["4\.2"\]\.atLeast: expected a number, got "97"$/);
    expect(builtinCatalogue.validateOverlay(bad, "en")).toEqual({ ok: false, errors: ['thresholds["4.2"].atLeast: expected a number, got "97"'] });
  });
});
