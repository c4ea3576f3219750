// @ts-nocheck
import { listProvinces, listSets } from "./builtIn";
import { validateOverlay, type ParseOverlayResult } from "./validateOverlay";

/** Validates a user's definitions file (already parsed JSON) against the built-in sets and provinces. */
export function parseOverlay(json: unknown): ParseOverlayResult {
  return validateOverlay(json, { sets: listSets(), provinces: listProvinces() });
}

/**
 * The one reader of a definitions file's text, for the command line and the pane alike: a
 * leading byte-order mark is dropped, a JSON syntax error becomes an error too.
 */
export function parseOverlayText(text: string): ParseOverlayResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ path: [], code: "json-syntax", detail }] };
  }
  return parseOverlay(json);
}
