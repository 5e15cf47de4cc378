import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { ApiResult } from "../../api/client";
import { CompetencyApi } from "../../api/competency-client";
import type { CompetencyView } from "../../api/competency-types";
import type { ApiError } from "../../api/types";
import { EmptyState } from "../../common/EmptyState";
import { ErrorBar } from "../../common/ErrorBar";
import { Loading } from "../../common/Loading";
import { Section } from "../../common/Section";
import { useApi } from "../../common/use-api";
import { todayInWib } from "../../i18n/format";
import { useLocale } from "../../i18n/LocaleProvider";
import type { ScreenProps } from "../../shell/screens";
import { CountBarChart } from "../supervisor/eval/CountBarChart";
import { useCompetencyText } from "./competency-strings";
import { JpComplianceTable } from "./JpComplianceTable";
import { TnaTopicsTable } from "./TnaTopicsTable";

const useStyles = makeStyles({ bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "flex-end" } });
const CITY = "";

interface Loaded {
  opds: { id: string; name: string }[];
  view: CompetencyView;
}

/**
 * "Kebutuhan pelatihan (TNA)": confirmed development needs and the 20 JP compliance. Admins and the Pengelola
 * Kompetensi choose the city or an OPD (and export .xlsx); the head of an OPD sees their own, as the policy allows.
 */
export function TnaScreen({ api, me }: ScreenProps) {
  const styles = useStyles();
  const c = useCompetencyText();
  const competency = useMemo(() => new CompetencyApi(api), [api]);
  const cityWide = me.roles.includes("admin") || me.roles.includes("kompetensi");
  const [yearText, setYearText] = useState(() => todayInWib().slice(0, 4));
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const [scope, setScope] = useState(CITY);
  const opdId = cityWide ? scope : me.person.unitId;
  const load = useCallback(async (): Promise<ApiResult<Loaded>> => {
    if (!year) return { ok: false, status: 0, error: { code: "bad_year", message: { id: c("yearInvalid"), en: c("yearInvalid") } } };
    if (!cityWide) {
      const own = await competency.opd(opdId ?? "", year);
      return own.ok ? { ...own, data: { opds: [], view: own.data } } : own;
    }
    const [city, opd] = await Promise.all([competency.city(year), opdId ? competency.opd(opdId, year) : undefined]);
    if (!city.ok) return city;
    if (opd && !opd.ok) return opd;
    return { ok: true, status: 200, data: { opds: city.data.jp.opds.map((o) => ({ id: o.id, name: o.name })), view: opd ? opd.data : city.data } };
  }, [competency, cityWide, opdId, year, c]);
  const data = useApi(load);
  const [error, setError] = useState<ApiError>();
  const st = data.state;
  const scopeName = st.status === "ready" ? (opdId ? (st.data.opds.find((o) => o.id === opdId)?.name ?? st.data.view.jp.total.name) : c("scopeCity")) : "";

  const download = async () => {
    if (!year) return;
    const r = await competency.tnaXlsx(year, opdId || undefined);
    if (!r.ok) return setError(r.error);
    setError(undefined);
    const url = URL.createObjectURL(r.data);
    const a = document.createElement("a");
    a.href = url;
    a.download = `analisis-kebutuhan-pelatihan-${opdId || "kota"}-${year}.xlsx`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <Section title={c("tnaTitle")}>
      <Text>{c("tnaHint")}</Text>
      <div className={styles.bar}>
        <Field label={c("fYear")} {...(year ? {} : { validationState: "error" as const, validationMessage: c("yearInvalid") })}>
          <Input inputMode="numeric" value={yearText} onChange={(_e, d) => setYearText(d.value)} />
        </Field>
        {cityWide && (
          <Field label={c("fScope")}>
            <Select value={scope} onChange={(_e, d) => setScope(d.value)}>
              <option value={CITY}>{c("scopeCity")}</option>
              {(st.status === "ready" ? st.data.opds : []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {cityWide && year && <Button onClick={() => void download()}>{c("download")}</Button>}
      </div>
      {error && <ErrorBar error={error} />}
      {st.status === "loading" && <Loading />}
      {st.status === "failed" && year && <ErrorBar error={st.error} onRetry={data.reload} />}
      {st.status === "ready" && year && (
        <>
          <Section title={c("topicsTitle")} level={3}>
            {st.data.view.tna.topics.length === 0 ? (
              <EmptyState>{c("topicsEmpty", { scope: scopeName, year })}</EmptyState>
            ) : (
              <>
                <CountBarChart title={c("chartTitle")} valueHeader={c("chartValue")} testId="tna-chart" bars={st.data.view.tna.topics.map((t) => ({ label: t.label, value: t.employeeCount }))} />
                <TnaTopicsTable topics={st.data.view.tna.topics} />
              </>
            )}
          </Section>
          <JpSection view={st.data.view} city={!opdId} />
        </>
      )}
    </Section>
  );
}

/** The 20 JP compliance: the total, a chart of the shares, per OPD (city) and per unit. */
function JpSection({ view, city }: { view: CompetencyView; city: boolean }) {
  const c = useCompetencyText();
  const { number } = useLocale();
  const jp = view.jp;
  const target = number(jp.target);
  const rows = city ? jp.opds : jp.units;
  return (
    <Section title={c("jpTitle", { target })} level={3}>
      {jp.total.employees === 0 ? (
        <EmptyState>{c("jpEmpty")}</EmptyState>
      ) : (
        <>
          <Text data-testid="jp-total">{c("jpTotal", { reached: number(jp.total.reached), employees: number(jp.total.employees), share: `${number(jp.total.share)}%`, target, year: jp.year })}</Text>
          <CountBarChart title={c("jpChart", { target })} valueHeader={c("colShare")} testId="jp-chart" bars={rows.map((r) => ({ label: r.name, value: r.share }))} />
          {city && <JpComplianceTable title={c("jpByOpd")} firstHeader={c("colOpd")} rows={jp.opds} target={jp.target} testId="jp-opds" />}
          <JpComplianceTable title={c("jpByUnit")} firstHeader={c("colUnit")} rows={jp.units} target={jp.target} testId="jp-units" />
        </>
      )}
    </Section>
  );
}
