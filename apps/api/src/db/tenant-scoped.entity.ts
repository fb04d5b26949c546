import { CreateDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Base of every tenant table row: the key is (tenant_id, id), tenant first, as every index. */
export abstract class TenantScopedEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
