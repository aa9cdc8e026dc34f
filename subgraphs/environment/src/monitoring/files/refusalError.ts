import { badUserInput, forbidden, notFound } from '@ipc-hub/errors';
import type { GraphQLError } from 'graphql';
import type { FileRefusal } from './FileRefusal';

/** The GraphQL error a refused file answers with; a malformed line is named in `extensions.line`. */
export function refusalError(refusal: FileRefusal): GraphQLError {
  if (refusal.reason === 'UNKNOWN_STATION') {
    return notFound('MonitoringStation', refusal.stationCode ?? '', refusal.field);
  }
  if (refusal.reason === 'NOT_ALLOWED') return forbidden(refusal.field);
  const error = badUserInput(refusal.field, refusal.text);
  if (refusal.line !== null) error.extensions.line = refusal.line;
  return error;
}
