// `pnpm test` for infra/: every offline check passes on the committed files, and each one catches a broken copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allChecks,
  checkComposeSchema,
  checkComposeTopology,
  checkDockerfile,
  checkIngressLimits,
  checkK8sSchemas,
  checkK8sWorkloads,
  infraDir,
  k8sEnvNames,
  loadCompose,
  loadK8sObjects,
  readmeEnvVars,
} from './checks.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

for (const [name, check] of Object.entries(allChecks)) {
  test(name, () => {
    assert.deepEqual(check(), []);
  });
}

const clone = (v) => JSON.parse(JSON.stringify(v));
const apiOf = (objects) => objects.find((o) => o.doc.kind === 'Deployment' && o.doc.metadata.name === 'noticeboard-api').doc;

test('a Kubernetes object of the wrong shape or an unknown kind is refused', () => {
  const objects = clone(loadK8sObjects());
  apiOf(objects).spec.replicas = 'two';
  objects.push({ file: 'x.yaml', doc: { apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'x', namespace: 'noticeboard' } } });
  const problems = checkK8sSchemas(objects);
  assert.ok(problems.some((p) => p.includes('replicas')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('unknown kind')), problems.join('\n'));
});

test('a missing probe, missing resources or a :latest image is refused', () => {
  const objects = clone(loadK8sObjects());
  const container = apiOf(objects).spec.template.spec.containers[0];
  delete container.readinessProbe;
  delete container.resources;
  container.image = 'noticeboard:latest';
  const problems = checkK8sWorkloads(objects);
  for (const needle of ['readinessProbe is required', 'resources.requests', ':latest']) {
    assert.ok(problems.some((p) => p.includes(needle)), `${needle}:\n${problems.join('\n')}`);
  }
});

test('compose: an unknown key, an API not waiting for the migration, or one replica behind the balancer is refused', () => {
  const compose = clone(loadCompose());
  compose.services['api-1'].replicas_typo = 2;
  assert.ok(checkComposeSchema(compose).length > 0);
  const c2 = clone(loadCompose());
  delete c2.services['api-2'].depends_on.migrate;
  delete c2.services['api-1'];
  const problems = checkComposeTopology(c2);
  assert.ok(problems.some((p) => p.includes('two API replicas')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('api-2 must depend on migrate')), problems.join('\n'));
});

test('Dockerfile: root user, :latest base, no HEALTHCHECK or a single stage are refused', () => {
  const original = fs.readFileSync(path.join(infraDir, 'Dockerfile'), 'utf8');
  const broken = original
    .replace(/^USER .*$/m, 'USER root')
    .replace(/^ARG NODE_IMAGE=.*$/m, 'ARG NODE_IMAGE=node:latest')
    .replace(/^HEALTHCHECK[\s\S]*?\n(?=ENTRYPOINT)/m, '');
  const problems = checkDockerfile(broken);
  for (const needle of ['non-root USER', ':latest', 'HEALTHCHECK']) {
    assert.ok(problems.some((p) => p.includes(needle)), `${needle}:\n${problems.join('\n')}`);
  }
  assert.ok(checkDockerfile('FROM node:22-bookworm-slim\nCMD ["node"]\n').some((p) => p.includes('multi-stage')));
  assert.ok(checkDockerfile(original.replace('--interval=15s', '--intervl=15s')).some((p) => p.includes('Unknown flag')));
});

test("the README's Environment table is read, and an undocumented variable would show", () => {
  const documented = readmeEnvVars();
  for (const name of ['DATABASE_URL', 'MIGRATION_DATABASE_URL', 'NOTICEBOARD_WORKER', 'NOTICEBOARD_PUBLIC_URL', 'PORT', 'HOST']) {
    assert.ok(documented.has(name), name);
  }
  const objects = clone(loadK8sObjects());
  apiOf(objects).spec.template.spec.containers[0].env.push({ name: 'NOTICEBOARD_UNDOCUMENTED', value: '1' });
  const names = k8sEnvNames(objects);
  assert.ok(names.has('NOTICEBOARD_UNDOCUMENTED') && !documented.has('NOTICEBOARD_UNDOCUMENTED'));
});

test('public pages without a per-client limit at the edge are refused, in nginx.conf and in the ingress', () => {
  const compose = clone(loadCompose());
  const lb = Object.values(compose.services).find((s) => /^nginx:/.test(s.image ?? ''));
  const mount = lb.volumes.findIndex((v) => String(v).split(':')[1] === '/etc/nginx/nginx.conf');
  const [source, ...rest] = String(lb.volumes[mount]).split(':');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'infra-test-'));
  const unlimited = path.join(dir, 'nginx.conf');
  fs.writeFileSync(unlimited, fs.readFileSync(path.resolve(infraDir, source), 'utf8').replace(/^\s*limit_req\s+zone=.*$/m, ''));
  lb.volumes[mount] = [unlimited, ...rest].join(':');
  let problems;
  try {
    problems = checkComposeTopology(compose);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  assert.ok(problems.some((p) => p.includes('limited per client at the edge')), problems.join('\n'));

  const objects = clone(loadK8sObjects());
  delete objects.find((o) => o.doc.kind === 'Ingress' && o.doc.metadata.name === 'noticeboard-public').doc.metadata.annotations;
  assert.deepEqual(checkIngressLimits(objects), ['ingress.example.yaml: Ingress noticeboard-public must limit /p/ per client (nginx.ingress.kubernetes.io/limit-rps)']);
});
