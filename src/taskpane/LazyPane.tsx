/**
 * The task pane in two steps: PaneShell (title, language, the check button, a loading text) at once,
 * then the pane itself (App, its host and the catalogue: one lazy chunk) as soon as it has loaded.
 * A check chosen in the shell runs when the pane is there; the language chosen carries over.
 */
import * as React from "react";
import type { Lang } from "../domain/messages/Lang";
import type { AppProps } from "./App";
import type { PaneCatalogue, PaneHost } from "./host";
import { PaneShell } from "./PaneShell";

export interface LoadedPane {
  App: React.ComponentType<AppProps>;
  host: PaneHost;
  catalogue: PaneCatalogue;
}

export interface LazyPaneProps {
  load(): Promise<LoadedPane>;
  initialLang: Lang;
  onLangChange?(lang: Lang): void;
  dark?: boolean;
}

export function LazyPane({ load, initialLang, onLangChange, dark = false }: LazyPaneProps): React.JSX.Element {
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [checkQueued, setCheckQueued] = React.useState(false);
  const [pane, setPane] = React.useState<LoadedPane | "failed" | null>(null);
  React.useEffect(() => {
    let live = true;
    load().then(
      (loaded) => live && setPane(loaded),
      () => live && setPane("failed"),
    );
    return () => {
      live = false;
    };
  }, [load]);

  if (pane === null || pane === "failed") {
    const changeLang = (next: Lang) => {
      setLang(next);
      onLangChange?.(next);
    };
    return <PaneShell lang={lang} onLangChange={changeLang} dark={dark} checkQueued={checkQueued} onCheck={() => setCheckQueued(true)} failed={pane === "failed"} />;
  }
  const { App, host, catalogue } = pane;
  return <App host={host} catalogue={catalogue} initialLang={lang} onLangChange={onLangChange} dark={dark} checkOnLoad={checkQueued} />;
}
