import type { Resolvers } from '../generated/resolvers';

export const certificationResolvers: Resolvers = {
  Mutation: {
    recordCertification: (_, { input }, ctx) => ctx.certifications.manager.record(input),
  },
  Certification: {
    __resolveReference: (reference, ctx) => ctx.certifications.byId.load(reference.id),
    facility: (certification) => ({ __typename: 'Facility', id: certification.facilityId }),
  },
  Facility: {
    certifications: (facility, _, ctx) => ctx.certifications.ofFacility.load(facility.id),
  },
};
