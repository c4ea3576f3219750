// @ts-nocheck
import * as React from "react";
import { Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, tokens, webLightTheme } from "@fluentui/react-components";
import { HelpPanel } from "./components/HelpPanel";
import { translator } from "./strings";
import type { Lang } from "../domain/messages/Lang";

const useStyles = makeStyles({
  root: { maxWidth: "720px", margin: "0 auto", padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

/**
 * The pane opened outside Office (a browser, the manifest's LearnMoreUrl / SupportUrl): says what
 * it is and how to install it, instead of a blank page.
 */
export function About({ initialLang = "vi", onLangChange }: { initialLang?: Lang; onLangChange?(lang: Lang): void }): React.JSX.Element {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const t = translator(lang);
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      <main className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.title}>{t("appTitle")}</h1>
          <Button
            appearance="subtle"
            aria-label={t("languageSwitchHint")}
            onClick={() => {
              const next: Lang = lang === "vi" ? "en" : "vi";
              setLang(next);
              onLangChange?.(next);
            }}
          >
            {t("languageSwitch")}
          </Button>
        </header>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("aboutOutsideOffice")}</MessageBarBody>
        </MessageBar>
        <HelpPanel t={t} />
      </main>
    </FluentProvider>
  );
}
