// @ts-nocheck
import { z } from "zod";

// No code generation: zod would otherwise probe `new Function` (refused by the pane's
// Content-Security-Policy, and reported as a violation) to compile faster parsers.
z.config({ jitless: true });

/** Where a threshold comes from: a legal document, and where it was read in a report, the quoted phrase. */
export const SourceSchema = z.object({
  document: z.string().min(1),
  quote: z.string().optional(),
  /** A report in shared/domain or another file the figure was read from. */
  file: z.string().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * What an indicator's figure must be. Percent values are in percent units (95 means 95 %).
 * Amounts are in base units of `unit` after scaling ("39 triệu đồng" → 39 with unit "triệu đồng/người/năm").
 */
export const RuleSchema = z.discriminatedUnion("kind", [
  /** The figure must be "Đạt" / "Có" / yes. */
  z.object({ kind: z.literal("yes") }),
  /** Nothing of the kind may exist: "Không", 0, "không có" (e.g. 9.1 temporary houses). */
  z.object({ kind: z.literal("none") }),
  z.object({ kind: z.literal("atLeast"), value: z.number(), unit: z.string() }),
  z.object({ kind: z.literal("atMost"), value: z.number(), unit: z.string() }),
]);
export type Rule = z.infer<typeof RuleSchema>;

/** A known threshold: a rule and its source. */
export const ThresholdSchema = z.object({ rule: RuleSchema, source: SourceSchema, note: z.string().optional() });
export type Threshold = z.infer<typeof ThresholdSchema>;

/**
 * The threshold of one indicator for each region (or commune group, for sets that group communes otherwise).
 * `all` applies where `byRegion` has no entry; where neither has one the threshold is unknown and
 * `unknownNote` says why. Never fill a figure that is not in a source.
 */
export const ThresholdTableSchema = z.object({
  all: ThresholdSchema.optional(),
  byRegion: z.record(z.string(), ThresholdSchema).optional(),
  unknownNote: z.string().optional(),
});
export type ThresholdTable = z.infer<typeof ThresholdTableSchema>;

/** How a figure is read and compared: yes/no, percent, an amount with a unit, a count, or "none allowed". */
export const ValueKindSchema = z.enum(["yesNo", "percent", "amount", "count", "none"]);
export type ValueKind = z.infer<typeof ValueKindSchema>;

export const IndicatorSchema = z.object({
  /** As communes number it: "4.2"; a criterion with one indicator uses its own number ("5"). */
  code: z.string().regex(/^\d+(\.\d+)?$/),
  /** Vietnamese name, as reports word it. */
  name: z.string().min(1),
  /** Short English name for the English UI. */
  nameEn: z.string().optional(),
  kind: ValueKindSchema,
  /** Unit figures are written in, for amount and count kinds ("triệu đồng/người/năm", "ha"). */
  unit: z.string().optional(),
  thresholds: ThresholdTableSchema,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const CriterionSchema = z.object({
  no: z.number().int().positive(),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  /** Empty in a set whose indicators come from the sheet (`indicatorsFrom: "sheet"`). */
  indicators: z.array(IndicatorSchema),
});
export type Criterion = z.infer<typeof CriterionSchema>;

/** A region (2021–2025) or commune group (2026–2030: "Nhóm 1" …) whose thresholds a commune uses. */
export const RegionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  nameEn: z.string().optional(),
  /** Which communes belong to it, as the decision says. */
  description: z.string().optional(),
  descriptionEn: z.string().optional(),
});
export type Region = z.infer<typeof RegionSchema>;

/** A criteria set (bộ tiêu chí): versioned, with its own regions or commune groups. */
export const CriteriaSetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  nameEn: z.string().optional(),
  /** The decision that issued it, e.g. "Quyết định 318/QĐ-TTg ngày 08/3/2022". */
  decision: z.string(),
  period: z.string(),
  /** The standard: xã nông thôn mới, nông thôn mới nâng cao, or a set a sheet defines (village, kiểu mẫu …). */
  level: z.enum(["ntm", "nang-cao", "sheet"]).optional(),
  /** In force from (ISO date). */
  effective: z.string().optional(),
  /** The document the criteria list is taken from. */
  source: SourceSchema.optional(),
  /**
   * "catalogue": the indicators and thresholds are listed here; "sheet": only the criteria are known,
   * every row coded N.x under criterion N is an indicator, named and judged as the sheet has it.
   */
  indicatorsFrom: z.enum(["catalogue", "sheet"]).optional(),
  /** How many indicators the decision has, where known (2026–2030: 47). */
  indicatorCount: z.number().int().positive().optional(),
  /** What `regions` are: regions of the country (2021–2025) or commune groups (2026–2030). */
  grouping: z.enum(["region", "group"]).optional(),
  regions: z.array(RegionSchema).min(1),
  /** Region whose thresholds extremely disadvantaged communes use, whatever their own region. */
  disadvantagedRegion: z.string().optional(),
  criteria: z.array(CriterionSchema).min(1),
});
export type CriteriaSet = z.infer<typeof CriteriaSetSchema>;

/**
 * A province overlay (or a user's own definitions file): raises or sets thresholds of a set.
 * Public format, documented in the README. Percent thresholds in percent units.
 */
const oneRule = (t: { atLeast?: number; atMost?: number; yes?: true; none?: true }): boolean =>
  [t.atLeast, t.atMost, t.yes, t.none].filter((x) => x !== undefined).length === 1;

/** One rule: exactly one of atLeast, atMost, yes, none. */
export const OverlayRuleSchema = z
  .object({
    atLeast: z.number().optional(),
    atMost: z.number().optional(),
    yes: z.literal(true).optional(),
    none: z.literal(true).optional(),
    unit: z.string().optional(),
  })
  .strict()
  .refine(oneRule, { message: "exactly one of atLeast, atMost, yes, none" });
export type OverlayRule = z.infer<typeof OverlayRuleSchema>;

export const OverlayThresholdSchema = z
  .object({
    atLeast: z.number().optional(),
    atMost: z.number().optional(),
    /** true: the figure must be "Đạt"/"Có". */
    yes: z.literal(true).optional(),
    /** true: none allowed. */
    none: z.literal(true).optional(),
    unit: z.string().optional(),
    /** A threshold per region or commune group ("nhom-1" …) instead of one for all. */
    byRegion: z.record(z.string().regex(/^[a-z0-9-]+$/), OverlayRuleSchema).optional(),
    source: z.string().optional(),
    quote: z.string().optional(),
    note: z.string().optional(),
  })
  .refine((t) => (t.byRegion ? [t.atLeast, t.atMost, t.yes, t.none].every((x) => x === undefined) : oneRule(t)), {
    message: "exactly one of atLeast, atMost, yes, none (or byRegion)",
  });
export type OverlayThreshold = z.infer<typeof OverlayThresholdSchema>;

export const OverlaySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  extends: z.string(),
  name: z.string(),
  source: z.string(),
  /** Province ids this overlay belongs to (so --province picks it). */
  provinces: z.array(z.string()).optional(),
  /**
   * The criteria of a set the file defines whole (`"extends": "sheet-defined"`): a village or kiểu mẫu
   * checklist, say, whose table matches no shipped set. Its indicators come from the sheet or `indicators`.
   */
  criteria: z.array(z.object({ no: z.number().int().positive(), name: z.string().min(1), nameEn: z.string().optional() }).strict()).min(1).optional(),
  /**
   * Indicators the file defines, for a set whose indicators come from the sheet (2026–2030): the name
   * and kind of each, so that a province's one file describes its whole form.
   */
  indicators: z
    .record(
      z.string().regex(/^\d+(\.\d+)?$/),
      z.object({ name: z.string().min(1), kind: ValueKindSchema.optional(), unit: z.string().optional() }).strict(),
    )
    .optional(),
  thresholds: z.record(z.string().regex(/^\d+(\.\d+)?$/), OverlayThresholdSchema),
});
export type Overlay = z.infer<typeof OverlaySchema>;

/** A province and its region, before (63) or after (34) the 2025 merger. */
export const ProvinceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  /** Other spellings seen in workbooks ("Lạng Sơn", "Tỉnh Lạng Sơn", "Lang Son"). */
  aliases: z.array(z.string()).optional(),
  era: z.enum(["before-2025", "after-2025", "both"]),
  /** Region id; absent when the province spans regions (then the user must give --region). */
  region: z.string().optional(),
  /** Regions spanned when `region` is absent. */
  spans: z.array(z.string()).optional(),
  /** For merged provinces: the ids of the provinces merged into it. */
  mergedFrom: z.array(z.string()).optional(),
});
export type Province = z.infer<typeof ProvinceSchema>;
export const ProvinceListSchema = z.array(ProvinceSchema);
