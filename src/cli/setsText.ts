import { listOverlays, listProvinces, listSets } from "../domain/definitions/builtIn";

/** `ntm sets`: sets with their regions, overlays, and provinces with their region ids. */
export function listSetsText(): string {
  const lines: string[] = [];
  lines.push("Bộ tiêu chí (--set):");
  for (const s of listSets()) {
    const indicators = s.criteria.reduce((n, c) => n + c.indicators.length, 0);
    lines.push(`  ${s.id}  ${s.name} — ${s.decision} (${s.criteria.length} tiêu chí, ${indicators} chỉ tiêu)`);
    lines.push("    Vùng (--region):");
    for (const r of s.regions) lines.push(`      ${r.id.padEnd(26)} ${r.name}`);
  }
  lines.push("", "Tệp bổ sung của tỉnh (overlay):");
  for (const o of listOverlays()) lines.push(`  ${o.id.padEnd(12)} ${o.name} (bổ sung cho ${o.extends}; tỉnh: ${(o.provinces ?? []).join(", ")})`);
  lines.push("", "Tỉnh (--province) → vùng:");
  for (const p of listProvinces()) {
    const where = p.region ?? `nhiều vùng: ${(p.spans ?? []).join(", ")}`;
    const era = p.era === "before-2025" ? "trước 2025" : p.era === "after-2025" ? "từ 2025" : "trước và từ 2025";
    lines.push(`  ${p.id.padEnd(22)} ${p.name.padEnd(20)} ${where} (${era})`);
  }
  return lines.join("\n") + "\n";
}
