// @ts-nocheck
import { foldText } from "../figures/normalizeText";

/**
 * The abbreviations forms use for the regions of Decision 318/QĐ-TTg (column headers "TDMNPB",
 * "ĐBSH" …, and `--region`), folded, with the region ids of the 2021–2025 set.
 */
const REGIONS: { id: string; abbreviation: string; shown: string; names: string[] }[] = [
  { id: "tdmn-phia-bac", abbreviation: "tdmnpb", shown: "TDMNPB", names: ["trung du va mien nui phia bac", "trung du mien nui phia bac", "mien nui phia bac"] },
  { id: "dong-bang-song-hong", abbreviation: "dbsh", shown: "ĐBSH", names: ["dong bang song hong"] },
  { id: "bac-trung-bo", abbreviation: "btb", shown: "BTB", names: ["bac trung bo"] },
  { id: "duyen-hai-nam-trung-bo", abbreviation: "dhntb", shown: "DHNTB", names: ["duyen hai nam trung bo", "nam trung bo"] },
  { id: "tay-nguyen", abbreviation: "tn", shown: "TN", names: ["tay nguyen"] },
  { id: "dong-nam-bo", abbreviation: "dnb", shown: "ĐNB", names: ["dong nam bo"] },
  { id: "dong-bang-song-cuu-long", abbreviation: "dbscl", shown: "ĐBSCL", names: ["dong bang song cuu long"] },
];

/** "TDMNPB", "ĐBSCL", "vùng Tây Nguyên" → the region id; null when the text names no region. */
export function regionFromText(text: string): string | null {
  const f = foldText(text).replace(/[().,:;]/g, " ").replace(/\s+/g, " ").trim();
  if (f === "") return null;
  const bare = f.replace(/^vung\s+/, "");
  for (const r of REGIONS) if (bare === r.abbreviation || r.names.includes(bare)) return r.id;
  // Inside a longer header: "Chỉ tiêu đạt chuẩn (vùng TDMNPB)".
  for (const r of REGIONS) {
    if (new RegExp(`\\b${r.abbreviation}\\b`).test(f) && r.abbreviation.length > 2) return r.id;
    if (r.names.some((n) => f.includes(n))) return r.id;
  }
  return null;
}

/** The form's abbreviation of a region id ("tdmn-phia-bac" → "TDMNPB"), for the reading map. */
export function regionAbbreviation(id: string): string {
  const group = /^nhom-(\d)$/.exec(id);
  if (group) return `Nhóm ${group[1]}`;
  return REGIONS.find((x) => x.id === id)?.shown ?? id;
}

/**
 * "Nhóm 1", "Xã nhóm 2", "nhóm III" (a threshold sub-column, or "(xã nhóm 2)" in a title) → the
 * commune group id of the 2026–2030 set ("nhom-2"); null otherwise. `inText` finds it inside a longer text.
 */
export function groupFromText(text: string, inText = false): string | null {
  const f = foldText(text).replace(/[().,:;]/g, " ").replace(/\s+/g, " ").trim();
  const re = inText ? /\b(?:xa\s+)?nhom\s+(1|2|3|iii|ii|i)\b/ : /^(?:(?:chi tieu|muc chuan|nguong)\s+)?(?:xa\s+)?nhom\s+(1|2|3|iii|ii|i)$/;
  const m = re.exec(f);
  if (!m) return null;
  const n = ({ i: 1, ii: 2, iii: 3 } as Record<string, number>)[m[1]] ?? Number(m[1]);
  return `nhom-${n}`;
}
