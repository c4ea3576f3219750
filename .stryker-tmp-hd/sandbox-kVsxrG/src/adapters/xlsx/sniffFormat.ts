/**
 * What a file is, from its first bytes: a zip (.xlsx), an OLE2 compound file (.xls, or an
 * encrypted .xlsx, which Office stores as OLE2 with an "EncryptedPackage" stream).
 */
// @ts-nocheck

export function sniffFormat(bytes: Uint8Array): "xlsx" | "xls" | "encrypted" | "unknown" {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "xlsx";
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length >= 8 && ole.every((b, i) => bytes[i] === b)) {
    return containsUtf16(bytes, "EncryptedPackage") ? "encrypted" : "xls";
  }
  return "unknown";
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern: number[] = [];
  for (const ch of text) pattern.push(ch.charCodeAt(0), 0);
  const limit = Math.min(bytes.length, 1 << 20);
  outer: for (let i = 0; i + pattern.length <= limit; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}
