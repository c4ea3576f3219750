/** Office's theme, read before the pane's first render (part of the first load: keep it small). */

/**
 * Whether Office's theme is dark: its body background is dark (relative luminance below 0.4).
 * Absent or unreadable colours read as light, Office's default.
 */
export function isDarkOfficeTheme(theme: { bodyBackgroundColor?: string } | null | undefined): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec(theme?.bodyBackgroundColor?.trim() ?? "");
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  const lum = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  return lum < 0.4;
}

/** Office's body background colour, when the host tells (officeTheme is missing on some platforms). */
export function officeBodyBackground(): string | undefined {
  try {
    return Office.context.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}
