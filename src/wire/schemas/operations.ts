import { document, int, text } from '../schema.ts';
import { error } from './common.ts';

/** Get Operation Status. `ID` is the request id formatted as a GUID. */
export const Operation = document('Operation', {
  ID: text,
  Status: text,
  HttpStatusCode: int,
  Error: error,
});

export const ErrorDocument = document('Error', { Code: text, Message: text });


