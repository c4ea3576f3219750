import { findProvince, overlayForProvince, regionForProvince } from "../domain/definitions/provinces";
import { listProvinces, listSets } from "../domain/definitions/builtIn";
import type { PaneCatalogue } from "./host";

/** The pane's view of the built-in catalogue (criteria sets, provinces, overlays). */
export const builtinCatalogue: PaneCatalogue = {
  listSets: () => [...listSets()],
  listProvinces: () => [...listProvinces()],
  regionForProvince: (id) => (findProvince(id) ? regionForProvince(id) : null),
  validateOverlay: async (json, lang) => {
    // The schema checker (zod) is not imported with the catalogue: whatever shows the catalogue
    // (the settings form) loads without it. The check engine has it (a definitions file saved in
    // the workbook is parsed by each check), so in the pane this import is usually already there.
    const [{ parseOverlayText }, { definitionsErrorText }] = await Promise.all([import("../domain/definitions/parseOverlay"), import("../domain/messages")]);
    const parsed = parseOverlayText(json);
    return parsed.ok ? { ok: true, name: parsed.overlay.name } : { ok: false, errors: parsed.errors.map((e) => definitionsErrorText(e, lang)) };
  },
  provinceOverlay: (provinceId, setId) => {
    const overlay = overlayForProvince(provinceId);
    return overlay && overlay.extends === setId ? overlay.name : null;
  },
};
