import { PROBLEMS } from './operations.js';
import { graphql } from './tada.js';

export const RECORD_OF_PROCESSING = graphql(
  `
  query RecordOfProcessing {
    currentTenant {
      id
      slug
      displayName
      viewer { role canReadConsents canReadRequests canReadAudit }
    }
    recordOfProcessing {
      __typename
      ... on RecordOfProcessing {
        version
        required
        regimes
        controller { name contact jointControllers representatives dataProtectionOfficer }
        activities {
          purposeId purpose legalBasis dataSubjects personalData recipients transfers retention security missing
        }
      }
      ...Problems
    }
  }
`,
  [PROBLEMS],
);

export const RECORD_OF_PROCESSING_FILE = graphql(
  `
  query RecordOfProcessingFile($format: RopaFormat!) {
    recordOfProcessingFile(format: $format) {
      __typename
      ... on RopaFile { filename contentType base64 }
      ...Problems
    }
  }
`,
  [PROBLEMS],
);
