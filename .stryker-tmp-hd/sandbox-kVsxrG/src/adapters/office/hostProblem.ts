// @ts-nocheck
import type { HostProblem } from "../../app/WorkbookPort";
import { problem } from "../../domain/problems/Problem";

/**
 * Office error codes (OfficeExtension.Error.code; Excel.ErrorCodes and the common API codes) as
 * HostProblem codes. Office's own message is never passed on: it is not meant for users.
 */
const CODE_MAP: Record<string, HostProblem["code"]> = {
  AccessDenied: "host/protected-sheet",
  InvalidOperationInCellEditMode: "host/cell-edit-mode",
  RequestPayloadSizeLimitExceeded: "host/too-large",
  ResponsePayloadSizeLimitExceeded: "host/too-large",
  RangeExceedsLimit: "host/too-large",
  OperationCellsExceedLimit: "host/too-large",
  ItemNotFound: "host/not-found",
  ApiNotFound: "host/unsupported",
  NotImplemented: "host/unsupported",
  UnsupportedFeature: "host/unsupported",
};

/** The Office error code of a thrown value, or null when it carries none. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string" && code.length > 0) return code;
  }
  return null;
}

/** Maps a thrown Office error to a HostProblem; `detail` carries the Office code only. */
export function toHostProblem(error: unknown, sheet?: string): HostProblem {
  const code = officeErrorCode(error);
  const mapped = code ? CODE_MAP[code] : undefined;
  return problem(mapped ?? "host/other", code ? { detail: code } : {}, sheet !== undefined ? { sheet } : {});
}

/** Thrown by port methods that have no problem list in their result (readGrid, settings). */
export class OfficeHostError extends Error {
  constructor(readonly problem: HostProblem) {
    super(`Excel host problem: ${problem.code}${problem.params.detail ? ` (${problem.params.detail})` : ""}`);
    this.name = "OfficeHostError";
  }
}

export function isPayloadError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
