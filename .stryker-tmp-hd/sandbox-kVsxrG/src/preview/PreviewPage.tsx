// @ts-nocheck
import * as React from "react";
import { Button, FluentProvider, MessageBar, MessageBarBody, Spinner, Text, webLightTheme } from "@fluentui/react-components";
import type { WorkbookReadError } from "../adapters/xlsx/readGrid";
import type { Lang } from "../domain/messages/Lang";
import { limitText } from "../domain/messages/fileLimits";
import { App } from "../taskpane/App";
import { builtinCatalogue } from "../taskpane/catalogue";
import type { PaneHost } from "../taskpane/host";
import { createPreviewHost } from "./previewHost";
import { PreviewWorkbook } from "./PreviewWorkbook";
import { SheetView } from "./SheetView";
import { previewText, type PreviewT } from "./strings";

/** Where the page finds the bundled example (served by scripts/preview.ts next to dist/). */
export const EXAMPLE_URL = "examples/lien-son-2024.xlsx";

interface Loaded {
  workbook: PreviewWorkbook;
  host: PaneHost;
  /** Remounts the pane when another file is opened. */
  id: number;
}

export interface PreviewPageProps {
  initialLang: Lang;
  onLangChange?(lang: Lang): void;
}

let loadSeq = 0;

/** Opens a workbook from bytes; a file that is not a readable workbook gives the user's words instead. */
export async function openWorkbook(bytes: Uint8Array, fileName: string, t: PreviewT, lang: Lang = "vi"): Promise<{ ok: true; loaded: Loaded } | { ok: false; message: string }> {
  try {
    const workbook = await PreviewWorkbook.open(bytes, fileName);
    return { ok: true, loaded: { workbook, host: createPreviewHost(workbook), id: ++loadSeq } };
  } catch (err) {
    // WorkbookReadError by name: its module (with SheetJS) is loaded only when a file is opened.
    const r = err instanceof Error && err.name === "WorkbookReadError" ? (err as WorkbookReadError).reason : "corrupt";
    // Too big or a zip bomb: refused from the zip directory, before SheetJS parses anything.
    if (r === "too-large" && (err as WorkbookReadError).limit) return { ok: false, message: limitText((err as WorkbookReadError).limit!, lang, fileName) };
    const reason = t(r === "encrypted" ? "reasonEncrypted" : r === "corrupt" ? "reasonCorrupt" : "reasonNotWorkbook");
    return { ok: false, message: t("readError", { file: fileName, reason }) };
  }
}

/** The preview: a toolbar, the spreadsheet view of one workbook, and the real task pane next to it. */
export function PreviewPage({ initialLang, onLangChange }: PreviewPageProps): React.JSX.Element {
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const t = React.useMemo(() => previewText(lang), [lang]);
  const [loaded, setLoaded] = React.useState<Loaded | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState<"load" | "download" | null>("load");
  const inputRef = React.useRef<HTMLInputElement>(null);
  const inputId = React.useId();
  React.useSyncExternalStore(loaded?.workbook.subscribe ?? noSubscribe, () => loaded?.workbook.version ?? 0);

  const show = React.useCallback(
    async (bytes: Uint8Array, fileName: string) => {
      const opened = await openWorkbook(bytes, fileName, t, lang);
      if (opened.ok) {
        setLoaded(opened.loaded);
        setProblem(null);
      } else {
        setProblem(opened.message);
      }
    },
    [t, lang],
  );

  React.useEffect(() => {
    let live = true;
    fetch(EXAMPLE_URL)
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const bytes = new Uint8Array(await res.arrayBuffer());
        if (live) await show(bytes, EXAMPLE_URL.split("/").pop()!);
      })
      .catch((err) => live && setProblem(t("exampleMissing", { detail: err instanceof Error ? err.message : String(err) })))
      .finally(() => live && setBusy(null));
    return () => {
      live = false;
    };
  }, []);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy("load");
    try {
      await show(new Uint8Array(await file.arrayBuffer()), file.name);
    } catch (err) {
      setProblem(t("readError", { file: file.name, reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(null);
      if (inputRef.current) inputRef.current.value = "";
    }
  };

  const download = async () => {
    if (!loaded) return;
    setBusy("download");
    try {
      const bytes = await loaded.workbook.save();
      const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = downloadName(loaded.workbook.fileName);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setProblem(null);
    } catch (err) {
      setProblem(t("downloadError", { detail: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(null);
    }
  };

  const changeLang = (next: Lang) => {
    setLang(next);
    onLangChange?.(next);
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"} className="preview">
      <header className="toolbar">
        <Text as="h1" weight="semibold" size={400} className="toolbar-title">
          {t("title")}
        </Text>
        <input id={inputId} ref={inputRef} type="file" className="visually-hidden" tabIndex={-1} aria-hidden="true"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file-input" onChange={(ev) => void onFile(ev.target.files?.[0])} />
        <Button disabled={busy !== null} title={t("openFileHint")} onClick={() => inputRef.current?.click()}>
          {t("openFile")}
        </Button>
        <Button appearance="primary" disabled={busy !== null || !loaded} title={t("downloadHint")} onClick={() => void download()}>
          {t("download")}
        </Button>
        <span role="status" className="toolbar-status">
          {busy === "load" ? (
            <Spinner size="tiny" label={t("loading")} />
          ) : busy === "download" ? (
            <Spinner size="tiny" label={t("downloading")} />
          ) : loaded ? (
            <Text>
              {t("loaded", { file: loaded.workbook.fileName })}
              {loaded.workbook.editCount > 0 && ` · ${t("edits", { count: loaded.workbook.editCount })}`}
            </Text>
          ) : null}
        </span>
      </header>
      {problem && (
        <MessageBar intent="error" className="preview-problem">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <div className="workspace">
        <section className="sheet-area" aria-label={t("sheetArea", { file: loaded?.workbook.fileName ?? "" })}>
          {loaded && <SheetView key={loaded.id} workbook={loaded.workbook} lang={lang} t={t} />}
        </section>
        <div className="pane">
          {loaded && (
            <App key={loaded.id} host={loaded.host} catalogue={builtinCatalogue} initialLang={lang} onLangChange={changeLang} />
          )}
        </div>
      </div>
    </FluentProvider>
  );
}

function noSubscribe(): () => void {
  return () => undefined;
}

/** "lien-son-2024.xlsx" → "lien-son-2024-kiem-tra.xlsx" (the original file is never overwritten). */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/\.(xlsx|xls)$/i, "");
  return `${base}-kiem-tra.xlsx`;
}
