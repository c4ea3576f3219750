/**
 * The shipped definitions (src/definitions/*.json) are not validated at load (that kept zod in the
 * task pane's first load): here each file passes its zod schema, and parsing changes nothing, so
 * the JSON the tool uses as it is equals what the schema would give.
 */
import { CriteriaSetSchema, ProvinceListSchema } from "../../../src/domain/definitions/schema";
import { listOverlays, listProvinces, listSets, SHIPPED_JSON } from "../../../src/domain/definitions/builtIn";
import { validateOverlay } from "../../../src/domain/definitions/validateOverlay";
import { issuesToErrors } from "../../../src/domain/definitions/issuesToErrors";
import type { z } from "zod";

function parsed<T>(schema: z.ZodType<T>, json: unknown): T {
  const result = schema.safeParse(json);
  if (!result.success) throw new Error(JSON.stringify(issuesToErrors(result.error.issues, json)));
  return result.data;
}

describe("shipped definitions match their schemas", () => {
  test.each(Object.entries(SHIPPED_JSON.sets))("%s is a valid criteria set, used as parsed", (_file, json) => {
    expect(parsed(CriteriaSetSchema, json)).toEqual(json);
    expect(listSets()).toContainEqual(json);
  });

  test("provinces.json is a valid province list, used as parsed", () => {
    const json = SHIPPED_JSON.provinces["provinces.json"];
    expect(parsed(ProvinceListSchema, json)).toEqual(json);
    expect(listProvinces()).toEqual(json);
  });

  test.each(Object.entries(SHIPPED_JSON.overlays))("%s is a valid overlay of a shipped set and provinces, used as parsed", (_file, json) => {
    const result = validateOverlay(json, { sets: listSets(), provinces: listProvinces() });
    expect(result).toEqual({ ok: true, overlay: json });
    expect(listOverlays()).toContainEqual(json);
  });

  test("a schema break in a shipped file would fail here, with its JSON path", () => {
    const json = structuredClone(SHIPPED_JSON.sets["sets/xa-ntm-2026-2030.json"]) as { criteria: { no: unknown }[] };
    json.criteria[0].no = "1";
    expect(() => parsed(CriteriaSetSchema, json)).toThrow(/criteria.*0.*no/);
    const extra = { ...SHIPPED_JSON.sets["sets/xa-ntm-2026-2030.json"], unknownKey: 1 };
    // zod strips unknown keys: the file would not equal its parse.
    expect(parsed(CriteriaSetSchema, extra)).not.toEqual(extra);
  });
});
