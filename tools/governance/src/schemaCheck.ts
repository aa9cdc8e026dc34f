import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import type { TrustedDocumentManifest } from '@ipc-hub/gateway/trusted-documents';
import { apiSchemaOf, graphql } from './apiSchema';

/** A breaking change a team made on purpose, with its reason (gateway/accepted-breaking-changes.json). */
export interface AcceptedBreakingChange {
  /** the change as the check prints it, e.g. "Field 'Zone.kind' was removed from object type 'Zone'" */
  change: string;
  reason: string;
}

export interface SchemaCheckInput {
  /** the supergraph on the main branch; null: none yet (everything is new) */
  base: string | null;
  /** the supergraph of this change */
  proposed: string;
  manifests: readonly TrustedDocumentManifest[];
  accepted: readonly AcceptedBreakingChange[];
}

export interface SchemaCheckResult {
  ok: boolean;
  /** every difference between the two API schemas */
  changes: Change[];
  /** the breaking ones no accepted entry covers */
  refused: Change[];
  /** registered operations the proposed schema no longer runs */
  brokenOperations: Array<{ client: string; hash: string; errors: string[] }>;
}

/**
 * What CI asks of a schema change: compared with main's supergraph (on the
 * API schemas, what clients see), no breaking change unless it is listed as
 * deliberate; and every registered operation of every known client still
 * validates against it.
 */
export async function checkSchema(input: SchemaCheckInput): Promise<SchemaCheckResult> {
  const proposed = apiSchemaOf(input.proposed);
  const changes = input.base ? await diff(apiSchemaOf(input.base), proposed) : [];
  const accepted = new Set(input.accepted.map((entry) => entry.change));
  const refused = changes.filter(
    (change) =>
      change.criticality.level === CriticalityLevel.Breaking && !accepted.has(change.message),
  );
  const brokenOperations: SchemaCheckResult['brokenOperations'] = [];
  for (const manifest of input.manifests) {
    for (const [hash, document] of Object.entries(manifest.operations)) {
      const errors = graphql
        .validate(proposed, graphql.parse(document))
        .map((error) => error.message);
      if (errors.length > 0) brokenOperations.push({ client: manifest.client, hash, errors });
    }
  }
  return {
    ok: refused.length === 0 && brokenOperations.length === 0,
    changes,
    refused,
    brokenOperations,
  };
}

/** the check's report, as CI prints it */
export function formatSchemaCheck(result: SchemaCheckResult): string {
  const lines: string[] = [];
  lines.push(
    result.changes.length === 0
      ? 'schema: no change from main'
      : `schema: ${result.changes.length} change(s) from main`,
  );
  for (const change of result.changes) {
    const level = change.criticality.level;
    const mark = result.refused.includes(change)
      ? 'BREAKING'
      : level === CriticalityLevel.Breaking
        ? 'breaking, accepted'
        : level === CriticalityLevel.Dangerous
          ? 'dangerous'
          : 'safe';
    lines.push(`  [${mark}] ${change.message}`);
  }
  for (const broken of result.brokenOperations) {
    lines.push(`operation ${broken.hash.slice(0, 12)} of ${broken.client} no longer validates:`);
    for (const error of broken.errors) lines.push(`    ${error}`);
  }
  if (result.refused.length > 0) {
    lines.push(
      'breaking changes refused: list each deliberate one with its reason in gateway/accepted-breaking-changes.json',
    );
  }
  lines.push(result.ok ? 'schema check passed' : 'schema check FAILED');
  return lines.join('\n');
}
