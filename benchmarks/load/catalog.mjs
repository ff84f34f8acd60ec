// Drives the GraphQL catalogue page and its plain-JSON twin with the same load, one after the other,
// and prints requests/s, p50 and p99 for both and the GraphQL/plain throughput ratio.
import autocannon from 'autocannon';

const [graphqlBase, plainBase] = process.argv.slice(2);
const connections = Number(process.env.CONNECTIONS ?? 32);
const duration = Number(process.env.DURATION ?? 20);
const warmup = Number(process.env.WARMUP ?? 10);

const query = '{ courses(first: 20) { nodes { id title price creator { name } category { name } tags { name } } } }';
const targets = [
  {
    name: 'graphql',
    url: `${graphqlBase}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  },
  { name: 'plain', url: `${plainBase}/courses?first=20`, method: 'GET' },
];

function run(target, seconds) {
  return autocannon({ ...target, connections, duration: seconds });
}

const results = {};
for (const target of targets) {
  const probe = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body });
  const payload = await probe.json();
  if (!probe.ok || payload.errors || payload.data.courses.nodes.length !== 20) {
    throw new Error(`${target.name} did not answer a full page: ${probe.status} ${JSON.stringify(payload).slice(0, 300)}`);
  }
  await run(target, warmup);
  const result = await run(target, duration);
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${target.name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  }
  results[target.name] = {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result.requests.total,
  };
}

const ratio = results.graphql.requestsPerSecond / results.plain.requestsPerSecond;
console.log(`connections ${connections}, ${duration} s each after ${warmup} s warm-up`);
console.log('| endpoint | requests/s | p50 (ms) | p99 (ms) | requests |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, r] of Object.entries(results)) {
  console.log(`| ${name} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50Ms} | ${r.p99Ms} | ${r.total} |`);
}
console.log(`GraphQL throughput = ${(ratio * 100).toFixed(1)}% of plain`);
