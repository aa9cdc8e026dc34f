/** A WGS84 point as the registry holds it. */
export interface LatLon {
  latitude: number;
  longitude: number;
}

/** Where a point lands on the drawing, in SVG user units. */
export interface Projected {
  x: number;
  y: number;
}

export interface Projection {
  width: number;
  height: number;
  project(point: LatLon): Projected;
  /** kilometres per user unit, for the scale bar */
  kmPerUnit: number;
  /** the meridians and parallels every `step` degrees inside the drawing */
  graticule: { longitudes: number[]; latitudes: number[] };
}

const KM_PER_DEGREE = 111.32;

/**
 * An equirectangular projection fitted to the points, with the longitudes
 * shrunk by the cosine of the middle latitude: over a city the size of Hanoi
 * (about 1° by 1°) distances on the drawing are within a percent of the
 * ground's, which is all a map of where sites are needs. No tiles, no
 * library: the points are the hub's own.
 */
export function fitProjection(points: readonly LatLon[], width: number, margin = 24): Projection {
  const lats = points.map((p) => p.latitude);
  const lons = points.map((p) => p.longitude);
  // an empty or single-point map still has a sensible frame (about 2 km around)
  const south = Math.min(...lats, Number.POSITIVE_INFINITY);
  const north = Math.max(...lats, Number.NEGATIVE_INFINITY);
  const west = Math.min(...lons, Number.POSITIVE_INFINITY);
  const east = Math.max(...lons, Number.NEGATIVE_INFINITY);
  const hasPoints = Number.isFinite(south);
  const pad = 0.01;
  const s = hasPoints ? south - pad : 21.0;
  const n = hasPoints ? north + pad : 21.05;
  const w = hasPoints ? west - pad : 105.8;
  const e = hasPoints ? east + pad : 105.85;
  const shrink = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const spanX = (e - w) * shrink;
  const spanY = n - s;
  const scale = (width - 2 * margin) / spanX;
  const height = Math.round(spanY * scale + 2 * margin);
  const project = (point: LatLon): Projected => ({
    x: margin + (point.longitude - w) * shrink * scale,
    y: margin + (n - point.latitude) * scale,
  });
  const step = spanY > 0.6 || e - w > 0.6 ? 0.2 : 0.1;
  const between = (from: number, to: number) => {
    const out: number[] = [];
    for (let v = Math.ceil(from / step) * step; v <= to; v += step)
      out.push(Math.round(v * 10) / 10);
    return out;
  };
  return {
    width,
    height,
    project,
    kmPerUnit: KM_PER_DEGREE / scale,
    graticule: { longitudes: between(w, e), latitudes: between(s, n) },
  };
}

/** The mean of the points, or null when there is none. */
export function centreOf(points: readonly LatLon[]): LatLon | null {
  if (points.length === 0) return null;
  return {
    latitude: points.reduce((sum, p) => sum + p.latitude, 0) / points.length,
    longitude: points.reduce((sum, p) => sum + p.longitude, 0) / points.length,
  };
}
