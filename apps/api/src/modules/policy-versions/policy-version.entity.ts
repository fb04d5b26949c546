import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { PolicySnapshot } from '@noticeboard/domain';

/**
 * Version N of a tenant's policy: the snapshot as published, or an imported earlier policy (stored text, no
 * snapshot). Never updated: the app role may only insert.
 */
@Entity('policy_versions')
export class PolicyVersionEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @PrimaryColumn('integer') version: number;
  @Column('date') effectiveDate: string;
  @Column('text') changeSummary: string;
  @CreateDateColumn({ type: 'timestamptz' }) publishedAt: Date;
  @Column('uuid', { nullable: true }) publishedBy: string | null;
  @Column('uuid', { nullable: true }) publishedByApiKey: string | null;
  /** Null exactly for an imported version: its text was never rendered from the model. */
  @Column('jsonb', { nullable: true }) snapshot: PolicySnapshot | null;
  /** SHA-256 of the snapshot, or for an imported version of its texts as imported. */
  @Column('text') snapshotHash: string;
  /** An earlier policy imported as text (issue 17): served from its stored bytes, never rendered from the model. */
  @Column('boolean', { default: false }) imported: boolean;
  /** Where an imported text came from (for the agency; not published). */
  @Column('text', { nullable: true }) importNote: string | null;
}

export type DocumentKind = 'policy' | 'subprocessors';
/** `pdf` is stored base64-encoded. */
export type DocumentFormat = 'html' | 'fragment' | 'text' | 'json' | 'pdf';

/** The bytes a public URL serves for one version, kind, language and format, with their strong ETag. */
@Entity('published_documents')
export class PublishedDocumentEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @PrimaryColumn('integer') version: number;
  @PrimaryColumn('text') kind: DocumentKind;
  /** A language tag, or '' for language-neutral formats (JSON). */
  @PrimaryColumn('text') language: string;
  @PrimaryColumn('text') format: DocumentFormat;
  @Column('text') contentType: string;
  @Column('text') body: string;
  @Column('text') etag: string;
}
