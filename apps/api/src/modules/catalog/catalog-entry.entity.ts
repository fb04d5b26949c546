import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type {
  Address,
  DataPrivacyFrameworkCertification,
  RecipientRole,
  TransferSafeguard,
  Translations,
} from '@noticeboard/domain';

/**
 * An agency's common recipient (AWS, Google Analytics, ...). Tenants link to it; the catalog owns the facts about
 * the company (entity, address, country, safeguards and DPF certification, URLs), each tenant its own purposes and
 * data categories.
 */
@Entity('catalog_entries')
export class CatalogEntryEntity {
  @PrimaryColumn('uuid') agencyId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') role: RecipientRole;
  @Column('text', { nullable: true }) legalEntity: string | null;
  @Column('jsonb', { nullable: true }) address: Address | null;
  @Column('text', { nullable: true }) country: string | null;
  @Column('text', { array: true }) processingCountries: string[];
  @Column('text', { nullable: true }) service: string | null;
  @Column('text', { array: true }) safeguards: TransferSafeguard[];
  @Column('text', { nullable: true }) transferDetails: string | null;
  @Column('jsonb', { nullable: true }) dataPrivacyFramework: DataPrivacyFrameworkCertification | null;
  @Column('text', { nullable: true }) privacyPolicyUrl: string | null;
  @Column('text', { nullable: true }) optOutUrl: string | null;
  @Column('jsonb') translations: Translations;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** The recipient fields a catalog entry decides for every tenant linked to it. */
export const CATALOG_OWNED_FIELDS = [
  'name',
  'role',
  'legalEntity',
  'address',
  'country',
  'processingCountries',
  'service',
  'safeguards',
  'transferDetails',
  'dataPrivacyFramework',
  'privacyPolicyUrl',
  'optOutUrl',
] as const;
export type CatalogOwnedField = (typeof CATALOG_OWNED_FIELDS)[number];
