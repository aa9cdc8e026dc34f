import { agencyOf, defineSubgraph, todayInHanoi } from '@ipc-hub/server-kit';
import { citizensAccess } from './access';
import { createCitizensContext } from './context';
import * as schema from './db/schema';
import { resolvers } from './resolvers';
import { seedCitizens } from './seed';

export interface CitizensSubgraphOptions {
  /** today in Hanoi; a test sets the day to check due dates across holidays */
  today?: () => string;
}

/** Phản ánh, kiến nghị: the public's reports, routed to the agency that owns their subject. */
export function createCitizensSubgraph(options: CitizensSubgraphOptions = {}) {
  const today = options.today ?? (() => todayInHanoi());
  return defineSubgraph({
    agency: agencyOf('citizens'),
    folder: new URL('..', import.meta.url),
    resolvers,
    schema,
    seed: (db) => seedCitizens(db),
    access: citizensAccess,
    createContext: (base, db) => createCitizensContext(base, db, today),
  });
}

export const citizensSubgraph = createCitizensSubgraph();
