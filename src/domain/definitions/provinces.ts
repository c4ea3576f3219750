import { listOverlays, listProvinces } from "./builtIn";
import type { Overlay, Province } from "./schema";

/** Folds case, diacritics (NFC or NFD), "đ", punctuation and a leading "Tỉnh"/"Thành phố"/"TP" away. */
export function provinceKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[-–—_.,()]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(tinh|thanh pho|tp) /, "");
}

/**
 * The province named or identified by `nameOrId` ("Lạng Sơn", "lang son", "Tỉnh Lạng Sơn", "lang-son").
 * Names shared by a pre-2025 province and the merged province that kept its name ("Tuyên Quang")
 * resolve to the pre-2025 one unless `era` is "after-2025"; ids are never ambiguous.
 */
export function findProvince(nameOrId: string, options: { era?: "before-2025" | "after-2025" } = {}): Province | null {
  const byId = listProvinces().find((p) => p.id === nameOrId.trim());
  if (byId) return byId;
  const key = provinceKey(nameOrId);
  const matches = listProvinces().filter(
    (p) => provinceKey(p.id) === key || provinceKey(p.name) === key || (p.aliases ?? []).some((a) => provinceKey(a) === key),
  );
  const era = options.era ?? "before-2025";
  return matches.find((p) => p.era === era || p.era === "both") ?? matches[0] ?? null;
}

/**
 * The region of a province, or the regions it spans (merged provinces that straddle two regions).
 * Throws for a province findProvince does not know: look it up first when the name came from a user.
 */
export function regionForProvince(idOrName: string): { region: string } | { spans: string[] } {
  const p = findProvince(idOrName);
  if (!p) throw new Error(`regionForProvince: unknown province "${idOrName}"`);
  if (p.region !== undefined) return { region: p.region };
  return { spans: [...(p.spans ?? [])] };
}

/** The built-in overlay of a province (by id or name), or null when it has none. */
export function overlayForProvince(idOrName: string): Overlay | null {
  const p = findProvince(idOrName);
  if (!p) return null;
  return listOverlays().find((o) => (o.provinces ?? []).includes(p.id)) ?? null;
}
