export {
  CITY_CODE,
  type FormerUnitSuccession,
  HANOI_UNITS,
  type HanoiUnit,
  hanoiUnit,
  inForce,
  LAST_DISTRICT_DAY,
  REFORM_DAY,
  successionOf,
  successorOf,
  unitsCoveredBy,
} from './hanoiUnits';
