import { loadConnection } from '@ipc-hub/db';
import type { Resolvers } from '../generated/resolvers';

const STATUS = ['NORMAL', 'CALIBRATING', 'DEVICE_ERROR'] as const;

export const monitoringResolvers: Resolvers = {
  Query: {
    monitoringStation: (_, { id }, ctx) => ctx.monitoring.byId.load(id),
    monitoringStations: (_, args, ctx) => {
      const filter = args.filter ?? {};
      return loadConnection({
        args,
        keyArity: 2,
        keyOf: (row) => [row.code, row.id],
        fetch: (window) => ctx.monitoring.stations.list(filter, window),
        count: () => ctx.monitoring.stations.count(filter),
      });
    },
  },
  Mutation: {
    registerMonitoringStation: (_, { input }, ctx) => ctx.monitoring.stationManager.register(input),
    ingestMonitoringFile: (_, { fileName, content }, ctx) =>
      ctx.monitoring.fileManager.ingest(fileName, content),
  },
  Facility: {
    monitoringStations: (facility, _, ctx) => ctx.monitoring.ofFacility.load(facility.id),
  },
  IndustrialZone: {
    __resolveReference: (reference) => ({ id: reference.id }),
    monitoringStations: (zone, _, ctx) => ctx.monitoring.ofZone.load(zone.id),
  },
  IndustrialCluster: {
    __resolveReference: (reference) => ({ id: reference.id }),
    monitoringStations: (cluster, _, ctx) => ctx.monitoring.ofCluster.load(cluster.id),
  },
  MonitoringStation: {
    __resolveReference: (reference, ctx) => ctx.monitoring.byId.load(reference.id),
    facility: (station, _, ctx) =>
      station.facilityId ? ctx.facilities.byId.load(station.facilityId) : null,
    zone: (station) => (station.zoneId ? { id: station.zoneId } : null),
    cluster: (station) => (station.clusterId ? { id: station.clusterId } : null),
    adminUnit: (station, _, ctx) =>
      station.adminUnitCode ? ctx.adminUnits.byCode.load(station.adminUnitCode) : null,
    column: (station) => station.qcvnColumn,
    receivingWater: (station) =>
      station.receivingWater
        ? {
            kind: station.receivingWater,
            name: station.receivingWaterName,
            flowM3PerS: station.receivingFlowM3PerS,
            volumeM3: station.receivingVolumeM3,
          }
        : null,
    limits: (station, { at }, ctx) => ctx.monitoring.reader.limits(station, at ?? new Date()),
    regulation: (station, { at }, ctx) => ctx.monitoring.reader.regulation(station, at ?? null),
    readings: (station, { parameter, from, to, resolution }, ctx) =>
      ctx.monitoring.reader.series(station, parameter, from, to, resolution ?? 'RAW'),
    exceedances: (station, { from, to }, ctx) =>
      ctx.monitoring.reader.exceedances(station, from, to),
    gaps: (station, { from, to }, ctx) => ctx.monitoring.reader.gaps(station, from, to),
    lastReadingAt: (station, { at }, ctx) => ctx.monitoring.lastReadingAt(at).load(station.number),
  },
  MonitoringParameter: {
    name: (parameter) => parameter.nameVi,
  },
  Regulation: {
    sectorCodes: (regulation) => regulation.sectors,
  },
  Reading: {
    status: (reading) => (reading.status === null ? null : STATUS[reading.status]),
  },
};
