/**
 * What the task pane shows while the rest of it loads (its first load: keep the imports here few and
 * light): the title, the language switch and the check button, which is remembered and run as soon
 * as the pane has loaded. Laid out like App's top, so that the swap does not move anything.
 */
import * as React from "react";
import { Button, FluentProvider, makeStyles, Spinner, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../domain/messages/Lang";
import { translator } from "./strings";
import { PANE_LAYOUT } from "./paneLayout";

const useStyles = makeStyles({
  ...PANE_LAYOUT,
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

export interface PaneShellProps {
  lang: Lang;
  onLangChange(lang: Lang): void;
  dark?: boolean;
  /** The check button was chosen: it runs once the pane has loaded. */
  checkQueued: boolean;
  onCheck(): void;
  /** The pane's code did not load (offline, a failed request). */
  failed?: boolean;
}

export function PaneShell({ lang, onLangChange, dark = false, checkQueued, onCheck, failed = false }: PaneShellProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(lang);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      <main className={styles.root} aria-busy={!failed}>
        <header className={styles.header}>
          <h1 className={styles.title}>{t("appTitle")}</h1>
          <Button className={styles.langButton} size="small" appearance="subtle" onClick={() => onLangChange(lang === "vi" ? "en" : "vi")}
            title={t("languageSwitchHint")} aria-label={t("languageSwitchHint")}>
            {t("languageSwitch")}
          </Button>
        </header>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={failed || checkQueued} onClick={onCheck}>
            {t("checkButton")}
          </Button>
        </div>
        {failed ? (
          <p role="alert" className={styles.failed}>{t("paneLoadFailed")}</p>
        ) : (
          <div role="status" aria-live="polite">
            <Spinner size="tiny" labelPosition="after" label={t(checkQueued ? "paneLoadingCheckQueued" : "paneLoading")} />
          </div>
        )}
      </main>
    </FluentProvider>
  );
}
