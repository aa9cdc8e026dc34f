import { describe, expect, it } from 'vitest';
import { centreOf, fitProjection } from '../src/map/project';

describe('the map projection', () => {
  // Hoàn Kiếm and Sóc Sơn: about 29 km apart north-south
  const hoanKiem = { latitude: 21.0285, longitude: 105.8542 };
  const socSon = { latitude: 21.2586, longitude: 105.8486 };
  const hoaLac = { latitude: 21.0135, longitude: 105.5225 };

  it('keeps every point inside the drawing, north up and west left', () => {
    const projection = fitProjection([hoanKiem, socSon, hoaLac], 900);
    for (const point of [hoanKiem, socSon, hoaLac]) {
      const { x, y } = projection.project(point);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(projection.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(projection.height);
    }
    expect(projection.project(socSon).y).toBeLessThan(projection.project(hoanKiem).y);
    expect(projection.project(hoaLac).x).toBeLessThan(projection.project(hoanKiem).x);
  });

  it('draws distances to scale in both directions, within a percent over the city', () => {
    const projection = fitProjection([hoanKiem, socSon, hoaLac], 900);
    const km = (a: typeof hoanKiem, b: typeof hoanKiem) => {
      const p = projection.project(a);
      const q = projection.project(b);
      return Math.hypot(p.x - q.x, p.y - q.y) * projection.kmPerUnit;
    };
    // great-circle distances (haversine): 25.60 km north-south, 34.49 km east-west
    expect(km(hoanKiem, socSon)).toBeCloseTo(25.6, 0);
    expect(Math.abs(km(hoanKiem, hoaLac) - 34.49) / 34.49).toBeLessThan(0.01);
  });

  it('draws a frame with no point at all, and a graticule inside it', () => {
    const empty = fitProjection([], 900);
    expect(empty.height).toBeGreaterThan(0);
    const projection = fitProjection([hoanKiem, socSon, hoaLac], 900);
    expect(projection.graticule.latitudes).toEqual([21.1, 21.2]);
    // every tenth of a degree over a span under 0.6°
    expect(projection.graticule.longitudes).toEqual([105.6, 105.7, 105.8]);
  });

  it('places a zone at the centre of its tenants, and nowhere without one', () => {
    expect(centreOf([hoanKiem, socSon])).toEqual({
      latitude: (hoanKiem.latitude + socSon.latitude) / 2,
      longitude: (hoanKiem.longitude + socSon.longitude) / 2,
    });
    expect(centreOf([])).toBeNull();
  });
});
