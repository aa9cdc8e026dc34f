import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorNote } from '../errors';
import { formatDate, formatNumber } from '../format';
import { centreOf, type LatLon } from '../map/project';
import { type MapFacility, type MapSite, SiteMap } from '../map/SiteMap';
import { ZonesAndClustersQuery } from '../queries';
import { Link } from '../useRoute';

type Plant = MapSite['plant'];

interface Row {
  id: string;
  anchor: string;
  kind: 'zone' | 'cluster';
  name: string;
  detail: string;
  unit: string;
  status: string;
  areaHa: number | null | undefined;
  occupancyPercent: number | null | undefined;
  plant: {
    status: Plant;
    capacityM3PerDay?: number | null;
    commissionedOn?: string | null;
    compliant: boolean;
    autoMonitoring: boolean;
    deadline?: { dueBy: string; met?: boolean | null } | null;
  };
  tenantCount: number;
  tenants: Array<{ id: string; name: string; location?: LatLon | null }>;
}

const located = (tenants: Row['tenants']): LatLon[] =>
  tenants.flatMap((tenant) => (tenant.location ? [tenant.location] : []));

/** The zones and clusters: their plants, their tenants, and where they are. */
export function Zones() {
  const { t } = useTranslation();
  const [result] = useQuery({ query: ZonesAndClustersQuery });
  const data = result.data;
  const rows: Row[] = [
    ...(data?.zones.edges ?? []).map(({ node }) => ({
      id: node.id,
      anchor: `zone-${node.code}`,
      kind: 'zone' as const,
      name: node.name,
      detail: t(`zones.zoneKind.${node.kind}`),
      unit: node.adminUnit.name,
      status: t(`zones.status.${node.status}`),
      areaHa: node.areaHa,
      occupancyPercent: node.occupancyPercent,
      plant: node.wastewaterPlant,
      tenantCount: node.tenantCount,
      tenants: node.facilities,
    })),
    ...(data?.clusters.edges ?? []).map(({ node }) => ({
      id: node.id,
      anchor: `cluster-${node.id}`,
      kind: 'cluster' as const,
      name: node.name,
      detail: t('zones.cluster'),
      unit: node.adminUnit.name,
      status: t(`zones.status.${node.status}`),
      areaHa: node.areaHa,
      occupancyPercent: node.occupancyPercent,
      plant: node.wastewaterPlant,
      tenantCount: node.tenantCount,
      tenants: node.facilities,
    })),
  ];
  const sites: MapSite[] = rows.flatMap((row) => {
    const points = located(row.tenants);
    const at = centreOf(points);
    return at
      ? [
          {
            id: row.id,
            anchor: row.anchor,
            kind: row.kind,
            name: row.name,
            plant: row.plant.status,
            tenantCount: row.tenantCount,
            placedBy: points.length,
            at,
          },
        ]
      : [];
  });
  const placed = new Map(sites.map((site) => [site.id, site.placedBy]));
  const facilities: MapFacility[] = [
    ...rows.flatMap((row) =>
      row.tenants.flatMap((tenant) =>
        tenant.location ? [{ id: tenant.id, setting: row.kind, at: tenant.location }] : [],
      ),
    ),
    ...(data?.standalone.edges ?? []).flatMap(({ node }) =>
      node.location ? [{ id: node.id, setting: 'standalone' as const, at: node.location }] : [],
    ),
  ];
  const plantCounts = (['OPERATING', 'UNDER_CONSTRUCTION', 'NONE'] as const).map((status) => ({
    status,
    zones: rows.filter((r) => r.kind === 'zone' && r.plant.status === status).length,
    clusters: rows.filter((r) => r.kind === 'cluster' && r.plant.status === status).length,
  }));
  const shownAll =
    !data ||
    (data.zones.edges.length === data.zones.totalCount &&
      data.clusters.edges.length === data.clusters.totalCount &&
      data.standalone.edges.length === data.standalone.totalCount);

  return (
    <>
      <h1>{t('zones.heading')}</h1>
      {result.fetching ? <progress aria-label={t('loading')} /> : null}
      <ErrorNote error={result.error} />
      {data ? (
        <>
          <p data-testid="zones-summary">
            {t('zones.summary', {
              zones: data.zones.totalCount,
              clusters: data.clusters.totalCount,
              standalone: data.standalone.totalCount,
            })}{' '}
            {plantCounts
              .map((c) =>
                t('zones.plantCount', {
                  plant: t(`zones.plant.${c.status}`),
                  zones: c.zones,
                  clusters: c.clusters,
                }),
              )
              .join(' · ')}
          </p>
          {shownAll ? null : <p className="withheld">{t('zones.partial')}</p>}
          <SiteMap sites={sites} facilities={facilities} />
          <h2 id="zones-table">{t('zones.tableHeading')}</h2>
          <table data-testid="zones-table" aria-labelledby="zones-table">
            <thead>
              <tr>
                <th scope="col">{t('zones.name')}</th>
                <th scope="col">{t('zones.unit')}</th>
                <th scope="col">{t('zones.state')}</th>
                <th scope="col">{t('zones.plantHeading')}</th>
                <th scope="col">{t('zones.tenants')}</th>
                <th scope="col">{t('zones.onMap')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} id={row.anchor} data-kind={row.kind} tabIndex={-1}>
                  <th scope="row">
                    {row.name}
                    <br />
                    <small>{row.detail}</small>
                  </th>
                  <td>{row.unit}</td>
                  <td>
                    {row.status}
                    <br />
                    <small>
                      {formatNumber(row.areaHa)} ha · {t('zones.occupancy')}{' '}
                      {row.occupancyPercent == null
                        ? '—'
                        : `${formatNumber(row.occupancyPercent)} %`}
                    </small>
                  </td>
                  <td data-testid="plant">
                    <span className={`plant plant-${row.plant.status}`}>
                      {t(`zones.plant.${row.plant.status}`)}
                    </span>
                    {row.plant.status === 'NONE' ? null : (
                      <>
                        <br />
                        <small>
                          {formatNumber(row.plant.capacityM3PerDay)} m³/{t('zones.day')} ·{' '}
                          {t('zones.commissioned')} {formatDate(row.plant.commissionedOn)} ·{' '}
                          {row.plant.compliant ? t('zones.compliant') : t('zones.notCompliant')} ·{' '}
                          {row.plant.autoMonitoring ? t('zones.autoMonitoring') : t('zones.noAuto')}
                        </small>
                      </>
                    )}
                    {row.plant.deadline ? (
                      <>
                        <br />
                        <small>
                          {t('zones.deadline', { date: formatDate(row.plant.deadline.dueBy) })}
                          {row.plant.deadline.met == null
                            ? ''
                            : ` · ${row.plant.deadline.met ? t('zones.deadlineMet') : t('zones.deadlineMissed')}`}
                        </small>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {row.tenants.length === 0 ? (
                      formatNumber(row.tenantCount)
                    ) : (
                      <details>
                        <summary>{t('zones.tenantCount', { count: row.tenantCount })}</summary>
                        <ul>
                          {row.tenants.map((tenant) => (
                            <li key={tenant.id}>
                              <Link to={`/facilities/${encodeURIComponent(tenant.id)}`}>
                                {tenant.name}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </td>
                  <td>
                    {placed.has(row.id)
                      ? t('zones.placedBy', { count: placed.get(row.id) })
                      : t('zones.notPlaced')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
