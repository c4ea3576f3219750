// @ts-nocheck
import * as path from "node:path";

/** Debian's Chromium (CHROMIUM_PATH to use another); the tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The built add-in the tests serve: dist/, or PREVIEW_DIST_DIR (a quicker development build). */
export function e2eDistDir(): string {
  return path.resolve(process.env.PREVIEW_DIST_DIR ?? path.resolve(__dirname, "../../dist"));
}
