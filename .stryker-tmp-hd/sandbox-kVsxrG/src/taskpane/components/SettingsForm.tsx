// @ts-nocheck
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Combobox,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookSettings } from "../../app/WorkbookPort";
import type { CriteriaSet } from "../../domain/definitions/schema";
import type { PaneCatalogue } from "../host";
import { AUTO_SET, filterProvinces, groupSetFor, provinceOptions, regionName, regionSetFor, setName, type RegionState } from "../model";
import type { Translate } from "../strings";
import type { Lang } from "../../domain/messages/Lang";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  wide: { width: "100%", minWidth: 0 },
  /** A long set or region name stays on one line, cut with "…" (its full name is in the list). */
  oneLine: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", display: "block", minWidth: 0 },
  hiddenInput: { display: "none" },
});

export interface SettingsFormProps {
  t: Translate;
  lang: Lang;
  catalogue: PaneCatalogue;
  sets: CriteriaSet[];
  settings: WorkbookSettings;
  region: RegionState;
  disabled: boolean;
  onChange(next: WorkbookSettings): void;
  /** A check was asked for without a province: say so on the field. */
  provinceRequired?: boolean;
}

/**
 * The province first (it changes verdicts), then the criteria set, region and "xã đặc biệt khó
 * khăn"; a user's own thresholds file under "Nâng cao". Typed text that names no province is an
 * error on the field, never a silent check without one.
 */
export function SettingsForm(props: SettingsFormProps): React.JSX.Element {
  const { t, lang, catalogue, sets, settings, region, disabled, onChange, provinceRequired = false } = props;
  const styles = useStyles();
  const chosenSet = sets.find((s) => s.id === settings.setId);
  // The region field follows the set judged by region; the group field the set of commune groups.
  const set = regionSetFor(settings.setId, sets);
  const groupSet = groupSetFor(settings.setId, sets);
  const auto = settings.setId === AUTO_SET;
  const provinces = React.useMemo(() => provinceOptions(catalogue.listProvinces(), lang), [catalogue, lang]);
  const selectedProvince = provinces.find((p) => p.id === settings.province) ?? null;
  const [query, setQuery] = React.useState(selectedProvince?.label ?? "");
  React.useEffect(() => setQuery(selectedProvince?.label ?? ""), [selectedProvince?.label]);
  const matches = filterProvinces(provinces, query === selectedProvince?.label ? "" : query);
  // Text left in the box that is not the chosen province: no province was chosen.
  const [left, setLeft] = React.useState(false);
  const typedUnknown = query.trim() !== "" && query !== selectedProvince?.label && (matches.length === 0 || left);
  const provinceMessage = typedUnknown ? t("provinceNoMatch", { query: query.trim() }) : provinceRequired && !settings.province ? t("provinceRequired") : undefined;

  const update = (patch: Partial<WorkbookSettings>) => onChange({ ...settings, ...patch });

  const regionHint = (() => {
    const province = selectedProvince?.label ?? "";
    if (region.mode === "inferred") return t("regionInferred", { province });
    if (region.mode === "spans") return t("regionSpans", { province });
    if (region.value === null) return settings.province ? t("regionUnknown") : t("regionNoProvince");
    return undefined;
  })();

  const disadvantagedRegion = set?.disadvantagedRegion;

  return (
    <div className={styles.form}>
      <Field label={t("provinceLabel")} required validationState={provinceMessage ? "error" : "none"} validationMessage={provinceMessage}>
        <Combobox
          className={styles.wide}
          disabled={disabled}
          freeform
          clearable
          placeholder={t("provincePlaceholder")}
          onBlur={() => setLeft(true)}
          value={query}
          selectedOptions={settings.province ? [settings.province] : []}
          onChange={(ev) => {
            const text = ev.target.value;
            setQuery(text);
            setLeft(false);
            if (text.trim() === "" && settings.province) update({ province: null, region: null });
          }}
          onOptionSelect={(_, data) => {
            const id = data.optionValue ?? null;
            setQuery(data.optionText ?? "");
            update({ province: id, region: id ? null : settings.region });
          }}
        >
          {matches.map((p) => (
            <Option key={p.id} value={p.id}>
              {p.label}
            </Option>
          ))}
        </Combobox>
      </Field>

      <Field label={t("setLabel")}>
        <Dropdown
          className={styles.wide}
          disabled={disabled}
          placeholder={t("setPlaceholder")}
          button={{ className: styles.oneLine, title: chosenSet ? setName(chosenSet, lang) : t("setAuto") }}
          value={chosenSet ? setName(chosenSet, lang) : t("setAuto")}
          selectedOptions={[chosenSet ? chosenSet.id : AUTO_SET]}
          onOptionSelect={(_, data) => data.optionValue && update({ setId: data.optionValue })}
        >
          <Option key={AUTO_SET} value={AUTO_SET} text={t("setAuto")}>
            {t("setAuto")}
          </Option>
          {sets.map((s) => (
            <Option key={s.id} value={s.id}>
              {setName(s, lang)}
            </Option>
          ))}
        </Dropdown>
      </Field>

      {groupSet && (
        <Field label={t("groupLabel")} hint={settings.group ? groupSet.regions.find((r) => r.id === settings.group)?.[lang === "en" ? "descriptionEn" : "description"] : t(auto ? "groupFromTitleAuto" : "groupFromTitle")}>
          <Dropdown
            className={styles.wide}
            disabled={disabled}
            button={{ className: styles.oneLine }}
            value={settings.group ? regionName(groupSet, settings.group, lang) : t("groupFromTitleShort")}
            selectedOptions={[settings.group ?? ""]}
            onOptionSelect={(_, data) => update({ group: data.optionValue ? data.optionValue : null })}
          >
            <Option value="" text={t("groupFromTitleShort")}>
              {t("groupFromTitleShort")}
            </Option>
            {groupSet.regions.map((r) => (
              <Option key={r.id} value={r.id}>
                {regionName(groupSet, r.id, lang)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}

      {set && (
      <Field label={t("regionLabel")} hint={auto ? (regionHint ? `${regionHint} ${t("regionAutoNote")}` : t("regionAutoNote")) : regionHint}>
        <Dropdown
          className={styles.wide}
          disabled={disabled || !region.editable}
          placeholder={t("regionPlaceholder")}
          button={{ className: styles.oneLine }}
          value={region.value ? regionName(set, region.value, lang) : ""}
          selectedOptions={region.value ? [region.value] : []}
          onOptionSelect={(_, data) => update({ region: data.optionValue ?? null })}
        >
          {region.options.map((id) => (
            <Option key={id} value={id}>
              {regionName(set, id, lang)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      )}

      <Field hint={settings.disadvantaged && disadvantagedRegion ? t("disadvantagedHint", { region: regionName(set, disadvantagedRegion, lang) }) : undefined}>
        <Checkbox
          disabled={disabled}
          label={t("disadvantagedLabel")}
          checked={settings.disadvantaged}
          onChange={(_, data) => update({ disadvantaged: data.checked === true })}
        />
      </Field>

      {settings.province && catalogue.provinceOverlay && (() => {
        const name = catalogue.provinceOverlay(settings.province, chosenSet?.id ?? set?.id ?? settings.setId);
        return name ? <Text size={200}>{t("provinceOverlay", { name })}</Text> : null;
      })()}

      <Accordion collapsible defaultOpenItems={settings.overlayJson ? ["advanced"] : []}>
        <AccordionItem value="advanced">
          <AccordionHeader size="small">{t("advancedTitle")}</AccordionHeader>
          <AccordionPanel>
            <OverlayPicker t={t} lang={lang} catalogue={catalogue} disabled={disabled} overlayJson={settings.overlayJson}
              onChange={(overlayJson) => update({ overlayJson })} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}

interface OverlayPickerProps {
  t: Translate;
  lang: Lang;
  catalogue: PaneCatalogue;
  disabled: boolean;
  overlayJson: string | null;
  onChange(json: string | null): void;
}

/** A JSON file picker that keeps the file's text only when the catalogue accepts it. */
function OverlayPicker({ t, lang, catalogue, disabled, overlayJson, onChange }: OverlayPickerProps): React.JSX.Element {
  const styles = useStyles();
  const inputRef = React.useRef<HTMLInputElement>(null);
  const inputId = React.useId();
  const [problem, setProblem] = React.useState<{ title: string; errors: string[] } | null>(null);
  const current = overlayJson ? catalogue.validateOverlay(overlayJson, lang) : null;
  const shown = problem ?? (current && !current.ok ? { title: t("overlayInvalid", { file: "JSON" }), errors: current.errors } : null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setProblem({ title: t("overlayUnreadable", { file: file.name }), errors: [] });
      return;
    }
    const verdict = catalogue.validateOverlay(text, lang);
    if (verdict.ok) {
      setProblem(null);
      onChange(text);
    } else {
      setProblem({ title: t("overlayInvalid", { file: file.name }), errors: verdict.errors });
    }
    if (inputRef.current) inputRef.current.value = "";
  };

  return (
    <Field label={{ children: t("overlayLabel"), htmlFor: inputId }}>
      <div className={styles.row}>
        <input
          id={inputId}
          ref={inputRef}
          className={styles.hiddenInput}
          type="file"
          accept=".json,application/json"
          disabled={disabled}
          onChange={(ev) => void onFile(ev.target.files?.[0])}
        />
        <Button disabled={disabled} onClick={() => inputRef.current?.click()}>
          {t("overlayChoose")}
        </Button>
        {overlayJson && (
          <Button appearance="subtle" disabled={disabled} onClick={() => { setProblem(null); onChange(null); }}>
            {t("overlayRemove")}
          </Button>
        )}
        <Text size={200}>
          {current === null ? t("overlayNone") : current.ok ? t("overlayLoaded", { name: current.name }) : t("overlayLoadedUnnamed")}
        </Text>
      </div>
      {shown && (
        <MessageBar intent="error">
          <MessageBarBody>
            {shown.title}
            {shown.errors.length > 0 && (
              <ul>
                {shown.errors.map((e, i) => (
                  <li key={i}>{e}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </Field>
  );
}
