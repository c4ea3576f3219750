// @ts-nocheck
import { resolveThreshold } from "../domain/definitions/resolveThreshold";
import { formatRule } from "../domain/messages/formatRule";
import { buildContext, DEFAULT_SET_ID } from "../domain/evaluation/context";
import type { Indicator } from "../domain/definitions/schema";
import { problemText, unknownThresholdText } from "../domain/messages";
import { langOption, parseCommand } from "./args";
import { readOverlayFile } from "./readOverlayFile";
import { UsageError } from "./UsageError";
import type { Io } from "./main";

/**
 * `ntm thresholds [--set] [--province] [--region] [--criteria] [--disadvantaged] [--json]`: the
 * threshold each indicator would be judged against, with its source, and which are unknown, so
 * users know what to supply (in the sheet's threshold column or a definitions file).
 */
export async function runThresholds(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, { disadvantaged: { type: "boolean" } });
  if (positionals.length > 0) throw new UsageError(`thresholds không nhận tệp (“${positionals[0]}”).`);
  const lang = langOption(values.lang);
  const built = buildContext({
    setId: values.set ?? DEFAULT_SET_ID,
    group: values.group ?? null,
    province: values.province ?? null,
    region: values.region ?? null,
    disadvantaged: !!values.disadvantaged,
    overlayJson: null,
    overlays: values.criteria ? [await readOverlayFile(values.criteria, lang)] : [],
  });
  if (!built.ok) throw new UsageError(built.problems.map((p) => problemText(p, lang)).join("\n"));
  const { ctx } = built;
  // A set whose indicators come from the sheet lists those a definitions file gives thresholds for.
  const extra = (no: number, listed: Set<string>) =>
    [...new Set(ctx.overlays.flatMap((o) => Object.keys(o.overlay.thresholds)))]
      .filter((code) => Number(code.split(".")[0]) === no && !listed.has(code))
      .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
      .map((code): Indicator => ({ code, name: code, kind: "count", thresholds: {} }));
  const rows = ctx.set.criteria.flatMap((c) =>
    [...c.indicators, ...extra(c.no, new Set(c.indicators.map((i) => i.code)))].map((i) => {
      const t = resolveThreshold(ctx.set, i.code, { region: ctx.region, disadvantaged: ctx.disadvantaged, overlays: ctx.overlays }, i);
      return {
        criterion: c.no,
        code: i.code,
        name: i.name,
        threshold: t.rule ? formatRule(t.rule, lang) : null,
        origin: t.origin,
        source: t.source,
        note: t.rule || !t.unknown ? null : unknownThresholdText(t.unknown, lang),
      };
    }),
  );
  if (values.json) {
    io.stdout.write(JSON.stringify({ set: ctx.set.id, region: ctx.region, province: ctx.province, indicators: rows }, null, 2) + "\n");
    return 0;
  }
  const vi = lang === "vi";
  const known = rows.filter((r) => r.threshold);
  const lines = [
    `${vi ? "Bộ tiêu chí" : "Criteria set"}: ${ctx.set.name}; ${vi ? "vùng" : "region"}: ${ctx.region ?? (vi ? "(chưa chọn)" : "(not set)")}${ctx.province ? `; ${vi ? "tỉnh" : "province"}: ${ctx.province}` : ""}`,
    ctx.set.indicatorsFrom === "sheet"
      ? vi
        ? `Bộ tiêu chí này chỉ có danh mục ${ctx.set.criteria.length} tiêu chí: chỉ tiêu và mức chuẩn lấy từ biểu của xã (cột mức chuẩn, hoặc các cột Nhóm 1 | Nhóm 2 | Nhóm 3)${rows.length ? `; tệp định nghĩa có ${known.length} mức chuẩn` : ""}.`
        : `This set lists its ${ctx.set.criteria.length} criteria only: indicators and thresholds come from the commune's form (its threshold column, or Nhóm 1 | Nhóm 2 | Nhóm 3 columns)${rows.length ? `; the definitions file gives ${known.length} thresholds` : ""}.`
      : vi
        ? `Đã có mức chuẩn: ${known.length}/${rows.length} chỉ tiêu.`
        : `Thresholds known: ${known.length}/${rows.length} indicators.`,
    "",
  ];
  for (const p of built.problems) lines.push(`! ${problemText(p, lang)}`);
  for (const r of rows) {
    const thr = r.threshold ?? (vi ? "CHƯA CÓ — không đánh giá" : "UNKNOWN — not assessed");
    lines.push(`${r.code.padEnd(6)} ${thr.padEnd(34)} ${r.name.slice(0, 70)}`);
    if (r.source) lines.push(`       ${vi ? "nguồn" : "source"} (${r.origin}): ${r.source.slice(0, 160)}`);
  }
  lines.push(
    "",
    vi
      ? "Bổ sung mức chuẩn còn thiếu: ghi vào cột “Chỉ tiêu đạt chuẩn” của bảng tính, hoặc tệp định nghĩa (--criteria, xem README)."
      : "Supply missing thresholds in the sheet's threshold column, or a definitions file (--criteria, see the README).",
  );
  io.stdout.write(lines.join("\n") + "\n");
  return 0;
}
