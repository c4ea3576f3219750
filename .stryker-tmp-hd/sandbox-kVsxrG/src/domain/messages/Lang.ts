/** The languages every word exists in: Vietnamese first, English complete. */
// @ts-nocheck

export type Lang = "vi" | "en";

export const LANGS: readonly Lang[] = ["vi", "en"];
