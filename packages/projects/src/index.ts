export {
  certificateConstraint,
  investmentProjectColumns,
  investmentProjectConstraints,
  investmentProjectStatusEnum,
} from './columns';
export { PROJECT_WRITES, ProjectManager, type ProjectRegister } from './ProjectManager';
export {
  type ProjectFilter,
  type ProjectPlace,
  ProjectRepository,
  type ProjectTable,
  projectConnection,
} from './ProjectRepository';
export {
  type InvestmentProjectStatus,
  type ProjectFacts,
  type ProjectIssue,
  projectConsistency,
} from './projectConsistency';
export {
  consistentNewProject,
  investmentCertificate,
  newProjectFields,
  projectChangeFields,
  type UpdateInvestmentProjectInput,
  updateInvestmentProjectInput,
} from './projectInput';
export { checkedProjectChanges, withUniqueCertificate } from './projectWrites';
