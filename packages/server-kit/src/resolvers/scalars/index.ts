export { DateScalar } from './DateScalar';
export { DateTimeScalar } from './DateTimeScalar';
export { MoneyScalar } from './MoneyScalar';
