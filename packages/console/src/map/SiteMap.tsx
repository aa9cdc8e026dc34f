import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';
import { fitProjection, type LatLon } from './project';

/** A zone or cluster as the map draws it: at the centre of its tenants, coloured by its plant. */
export interface MapSite {
  id: string;
  anchor: string;
  kind: 'zone' | 'cluster';
  name: string;
  plant: 'NONE' | 'UNDER_CONSTRUCTION' | 'OPERATING';
  tenantCount: number;
  placedBy: number;
  at: LatLon;
}

export interface MapFacility {
  id: string;
  setting: 'zone' | 'cluster' | 'standalone';
  at: LatLon;
}

const WIDTH = 900;

/**
 * Zones, clusters and facilities drawn as SVG from the hub's own coordinates:
 * no tiles, no map library (the network is closed, and a WebGL map with no
 * basemap would show no more than this). Each zone and cluster is a link to
 * its row in the table below, reachable with the keyboard; the facilities
 * are a backdrop the table and the counts describe in words.
 */
export function SiteMap({
  sites,
  facilities,
}: {
  sites: readonly MapSite[];
  facilities: readonly MapFacility[];
}) {
  const { t } = useTranslation();
  const projection = fitProjection(
    [...facilities.map((f) => f.at), ...sites.map((s) => s.at)],
    WIDTH,
  );
  const { project, height, graticule } = projection;
  const tenKm = 10 / projection.kmPerUnit;
  const radius = (site: MapSite) => 5 + Math.sqrt(site.tenantCount) * 1.6;
  // the larger sites first, so that a small one on top of a large one stays visible
  const ordered = [...sites].sort((a, b) => b.tenantCount - a.tenantCount);
  return (
    <figure className="site-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        aria-label={t('zones.mapLabel', { sites: sites.length, facilities: facilities.length })}
        data-testid="site-map"
      >
        <rect x={0} y={0} width={WIDTH} height={height} className="map-sea" />
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group is never focusable; what it draws is said in the caption and the table */}
        <g className="map-graticule" aria-hidden="true">
          {graticule.longitudes.map((lon) => {
            const { x } = project({ latitude: 0, longitude: lon });
            return (
              <g key={`lon${lon}`}>
                <line x1={x} x2={x} y1={0} y2={height} />
                <text x={x + 3} y={height - 6}>
                  {formatNumber(lon)}° Đ
                </text>
              </g>
            );
          })}
          {graticule.latitudes.map((lat) => {
            const { y } = project({ latitude: lat, longitude: 0 });
            return (
              <g key={`lat${lat}`}>
                <line x1={0} x2={WIDTH} y1={y} y2={y} />
                <text x={4} y={y - 3}>
                  {formatNumber(lat)}° B
                </text>
              </g>
            );
          })}
        </g>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group is never focusable; what it draws is said in the caption and the table */}
        <g aria-hidden="true">
          {facilities.map((f) => {
            const { x, y } = project(f.at);
            return (
              <circle
                key={f.id}
                cx={x.toFixed(1)}
                cy={y.toFixed(1)}
                r={1.8}
                className={`map-facility map-facility-${f.setting}`}
              />
            );
          })}
        </g>
        <g>
          {ordered.map((site) => {
            const { x, y } = project(site.at);
            const r = radius(site);
            const label = t('zones.siteLabel', {
              kind: t(`zones.${site.kind}`),
              name: site.name,
              plant: t(`zones.plant.${site.plant}`),
              count: site.tenantCount,
            });
            return (
              <a
                key={site.id}
                href={`#${site.anchor}`}
                aria-label={label}
                data-testid="map-site"
                className={`map-site map-plant-${site.plant}`}
              >
                <title>{label}</title>
                {site.kind === 'zone' ? (
                  <circle cx={x.toFixed(1)} cy={y.toFixed(1)} r={r.toFixed(1)} />
                ) : (
                  <rect
                    x={(x - r * 0.85).toFixed(1)}
                    y={(y - r * 0.85).toFixed(1)}
                    width={(r * 1.7).toFixed(1)}
                    height={(r * 1.7).toFixed(1)}
                  />
                )}
              </a>
            );
          })}
        </g>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group is never focusable; what it draws is said in the caption and the table */}
        <g className="map-scale" aria-hidden="true">
          <line x1={WIDTH - 24 - tenKm} x2={WIDTH - 24} y1={height - 14} y2={height - 14} />
          <text x={WIDTH - 24 - tenKm} y={height - 20}>
            10 km
          </text>
        </g>
      </svg>
      <figcaption>
        <ul className="map-legend">
          <li>
            <svg width="16" height="16" aria-hidden="true">
              <circle cx="8" cy="8" r="6" className="map-plant-OPERATING" />
            </svg>{' '}
            {t('zones.legendZone')}
          </li>
          <li>
            <svg width="16" height="16" aria-hidden="true">
              <rect x="2" y="2" width="12" height="12" className="map-plant-OPERATING" />
            </svg>{' '}
            {t('zones.legendCluster')}
          </li>
          {(['OPERATING', 'UNDER_CONSTRUCTION', 'NONE'] as const).map((plant) => (
            <li key={plant}>
              <svg width="16" height="16" aria-hidden="true">
                <circle cx="8" cy="8" r="6" className={`map-plant-${plant}`} />
              </svg>{' '}
              {t(`zones.plant.${plant}`)}
            </li>
          ))}
          {(['zone', 'cluster', 'standalone'] as const).map((setting) => (
            <li key={setting}>
              <svg width="16" height="16" aria-hidden="true">
                <circle cx="8" cy="8" r="3" className={`map-facility-${setting}`} />
              </svg>{' '}
              {t(`zones.facility.${setting}`)}
            </li>
          ))}
        </ul>
        <p>{t('zones.placement')}</p>
      </figcaption>
    </figure>
  );
}
