import { bool, dict, document, int, list, object, text } from '../schema.ts';
import { error } from './common.ts';

/**
 * List Subscription Operations. `OperationParameters` holds `<OperationParameter><a:Name/><a:Value/>`
 * pairs (a data-contract namespace the decoder ignores), read as a record of names to values.
 */
const subscriptionOperation = object({
  OperationId: text,
  OperationObjectId: text,
  OperationName: text,
  OperationParameters: dict('OperationParameter'),
  OperationCaller: object({
    UsedServiceManagementApi: bool,
    UserEmailAddress: text,
    SubscriptionCertificateThumbprint: text,
    ClientIP: text,
  }),
  OperationStatus: object({ ID: text, Status: text, HttpStatusCode: int, Error: error }),
  OperationStartedTime: text,
  OperationCompletedTime: text,
  OperationKind: text,
});

export const SubscriptionOperationCollection = document('SubscriptionOperationCollection', {
  SubscriptionOperations: list('SubscriptionOperation', subscriptionOperation),
  ContinuationToken: text,
});
