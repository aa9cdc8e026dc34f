import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorNote, Withheld, withheld } from '../errors';
import { formatDateTime, formatNumber } from '../format';
import { latestState } from '../latestState';
import { AreaStationsQuery, StationExceedancesQuery } from '../queries';
import { UnitPicker } from '../UnitPicker';
import { Link } from '../useRoute';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** How far back a silent station's last reading is looked for. */
const LOOK_BACK_DAYS = 90;

/** The minute, in Vietnam's time, as a datetime-local input writes it. */
function localMinute(date: Date): string {
  return new Date(date.getTime() + 7 * HOUR).toISOString().slice(0, 16);
}

function duration(t: (key: string, options?: Record<string, unknown>) => string, minutes: number) {
  return minutes >= 48 * 60
    ? t('stations.days', { count: Math.floor(minutes / 1440) })
    : t('stations.hours', { count: Math.floor(minutes / 60) });
}

function StationRow({
  station,
  at,
  keep,
  onRead,
}: {
  station: {
    id: string;
    code?: string | null;
    name?: string | null;
    adminUnit?: { name: string } | null;
    facility?: { id: string; name: string } | null;
    zone?: { id: string; name: string } | null;
    cluster?: { id: string; name: string } | null;
    parameters?: Array<{ code: string }> | null;
    lastReadingAt?: string | null;
  };
  at: Date;
  /** the area's own parameters, kept in the chart's address so that the list comes back with it */
  keep: string;
  onRead: (id: string) => void;
}) {
  const { t } = useTranslation();
  const parameter = station.parameters?.[0]?.code ?? '';
  const since = new Date(at.getTime() - LOOK_BACK_DAYS * DAY);
  const state = latestState(station.lastReadingAt ?? null, since, at);
  const lastReading = state?.lastReading ? new Date(state.lastReading) : null;
  const end = lastReading ?? at;
  const [exceeding] = useQuery({
    query: StationExceedancesQuery,
    variables: {
      id: station.id,
      from: new Date(end.getTime() - DAY).toISOString(),
      to: new Date(end.getTime() + 1000).toISOString(),
    },
    pause: !lastReading,
  });
  const exceedances = exceeding.data?.monitoringStation?.exceedances ?? [];
  const done = !parameter || !lastReading || !exceeding.fetching;
  useEffect(() => {
    if (done) onRead(station.id);
  }, [done, onRead, station.id]);
  const worst = exceedances[exceedances.length - 1];
  const place = station.facility ?? station.zone ?? station.cluster;
  const chartFrom = new Date(end.getTime() - 7 * DAY);
  const chart = `/monitoring?station=${encodeURIComponent(station.id)}&parameter=${encodeURIComponent(parameter)}&from=${localMinute(chartFrom).slice(0, 10)}&to=${localMinute(new Date(end.getTime() + DAY)).slice(0, 10)}&${keep}`;
  return (
    <tr data-testid="station-row" data-station={station.code ?? station.id}>
      <th scope="row">
        {station.code ?? station.id}
        <br />
        <small>{station.name}</small>
      </th>
      <td>
        {place?.name ?? '—'}
        <br />
        <small>{station.adminUnit?.name}</small>
      </td>
      <td data-testid="last-reading">
        {state.lastReading
          ? formatDateTime(state.lastReading)
          : t('stations.none', { days: LOOK_BACK_DAYS })}
      </td>
      <td data-testid="silent">
        {state.silentMinutes != null ? (
          <span className="not-met">
            {t('stations.silentSince', { duration: duration(t, state.silentMinutes) })}
          </span>
        ) : (
          t('stations.no')
        )}
      </td>
      <td data-testid="exceeding">
        {!lastReading ? (
          '—'
        ) : exceeding.fetching ? (
          <progress aria-label={t('loading')} />
        ) : worst ? (
          <span className="not-met">
            {t('stations.yes')}:{' '}
            {t('stations.exceedances', {
              count: exceedances.length,
              parameter: worst.parameter,
              value: formatNumber(worst.value),
              limit: formatNumber(worst.limit),
              time: formatDateTime(worst.measuredAt),
            })}
          </span>
        ) : (
          t('stations.no')
        )}
        <ErrorNote error={exceeding.error} />
      </td>
      <td>
        {parameter ? (
          <Link to={chart}>
            {t('stations.chart')} {station.code ?? ''}
          </Link>
        ) : null}
      </td>
    </tr>
  );
}

/** The stations of an area and their latest state, each linking to its chart. */
export function AreaStations() {
  const { t } = useTranslation();
  const params = new URLSearchParams(window.location.search);
  const [unit, setUnit] = useState(params.get('unit') ?? '');
  const [atText, setAtText] = useState(params.get('at') ?? localMinute(new Date()));
  const [asked, setAsked] = useState<{ unit: string; at: Date } | undefined>(
    params.has('unit') || params.has('at')
      ? { unit: unit.trim(), at: new Date(`${atText}:00+07:00`) }
      : undefined,
  );
  const [read, setRead] = useState<ReadonlySet<string>>(new Set());
  const [result] = useQuery({
    query: AreaStationsQuery,
    variables: {
      filter: asked?.unit ? { adminUnitCode: asked.unit } : {},
      at: asked?.at.toISOString(),
    },
    pause: !asked,
  });
  const stations = result.data?.monitoringStations?.edges ?? [];
  const onRead = (id: string) =>
    setRead((before) => (before.has(id) ? before : new Set([...before, id])));
  const badAt = Number.isNaN(new Date(`${atText}:00+07:00`).getTime());
  return (
    <section data-testid="area-stations">
      <h2>{t('stations.heading')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (badAt) return;
          setRead(new Set());
          setAsked({ unit: unit.trim(), at: new Date(`${atText}:00+07:00`) });
        }}
      >
        <UnitPicker label={t('stations.unit')} value={unit} onChange={setUnit} />
        <label>
          {t('stations.at')}
          <input
            type="datetime-local"
            name="at"
            value={atText}
            onChange={(e) => setAtText(e.target.value)}
          />
        </label>
        <button type="submit" disabled={badAt}>
          {t('stations.show')}
        </button>
      </form>
      {result.fetching ? <progress aria-label={t('loading')} /> : null}
      {withheld(result.error, 'monitoringStations') ||
      (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN') ?? false) ? (
        <p>
          <Withheld />
        </p>
      ) : (
        <ErrorNote error={result.error} />
      )}
      {result.data && stations.length === 0 ? <p>{t('stations.empty')}</p> : null}
      {stations.length > 0 && asked ? (
        <>
          <p>
            {t('stations.count', { count: result.data?.monitoringStations?.totalCount ?? 0 })} ·{' '}
            {t('stations.explain')}
          </p>
          {read.size < stations.length ? (
            <p>
              <progress
                max={stations.length}
                value={read.size}
                aria-label={t('stations.reading', { done: read.size, total: stations.length })}
              />{' '}
              {t('stations.reading', { done: read.size, total: stations.length })}
            </p>
          ) : null}
          <table data-testid="stations-table">
            <thead>
              <tr>
                <th scope="col">{t('stations.code')}</th>
                <th scope="col">{t('stations.place')}</th>
                <th scope="col">{t('stations.lastReading')}</th>
                <th scope="col">{t('stations.silent')}</th>
                <th scope="col">{t('stations.exceeding')}</th>
                <th scope="col">{t('stations.chart')}</th>
              </tr>
            </thead>
            <tbody>
              {stations.map(({ node }) => (
                <StationRow
                  key={node.id}
                  station={node}
                  at={asked.at}
                  keep={new URLSearchParams({
                    unit: asked.unit,
                    at: localMinute(asked.at),
                  }).toString()}
                  onRead={onRead}
                />
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
