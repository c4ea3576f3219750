// @ts-nocheck
import type { Rule } from "../definitions/schema";

/** Where the threshold applied came from, in order of precedence. */
export type ThresholdOrigin = "definitions" | "overlay" | "catalogue" | "sheet" | "none";

/** The threshold applied to one indicator, or why there is none. */
export interface AppliedThreshold {
  rule: Rule | null;
  origin: ThresholdOrigin;
  /** Human-readable source: document and quoted phrase. */
  source: string | null;
  /** Region the catalogue figure is for (null when it applies everywhere or came from elsewhere). */
  region: string | null;
  /** Why the threshold is unknown, when rule is null. */
  unknown?: UnknownThreshold;
  /** A province's figure looser than the national one, set aside (the national figure applies). */
  looser?: { rule: Rule; document: string; nationalDocument: string };
}

/**
 * Why no threshold is known, as data: the set lacks the indicator, the region is unknown and the
 * threshold depends on it, or the data has none. `note` is the data's own (Vietnamese) note.
 */
export type UnknownThreshold =
  | { why: "not-in-set"; setId: string; indicator: string }
  | { why: "region-unknown"; note: string | null }
  /** The threshold is in commune-group sub-columns ("Nhóm 1 | Nhóm 2 | Nhóm 3") and the commune's group is not known. */
  | { why: "group-unknown"; note: string | null }
  /** An indicator the sheet defines, and the sheet gives it no threshold. */
  | { why: "not-in-sheet"; indicator: string }
  | { why: "no-data"; note: string | null };
