import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { makeConsentReady } from '../../test/policy-fixture.js';
import { seed } from '../../test/seed.js';
import { graphql } from '../../test/graphql.js';

const url = (path: string) => `${inject('apiUrl')}${path}`;
const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url(path), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('public endpoints keep tenants apart', () => {
  it("another tenant's purposes, policy versions, verification links, codes and origins get nowhere, and reveal nothing", async () => {
    const [a, b] = await Promise.all([(await seed.agency()).tenant(), (await seed.agency()).tenant()]);
    const [aPurposes, bPurposes] = await Promise.all([makeConsentReady(a), makeConsentReady(b)]);
    await b.admin.gql(
      graphql(`mutation { updateConsentSettings(input: { allowedOrigins: ["https://b.example"] }) { __typename } }`),
    );

    // B's purpose ids on A's consent endpoint are unknown there.
    const foreignPurpose = await postJson(`/p/${a.slug}/consents`, {
      subjectId: 's',
      granted: [bPurposes.analytics],
      method: 'BANNER',
      noticeText: 'x',
      idempotencyKey: randomUUID(),
    });
    expect(foreignPurpose.status).toBe(422);
    const problems = (
      (await foreignPurpose.json()) as { error: { problems: { path: string; code: string; message: string }[] } }
    ).error.problems;
    expect(problems).toEqual([expect.objectContaining({ path: 'granted.0', code: 'UNKNOWN_REFERENCE' })]);
    expect(JSON.stringify(problems)).not.toContain('Analytics');
    // B's allowed origin is not A's.
    expect(
      (
        await postJson(
          `/p/${a.slug}/consents`,
          {
            subjectId: 's',
            granted: [aPurposes.analytics],
            method: 'BANNER',
            noticeText: 'x',
            idempotencyKey: randomUUID(),
          },
          { origin: 'https://b.example' },
        )
      ).status,
    ).toBe(403);
    // The same idempotency key in two tenants records two events.
    const key = randomUUID();
    const inA = await postJson(`/p/${a.slug}/consents`, {
      subjectId: 's',
      granted: [aPurposes.analytics],
      method: 'BANNER',
      noticeText: 'x',
      idempotencyKey: key,
    });
    const inB = await postJson(`/p/${b.slug}/consents`, {
      subjectId: 's',
      granted: [bPurposes.analytics],
      method: 'BANNER',
      noticeText: 'x',
      idempotencyKey: key,
    });
    expect([inA.status, inB.status]).toEqual([201, 201]);
    expect(((await inA.json()) as { id: string }).id).not.toBe(((await inB.json()) as { id: string }).id);

    // A request made to B cannot be verified through A's address, by link or by code.
    const made = (await (
      await postJson(`/p/${b.slug}/requests`, { type: 'ACCESS', requesterName: 'Bea', email: 'bea@example.test' })
    ).json()) as { reference: string };
    const mail = (
      await b.admin.gql(
        graphql('{ emailOutbox(first: 5, kind: REQUEST_VERIFICATION) { edges { node { textBody } } } }'),
      )
    ).emailOutbox.edges[0]!.node.textBody;
    const token = /verify\?token=([\w-]+)/.exec(mail)![1]!;
    const code = /confirmation page: (\d{6})/.exec(mail)![1]!;
    expect((await fetch(url(`/p/${a.slug}/requests/verify?token=${token}`))).status).toBe(400);
    expect((await postJson(`/p/${a.slug}/requests/verify`, { reference: made.reference, code })).status).toBe(400);
    const bView = (await b.admin.gql(graphql('{ dataSubjectRequests { edges { node { state } } } }')))
      .dataSubjectRequests.edges[0]!.node;
    expect(bView.state).toBe('RECEIVED');
    // A sees none of it.
    expect((await a.admin.gql(graphql('{ dataSubjectRequests { totalCount } }'))).dataSubjectRequests.totalCount).toBe(
      0,
    );
  });
});
