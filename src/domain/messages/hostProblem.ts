/** Problem codes a host can report (mirrors HostProblem in app/WorkbookPort.ts, kept here so domain stays pure). */
export type HostProblemCode = "protected-sheet" | "cell-edit-mode" | "too-large" | "not-found" | "unsupported" | "settings-not-saved" | "other";
