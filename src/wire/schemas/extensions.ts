import { bool, document, list, object, text, textList } from '../schema.ts';

/** A resource extension (VM agent extension) in the publisher catalog, as List Resource Extensions writes it. */
const resourceExtension = object({
  Publisher: text,
  Name: text,
  Version: text,
  Label: text,
  Description: text,
  PublicConfigurationSchema: text,
  PrivateConfigurationSchema: text,
  SampleConfig: text,
  ReplicationCompleted: bool,
  Eula: text,
  PrivacyUri: text,
  HomepageUri: text,
  IsJsonExtension: bool,
  IsInternalExtension: bool,
  DisallowMajorVersionUpgrade: bool,
  SupportedOS: text,
  CompanyName: text,
  PublishedDate: text,
  Regions: textList('Region'),
});
export const ResourceExtensions = document('ResourceExtensions', list('ResourceExtension', resourceExtension));
