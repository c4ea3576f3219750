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
  return REGIONS.find((x) => x.id === id)?.shown ?? id;
}
