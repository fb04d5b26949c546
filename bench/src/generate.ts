import type pg from 'pg';

/**
 * Bulk data by `INSERT ... SELECT generate_series`, as the table owner, copying a real template row made through
 * the API: every column the template has is copied (so NOT NULL columns, CHECK values and JSON shapes stay as the
 * application wrote them) and only keys, names and times are varied. Tenant ids lead every row as in the app.
 * The owner is a superuser here and bypasses row-level security; rows still carry their own tenant_id, which is
 * all the policies read. The audit triggers stay on: tenants, policy versions, settings and requests are logged
 * as SYSTEM changes, as a migration or import would be.
 */

async function columnsOf(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_identity = 'NO' AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
    [table],
  );
  if (!rows.length) throw new Error(`no table ${table}`);
  return rows.map((r) => r.column_name);
}

/**
 * `INSERT INTO table (every column) SELECT <override or t.column> FROM table t <from> WHERE <where>`: copies of the
 * template rows that `where` selects, once per row of the extra `from` items (e.g. a generate_series).
 */
async function cloneRows(
  client: pg.Client,
  table: string,
  opts: { from?: string; where: string; set: Record<string, string>; params?: unknown[] },
): Promise<number> {
  const columns = await columnsOf(client, table);
  const unknown = Object.keys(opts.set).filter((c) => !columns.includes(c));
  if (unknown.length) throw new Error(`${table} has no column ${unknown.join(', ')}`);
  const sql = `INSERT INTO ${table} (${columns.join(', ')})
    SELECT ${columns.map((c) => opts.set[c] ?? `t.${c}`).join(', ')} FROM ${table} t ${opts.from ?? ''} WHERE ${opts.where}`;
  return (await client.query(sql, opts.params ?? [])).rowCount ?? 0;
}

export interface TenantPlan {
  /** A tenant with a published policy, requests and consents (a demo tenant): what is copied. */
  templateTenantId: string;
  /** Its agency, which is filled up to `perAgency` tenants; the other copies go to new agencies of `perAgency` each. */
  templateAgencyId: string;
  /** Tenants in the database afterwards, those already there included. */
  tenants: number;
  perAgency: number;
}

/**
 * Copies of the template tenant (directory entry, profile, published version 1 without its rendered documents,
 * consent key) until the database holds `plan.tenants` tenants.
 */
export async function generateTenants(client: pg.Client, plan: TenantPlan): Promise<void> {
  const existing = await client.query<{ total: number; in_agency: number }>(
    'SELECT count(*)::int AS total, (count(*) FILTER (WHERE agency_id = $1))::int AS in_agency FROM tenant_directory',
    [plan.templateAgencyId],
  );
  const { total, in_agency: inAgency } = existing.rows[0]!;
  const copies = plan.tenants - total;
  if (copies <= 0) return;
  const intoTemplateAgency = Math.min(copies, Math.max(0, plan.perAgency - inAgency));
  const newAgencies = Math.ceil((copies - intoTemplateAgency) / plan.perAgency);
  await client.query('BEGIN');
  try {
    await client.query(
      `CREATE TEMP TABLE bench_new_tenants ON COMMIT DROP AS
         SELECT g, gen_random_uuid() AS tenant_id,
                CASE WHEN g <= $3 THEN $2::uuid ELSE NULL END AS agency_id,
                ((g - $3 - 1) / $4) AS agency_no
           FROM generate_series(1, $1::int) g`,
      [copies, plan.templateAgencyId, intoTemplateAgency, plan.perAgency],
    );
    if (newAgencies > 0) {
      await client.query(
        `CREATE TEMP TABLE bench_new_agencies ON COMMIT DROP AS
           SELECT n AS agency_no, gen_random_uuid() AS id FROM generate_series(0, $1::int - 1) n`,
        [newAgencies],
      );
      await client.query(
        `INSERT INTO agencies (id, name, slug) SELECT id, 'Generated agency ' || agency_no, 'generated-agency-' || agency_no || '-' || left(id::text, 8) FROM bench_new_agencies`,
      );
      await client.query(
        `UPDATE bench_new_tenants n SET agency_id = a.id FROM bench_new_agencies a WHERE n.agency_id IS NULL AND a.agency_no = n.agency_no`,
      );
    }
    await client.query(
      `INSERT INTO tenant_directory (tenant_id, agency_id, slug) SELECT tenant_id, agency_id, 'generated-' || g || '-' || left(tenant_id::text, 8) FROM bench_new_tenants`,
    );
    const fromNew = 'JOIN bench_new_tenants n ON true JOIN tenant_directory d ON d.tenant_id = n.tenant_id';
    await cloneRows(client, 'tenants', {
      from: fromNew,
      where: 't.tenant_id = $1',
      params: [plan.templateTenantId],
      set: {
        tenant_id: 'n.tenant_id',
        agency_id: 'n.agency_id',
        slug: 'd.slug',
        legal_name: `'Generated Tenant ' || n.g || ' Ltd'`,
      },
    });
    for (const table of ['policy_settings', 'request_settings', 'policy_versions']) {
      await cloneRows(client, table, {
        from: 'JOIN bench_new_tenants n ON true',
        where: 't.tenant_id = $1',
        params: [plan.templateTenantId],
        set: { tenant_id: 'n.tenant_id' },
      });
    }
    await cloneRows(client, 'consent_settings', {
      from: 'JOIN bench_new_tenants n ON true',
      where: 't.tenant_id = $1',
      params: [plan.templateTenantId],
      set: { tenant_id: 'n.tenant_id', subject_key: `decode(md5(random()::text) || md5(random()::text), 'hex')` },
    });
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Runs `fn` over the tenants in slices, so no single statement holds millions of rows in one transaction. */
async function forTenantSlices(
  client: pg.Client,
  slice: number,
  fn: (where: string, params: unknown[]) => Promise<void>,
): Promise<void> {
  const { rows } = await client.query<{ tenant_id: string }>(
    'SELECT tenant_id FROM policy_versions WHERE version = 1 ORDER BY tenant_id',
  );
  for (let i = 0; i < rows.length; i += slice) {
    await fn('tv.tenant_id = ANY ($1::uuid[])', [rows.slice(i, i + slice).map((r) => r.tenant_id)]);
  }
}

/**
 * `perTenant` data-subject requests in every tenant, copied from the template's request: received over the last
 * year, about a third still open (the first of each tenant among them; some overdue), the rest completed.
 */
export async function generateRequests(client: pg.Client, templateTenantId: string, perTenant: number): Promise<void> {
  if (perTenant <= 0) return;
  const [template] = (
    await client.query<{ id: string }>('SELECT id FROM data_subject_requests WHERE tenant_id = $1 LIMIT 1', [
      templateTenantId,
    ])
  ).rows;
  if (!template) throw new Error('the template tenant has no request to copy');
  await forTenantSlices(client, 500, async (where, params) => {
    await cloneRows(client, 'data_subject_requests', {
      from: `JOIN (SELECT tv.tenant_id FROM policy_versions tv WHERE tv.version = 1 AND ${where}) tv ON true
             CROSS JOIN generate_series(1, ${perTenant}) g
             CROSS JOIN LATERAL (SELECT now() - random() * interval '365 days' AS received, (g % 3 = 1) AS open) r`,
      where: `t.tenant_id = '${templateTenantId}' AND t.id = '${template.id}' AND NOT (tv.tenant_id = t.tenant_id AND g = 1)`,
      params,
      set: {
        tenant_id: 'tv.tenant_id',
        id: 'gen_random_uuid()',
        reference: `'GEN-' || g || '-' || left(md5(random()::text), 6)`,
        requester_email: `'person' || g || '@example.test'`,
        requester_name: `'Person ' || g`,
        received_at: 'r.received',
        clock_starts_on: 'r.received::date',
        due_on: `(r.received + interval '1 month')::date`,
        state: `CASE WHEN r.open THEN 'IN_PROGRESS' ELSE 'COMPLETED' END`,
        closed_at: `CASE WHEN r.open THEN NULL ELSE r.received + interval '20 days' END`,
        outcome: `CASE WHEN r.open THEN NULL ELSE t.outcome END`,
        verification_token_hash: 'NULL',
        verification_code_hash: 'NULL',
      },
    });
  });
}

/**
 * `perTenant` consent events in every tenant (one decision each, on the template's consent purpose), from about
 * `perTenant / 4` subjects, over the last year.
 */
export async function generateConsentEvents(
  client: pg.Client,
  templateTenantId: string,
  perTenant: number,
): Promise<void> {
  if (perTenant <= 0) return;
  const [purpose] = (
    await client.query<{ id: string; name: string }>(
      `SELECT id, name FROM purposes WHERE tenant_id = $1 AND legal_basis = 'CONSENT' LIMIT 1`,
      [templateTenantId],
    )
  ).rows;
  if (!purpose) throw new Error('the template tenant has no purpose on consent');
  const subjects = Math.max(1, Math.floor(perTenant / 4));
  await forTenantSlices(client, 200, async (where, params) => {
    await client.query('BEGIN');
    try {
      await client.query(
        `CREATE TEMP TABLE bench_events ON COMMIT DROP AS
           SELECT tv.tenant_id, gen_random_uuid() AS id, md5(tv.tenant_id::text || (g % ${subjects})) || md5((g % ${subjects})::text) AS subject_hash,
                  now() - random() * interval '365 days' AS recorded_at, g
             FROM policy_versions tv CROSS JOIN generate_series(1, ${perTenant}) g
            WHERE tv.version = 1 AND ${where}`,
        params,
      );
      await client.query(
        `INSERT INTO consent_events (tenant_id, id, subject_hash, recorded_at, method, policy_version, notice_hash, page_url, ip_truncated,
                                     user_agent, language, gpc, idempotency_key, fingerprint, recorded_by_kind, recorded_by_id)
         SELECT tenant_id, id, subject_hash, recorded_at, 'BANNER', 1, md5('generated notice') || md5('notice'), 'https://www.example.test/',
                '192.0.2.0', 'Mozilla/5.0 (generated)', 'en', false, 'gen-' || g || '-' || id, md5(id::text) || md5(subject_hash), 'PUBLIC', NULL
           FROM bench_events`,
      );
      await client.query(
        `INSERT INTO consent_decisions (tenant_id, event_id, purpose_id, purpose_name, choice, by_gpc, subject_hash, recorded_at)
         SELECT tenant_id, id, $1, $2, CASE WHEN g % 5 = 0 THEN 'REFUSED' ELSE 'GRANTED' END, false, subject_hash, recorded_at FROM bench_events`,
        [purpose.id, purpose.name],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  });
}

/**
 * Audiences, data categories, recipients and purposes in one tenant up to `total` of each (copies of its first),
 * each purpose linked to three audiences, categories and recipients, each recipient to three categories.
 */
export async function generatePolicyItems(client: pg.Client, tenantId: string, total: number): Promise<void> {
  for (const table of ['audiences', 'data_categories', 'recipients', 'purposes']) {
    const existing = Number(
      (await client.query(`SELECT count(*) AS n FROM ${table} WHERE tenant_id = $1`, [tenantId])).rows[0].n,
    );
    if (existing >= total) continue;
    await cloneRows(client, table, {
      from: `CROSS JOIN generate_series(1, ${total - existing}) g`,
      where: `t.tenant_id = '${tenantId}' AND t.id = (SELECT id FROM ${table} WHERE tenant_id = '${tenantId}' ORDER BY position, id LIMIT 1)`,
      set: { id: 'gen_random_uuid()', name: `t.name || ' ' || g`, position: `${existing} + g` },
    });
  }
  const link = async (table: string, owner: string, ownerColumn: string, target: string, targetColumn: string) =>
    client.query(
      `INSERT INTO ${table} (tenant_id, ${ownerColumn}, ${targetColumn})
       SELECT DISTINCT o.tenant_id, o.id, x.id
         FROM (SELECT id, tenant_id, row_number() OVER (ORDER BY position, id) AS n FROM ${owner} WHERE tenant_id = $1) o
         JOIN (SELECT id, row_number() OVER (ORDER BY position, id) AS n, count(*) OVER () AS total FROM ${target} WHERE tenant_id = $1) x
           ON x.n IN (1 + (o.n % x.total), 1 + ((o.n + 1) % x.total), 1 + ((o.n + 2) % x.total))
       ON CONFLICT DO NOTHING`,
      [tenantId],
    );
  await link('purpose_audiences', 'purposes', 'purpose_id', 'audiences', 'audience_id');
  await link('purpose_data_categories', 'purposes', 'purpose_id', 'data_categories', 'data_category_id');
  await link('purpose_recipients', 'purposes', 'purpose_id', 'recipients', 'recipient_id');
  await link('recipient_data_categories', 'recipients', 'recipient_id', 'data_categories', 'data_category_id');
}
