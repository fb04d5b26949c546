import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { PolicySnapshot } from '@noticeboard/domain';

/** Version N of a tenant's policy: the snapshot as published. Never updated: the app role may only insert. */
@Entity('policy_versions')
export class PolicyVersionEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @PrimaryColumn('integer') version: number;
  @Column('date') effectiveDate: string;
  @Column('text') changeSummary: string;
  @CreateDateColumn({ type: 'timestamptz' }) publishedAt: Date;
  @Column('uuid', { nullable: true }) publishedBy: string | null;
  @Column('uuid', { nullable: true }) publishedByApiKey: string | null;
  @Column('jsonb') snapshot: PolicySnapshot;
  @Column('text') snapshotHash: string;
}

export type DocumentKind = 'policy' | 'subprocessors';
export type DocumentFormat = 'html' | 'fragment' | 'text' | 'json';

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
