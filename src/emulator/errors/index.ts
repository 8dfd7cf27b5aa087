export { EmulatorError, isEmulatorError } from './emulator-error.ts';
export { errors } from './error-factory.ts';
export { errorBody } from './error-body.ts';
