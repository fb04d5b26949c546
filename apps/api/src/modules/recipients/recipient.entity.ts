import { Column, Entity } from 'typeorm';
import type {
  Address,
  DataPrivacyFrameworkCertification,
  RecipientRole,
  TransferSafeguard,
  Translations,
} from '@noticeboard/domain';
import { TenantScopedEntity } from '../../db/tenant-scoped.entity.js';

@Entity('recipients')
export class RecipientEntity extends TenantScopedEntity {
  @Column('text') name: string;
  @Column('text') role: RecipientRole;
  @Column('text', { nullable: true }) legalEntity: string | null;
  @Column('jsonb', { nullable: true }) address: Address | null;
  @Column('text', { nullable: true }) country: string | null;
  @Column('text', { array: true }) processingCountries: string[];
  @Column('text', { nullable: true }) service: string | null;
  @Column('text', { array: true }) safeguards: TransferSafeguard[];
  @Column('text', { nullable: true }) transferDetails: string | null;
  /** The recipient entity's DPF certification: its date and the parts of the framework it joined. */
  @Column('jsonb', { nullable: true }) dataPrivacyFramework: DataPrivacyFrameworkCertification | null;
  /** Art. 26(2): the essence of the arrangement, for a joint controller. */
  @Column('text', { nullable: true }) jointArrangement: string | null;
  @Column('date', { nullable: true }) dpaSignedOn: string | null;
  @Column('text', { nullable: true }) privacyPolicyUrl: string | null;
  @Column('text', { nullable: true }) optOutUrl: string | null;
  @Column('integer') position: number;
  /** The agency catalog entry this recipient follows; its catalog-owned fields change with the entry. */
  @Column('uuid', { nullable: true }) catalogEntryId?: string | null;
  @Column('jsonb') translations: Translations;
}
