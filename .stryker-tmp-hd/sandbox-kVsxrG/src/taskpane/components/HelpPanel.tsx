// @ts-nocheck
import * as React from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Translate } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { display: "block", margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  block: { display: "block" },
});

/** What the tool does, how its marks and Undo behave, how to install it, where to get help. */
export function HelpPanel({ t, install = true }: { t: Translate; install?: boolean }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text as="p" className={styles.block}>{t("helpWhat")}</Text>
      <Text as="p" className={styles.block}>{t("helpMarks")}</Text>
      <Text as="p" className={styles.block}>{t("helpUndo")}</Text>
      {install && (
        <section aria-labelledby="help-install">
          <Text as="h3" id="help-install" className={styles.heading}>{t("helpInstallTitle")}</Text>
          <ul>
            <li>{t("helpInstallWindows")}</li>
            <li>{t("helpInstallMac")}</li>
            <li>{t("helpInstallWeb")}</li>
          </ul>
        </section>
      )}
      <section id="support" aria-labelledby="help-support">
        <Text as="h3" id="help-support" className={styles.heading}>{t("helpSupportTitle")}</Text>
        <Text as="p" className={styles.block}>{t("helpSupport")}</Text>
      </section>
    </div>
  );
}
