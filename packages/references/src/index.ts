export { type OtherAgencyFacility, OtherAgencyRecords } from './OtherAgencyRecords';
