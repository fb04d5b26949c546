import type { EntityManager } from 'typeorm';

/**
 * Slugs are public addresses: a client's website keeps sending its visitors, consents and requests to the ones it
 * was given. A slug a tenant gives up (renamed, deleted) is retired: it keeps redirecting to the tenant while that
 * exists, and only the agency it belonged to may give it out again (`retired_slugs`, global like the directory).
 */

/**
 * Whether `agencyId` may give `slug` to `tenantId` (null: a tenant being created): no other tenant has it, and it
 * was retired, if at all, by this agency. One statement, so a rename or deletion committing meanwhile is seen
 * either before (the slug is live) or after (it is retired), never between.
 */
export async function slugAvailable(
  em: EntityManager,
  slug: string,
  agencyId: string,
  tenantId: string | null,
): Promise<boolean> {
  const [row] = (await em.query(
    `SELECT (SELECT d.tenant_id FROM tenant_directory d WHERE d.slug = $1) AS live_tenant_id,
            (SELECT r.agency_id FROM retired_slugs r WHERE r.slug = $1) AS retired_by`,
    [slug],
  )) as { live_tenant_id: string | null; retired_by: string | null }[];
  if (row?.live_tenant_id && row.live_tenant_id !== tenantId) return false;
  return !row?.retired_by || row.retired_by === agencyId;
}

/** Takes a slug (checked with `slugAvailable`) out of the retired ones: it is live again, for the tenant taking it. */
export async function reviveSlug(em: EntityManager, slug: string): Promise<void> {
  await em.query('DELETE FROM retired_slugs WHERE slug = $1', [slug]);
}

/**
 * Retires the slug a tenant gives up, in the transaction of the rename or deletion. It points at the tenant (by id,
 * so a chain of renames leads to the current slug) until the tenant is deleted, and stays the agency's after.
 */
export async function retireSlug(em: EntityManager, slug: string, agencyId: string, tenantId: string): Promise<void> {
  await em.query(
    `INSERT INTO retired_slugs (slug, agency_id, tenant_id) VALUES ($1, $2, $3)
     ON CONFLICT (slug) DO UPDATE SET agency_id = excluded.agency_id, tenant_id = excluded.tenant_id, retired_at = now()`,
    [slug, agencyId, tenantId],
  );
}

/** The current slug of the tenant that gave up `slug`, or null (never used, or its tenant was deleted). */
export async function movedSlug(em: EntityManager, slug: string): Promise<string | null> {
  const [row] = (await em.query(
    'SELECT d.slug FROM retired_slugs r JOIN tenant_directory d ON d.tenant_id = r.tenant_id WHERE r.slug = $1',
    [slug],
  )) as { slug: string }[];
  return row?.slug ?? null;
}
