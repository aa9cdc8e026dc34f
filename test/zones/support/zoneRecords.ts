import type { TestStack } from '@ipc-hub/testing';
import { expect } from 'vitest';
import { refusal } from '../../support/refusal';

const EVERYTHING = `{
  zones(first: 100) { totalCount edges { node {
    id code name kind adminUnit { code } areaHa status developer occupancyPercent tenantCount
    wastewaterPlant { status capacityM3PerDay commissionedOn compliant autoMonitoring deadline { dueBy decision setOn } }
    facilities { id zoneTenancy { investmentCertificate connectedToPlant since } }
  } } }
  investmentProjects(first: 1000) { totalCount edges { node {
    id investor name sectorCode registeredOn investmentCertificate capitalVnd
    inLineWithPlanning planningNote status facility { id } operatingSince zone { id }
  } } }
}`;

/**
 * Every record the zones subgraph holds, as the Board reads them through the
 * gateway: taken before and after a refused write, the two must be equal.
 */
export async function zoneRecords(hub: TestStack, token: string): Promise<unknown> {
  return hub.client(token).request(EVERYTHING);
}

/**
 * Runs a Board write that must be refused: checks that the error speaks both
 * languages and that no zone record changed, and returns its extensions.
 */
export async function refusedWrite(
  hub: TestStack,
  token: string,
  query: string,
  input: Record<string, unknown>,
): Promise<Record<string, unknown> | undefined> {
  const before = await zoneRecords(hub, token);
  const error = await refusal(hub.client(token).request(query, { input }));
  expect(error?.message).toMatch(/ \/ /); // Vietnamese / English
  expect(await zoneRecords(hub, token)).toEqual(before);
  return error?.extensions;
}
