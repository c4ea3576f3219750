/** The pane's frame (page, header, title, language button): shared by the loading shell and the full pane, so one replaces the other without a jump. */
import { tokens } from "@fluentui/react-components";

export const PANE_LAYOUT = {
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  langButton: { flexShrink: 0 },
} as const;
