import type { z } from "zod";
import type { DefinitionsError, FoundValue } from "../problems/Problem";

type PathKey = PropertyKey;

/** The value at a path; undefined when the field is missing or the path goes through a value that is no object. */
function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** The value found at a path, as JSON of at most 40 characters; null when the field is missing. */
export function foundValue(root: unknown, path: readonly PathKey[]): FoundValue {
  const value = valueAt(root, path);
  if (value === undefined) return null;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? text.slice(0, 37) + "..." : text;
}

function jsonPath(path: readonly PathKey[]): (string | number)[] {
  return path.map((k) => (typeof k === "number" ? k : String(k)));
}

/**
 * zod issues as data, each with the JSON path of the offending value and what was found there.
 * `input` is the value that was parsed.
 */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[], input: unknown): DefinitionsError[] {
  return issues.map((issue): DefinitionsError => {
    const path = jsonPath(issue.path);
    const got = foundValue(input, issue.path);
    switch (issue.code) {
      case "invalid_type":
        return { path, code: "expected-type", expected: issue.expected, got };
      case "invalid_format":
        return issue.path[issue.path.length - 1] === "id" ? { path, code: "bad-id", got } : { path, code: "bad-format", got };
      case "invalid_key":
        return { path, code: "bad-code", key: String(issue.path[issue.path.length - 1]) };
      case "invalid_value":
        return { path, code: "one-of", values: issue.values, got };
      case "too_small":
        return issue.origin === "string" ? { path, code: "empty" } : { path, code: "too-small" };
      case "custom":
        if (issue.message.startsWith("exactly one of atLeast, atMost, yes, none")) return { path, code: "one-rule" };
        return { path, code: "other", detail: issue.message };
      default:
        return { path, code: "other", detail: issue.message };
    }
  });
}
