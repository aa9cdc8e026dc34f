import type { Resolvers } from '../generated/resolvers';

export const caseFileResolvers: Resolvers = {
  Mutation: {
    openCaseFile: (_, { input }, ctx) => ctx.caseFiles.manager.open(input),
    updateCaseFile: (_, { input }, ctx) => ctx.caseFiles.manager.update(input),
  },
  CaseFile: {
    violation: (caseFile, _, ctx) => ctx.violations.byId.load(caseFile.violationId),
    suspects: (caseFile, _, ctx) => ctx.caseFiles.suspects.load(caseFile.id),
  },
};
