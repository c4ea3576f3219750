import type { z } from "zod";
import type { Lang } from "./formatRule";

type PathKey = PropertyKey;

/** A JSON path as users read it: `thresholds["4.2"].atLeast`, `provinces[0]`; the root is `(gốc)` / `(root)`. */
export function formatJsonPath(path: readonly PathKey[], lang: Lang = "vi"): string {
  if (path.length === 0) return lang === "vi" ? "(gốc tệp)" : "(root)";
  let out = "";
  path.forEach((key, i) => {
    // Indicator codes (keys under "thresholds") always in brackets: thresholds["x1"], thresholds["10"].
    const isCode = i > 0 && path[i - 1] === "thresholds";
    if (typeof key === "number") out += `[${key}]`;
    else if (!isCode && typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += (out === "" ? "" : ".") + key;
    else out += `[${JSON.stringify(String(key))}]`;
  });
  return out;
}

function valueAt(root: unknown, path: readonly PathKey[]): { found: boolean; value: unknown } {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== "object" || !(key in (cur as object))) return { found: false, value: undefined };
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: cur };
}

function describeValue(found: boolean, value: unknown, lang: Lang): string {
  if (!found || value === undefined) return lang === "vi" ? "không có (thiếu trường này)" : "nothing (the field is missing)";
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? text.slice(0, 37) + "..." : text;
}

const EXPECTED: Record<string, [string, string]> = {
  string: ["chuỗi văn bản", "a string"],
  number: ["số", "a number"],
  object: ["đối tượng {…}", "an object {…}"],
  array: ["danh sách […]", "a list […]"],
  boolean: ["true/false", "true/false"],
};

/**
 * zod issues as readable messages, each starting with the JSON path of the offending value.
 * `input` is the value that was parsed, used to quote what was found.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[], input: unknown, lang: Lang = "vi"): string[] {
  const vi = lang === "vi";
  return issues.map((issue) => {
    const where = formatJsonPath(issue.path, lang);
    const { found, value } = valueAt(input, issue.path);
    const got = describeValue(found, value, lang);
    switch (issue.code) {
      case "invalid_type": {
        const [eVi, eEn] = EXPECTED[issue.expected] ?? [issue.expected, issue.expected];
        return vi ? `${where}: cần ${eVi}, nhận được ${got}` : `${where}: expected ${eEn}, got ${got}`;
      }
      case "invalid_format":
        if (issue.path[issue.path.length - 1] === "id")
          return vi
            ? `${where}: ${got} không đúng dạng (chỉ chữ thường a-z, chữ số và dấu gạch ngang, ví dụ "lang-son")`
            : `${where}: ${got} is not valid (lower-case a-z, digits and hyphens only, e.g. "lang-son")`;
        return vi ? `${where}: ${got} không đúng dạng` : `${where}: ${got} is not in the expected format`;
      case "invalid_key": {
        const key = JSON.stringify(String(issue.path[issue.path.length - 1]));
        return vi
          ? `${where}: mã chỉ tiêu ${key} không đúng dạng (ví dụ "4.2" hoặc "10")`
          : `${where}: indicator code ${key} is not valid (e.g. "4.2" or "10")`;
      }
      case "invalid_value":
        return vi
          ? `${where}: chỉ nhận ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, nhận được ${got}`
          : `${where}: only ${issue.values.map((v) => JSON.stringify(v)).join(", ")} allowed, got ${got}`;
      case "too_small":
        if (issue.origin === "string")
          return vi ? `${where}: không được để trống` : `${where}: must not be empty`;
        return vi ? `${where}: quá nhỏ hoặc quá ít phần tử` : `${where}: too small or too few items`;
      case "custom":
        if (issue.message === "exactly one of atLeast, atMost, yes, none")
          return vi
            ? `${where}: cần đúng một trong các trường atLeast, atMost, yes, none`
            : `${where}: needs exactly one of atLeast, atMost, yes, none`;
        return `${where}: ${issue.message}`;
      default:
        return `${where}: ${issue.message}`;
    }
  });
}
