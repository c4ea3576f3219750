// @ts-nocheck
import { findProvince, overlayForProvince, regionForProvince } from "../domain/definitions/provinces";
import { listProvinces, listSets } from "../domain/definitions/builtIn";
import { parseOverlayText } from "../domain/definitions/parseOverlay";
import { definitionsErrorText } from "../domain/messages";
import type { PaneCatalogue } from "./host";

/** The pane's view of the built-in catalogue (criteria sets, provinces, overlays). */
export const builtinCatalogue: PaneCatalogue = {
  listSets: () => [...listSets()],
  listProvinces: () => [...listProvinces()],
  regionForProvince: (id) => (findProvince(id) ? regionForProvince(id) : null),
  validateOverlay: (json, lang) => {
    const parsed = parseOverlayText(json);
    return parsed.ok ? { ok: true, name: parsed.overlay.name } : { ok: false, errors: parsed.errors.map((e) => definitionsErrorText(e, lang)) };
  },
  provinceOverlay: (provinceId, setId) => {
    const overlay = overlayForProvince(provinceId);
    return overlay && overlay.extends === setId ? overlay.name : null;
  },
};
