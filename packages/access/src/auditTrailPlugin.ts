import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Database } from '@ipc-hub/db';
import { auditNotWritten } from '@ipc-hub/errors';
import type { Logger } from '@ipc-hub/logger';
import { auditLog } from './auditLog';
import type { AccessContext } from './buildShield';

export interface AuditedContext extends AccessContext {
  requestId: string;
  /** the caller's `X-Purpose`, if given */
  purpose: string | null;
}

/**
 * A write refused by the mutation's own check of the records it touches (an
 * operator sending another facility's data) is recorded like one its writer
 * rule refused: every FORBIDDEN error of a mutation's top-level field is a
 * denial of `Mutation.<field>`, whichever layer raised it.
 */
function recordRefusedWrites(
  context: AuditedContext,
  errors: readonly { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[],
): void {
  for (const error of errors) {
    const field = error.path?.[0];
    if (error.extensions?.code === 'FORBIDDEN' && typeof field === 'string') {
      context.audit.denial(`Mutation.${field}`, null);
    }
  }
}

/**
 * Writes the request's audit row, if it touched personal or case data or was
 * denied something (a refused write among them), before the response leaves. The audit fails closed: when
 * the row cannot be written (the database refuses it, or is gone), the
 * response's data is dropped and the caller gets AUDIT_NOT_WRITTEN instead,
 * so nothing the trail should have recorded leaves unrecorded. The failure
 * is logged with the request id.
 */
export function auditTrailPlugin(db: Database, logger: Logger): ApolloServerPlugin<AuditedContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, request, operation, operationName, response }) {
          if (operation?.operation === 'mutation' && response.body.kind === 'single') {
            recordRefusedWrites(contextValue, response.body.singleResult.errors ?? []);
          }
          const draft = contextValue.audit.draft();
          if (!draft) return;
          const outcome =
            draft.deniedFields.length === 0
              ? 'ALLOWED'
              : draft.fields.length === 0
                ? 'DENIED'
                : 'PARTIAL';
          try {
            await db.insert(auditLog).values({
              requestId: contextValue.requestId,
              subject: contextValue.identity.sub,
              role: contextValue.identity.role,
              operationName: operationName ?? request.operationName ?? null,
              documentHash: request.query
                ? createHash('sha256').update(request.query).digest('hex')
                : null,
              purpose: contextValue.purpose,
              outcome,
              fields: draft.fields,
              deniedFields: draft.deniedFields,
              recordIds: draft.recordIds,
            });
          } catch (error) {
            logger.error(
              { err: error, requestId: contextValue.requestId, draft },
              'audit row not written: the response is withheld',
            );
            const refusal = auditNotWritten(contextValue.requestId);
            const withheld = {
              data: null,
              errors: [{ message: refusal.message, extensions: refusal.extensions }],
            };
            if (response.body.kind === 'single') {
              response.body.singleResult = withheld;
            } else {
              // Incremental delivery is not used by the hub; should it ever be, nothing leaves either.
              response.body = { kind: 'single', singleResult: withheld };
            }
          }
        },
      };
    },
  };
}
