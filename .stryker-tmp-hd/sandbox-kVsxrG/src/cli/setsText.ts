// @ts-nocheck
import { listOverlays, listProvinces, listSets } from "../domain/definitions/builtIn";

/** `ntm sets`: sets with their regions, overlays, and provinces with their region ids. */
export function listSetsText(): string {
  const lines: string[] = [];
  lines.push("Bộ tiêu chí (--set):");
  for (const s of listSets()) {
    const indicators = s.criteria.reduce((n, c) => n + c.indicators.length, 0);
    const fromSheet = s.indicatorsFrom === "sheet";
    const size = fromSheet
      ? `${s.criteria.length} tiêu chí; chỉ tiêu và mức chuẩn lấy từ biểu${s.indicatorCount ? ` (quyết định có ${s.indicatorCount} chỉ tiêu)` : ""}`
      : `${s.criteria.length} tiêu chí, ${indicators} chỉ tiêu`;
    lines.push(`  ${s.id}  ${s.name} — ${s.decision} (${size}${s.effective ? `; hiệu lực từ ${s.effective.split("-").reverse().join("/")}` : ""})`);
    lines.push(`    Tiêu chí: ${s.criteria.map((c) => `${c.no} ${c.name}`).join("; ")}`);
    if (s.grouping === "group") {
      lines.push("    Nhóm xã (--group):");
      for (const r of s.regions) lines.push(`      ${r.id.replace("nhom-", "").padEnd(3)} ${r.name}: ${r.description ?? ""}`);
    } else {
      lines.push("    Vùng (--region):");
      for (const r of s.regions) lines.push(`      ${r.id.padEnd(26)} ${r.name}`);
    }
  }
  lines.push("", "Mức chuẩn riêng của tỉnh (áp dụng theo --province):");
  for (const o of listOverlays()) lines.push(`  ${o.id.padEnd(12)} ${o.name} (bổ sung cho ${o.extends}; tỉnh: ${(o.provinces ?? []).join(", ")})`);
  lines.push("", "Tỉnh (--province) → vùng:");
  for (const p of listProvinces()) {
    const where = p.region ?? `nhiều vùng: ${(p.spans ?? []).join(", ")}`;
    const era = p.era === "before-2025" ? "trước 2025" : p.era === "after-2025" ? "từ 2025" : "trước và từ 2025";
    lines.push(`  ${p.id.padEnd(22)} ${p.name.padEnd(20)} ${where} (${era})`);
  }
  return lines.join("\n") + "\n";
}
