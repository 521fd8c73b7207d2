import { EventStore1732406400000 } from './1732406400000-event-store';
import { ReferenceData1732406400001 } from './1732406400001-reference-data';
import { Projections1732406400002 } from './1732406400002-projections';
import { PersonalData1732406400003 } from './1732406400003-personal-data';
import { JobsAndNotifications1732406400004 } from './1732406400004-jobs-and-notifications';
import { JobsStartAtHead1732406400005 } from './1732406400005-jobs-start-at-head';
import { MasterKeyIds1732406400007 } from './1732406400007-master-key-ids';
import { Open3111733200000001 } from './1733200000001-open311';
import { OpenData1733200000002 } from './1733200000002-open-data';
import { StaffSessions1733300000001 } from './1733300000001-staff-sessions';
import { DistrictResidents1733400000001 } from './1733400000001-district-residents';
import { Initiatives1733500000001 } from './1733500000001-initiatives';
import { SimilarIdeasSearch1733700000001 } from './1733700000001-similar-ideas-search';
import { SimilarIdeasSearchOnce1734600000001 } from './1734600000001-similar-ideas-search-once';

/** Every migration, in order. The service applies the pending ones at start. */
export const MIGRATIONS = [
  EventStore1732406400000,
  ReferenceData1732406400001,
  Projections1732406400002,
  PersonalData1732406400003,
  JobsAndNotifications1732406400004,
  JobsStartAtHead1732406400005,
  MasterKeyIds1732406400007,
  Open3111733200000001,
  OpenData1733200000002,
  StaffSessions1733300000001,
  DistrictResidents1733400000001,
  Initiatives1733500000001,
  SimilarIdeasSearch1733700000001,
  SimilarIdeasSearchOnce1734600000001,
];
