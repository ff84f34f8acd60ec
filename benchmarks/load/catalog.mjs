// Drives the GraphQL catalogue page and its plain-JSON twin with the same load, alternating in rounds so that
// anything else running on the machine weighs on both alike, and prints the median round's requests/s, p50 and
// p99 for both and the GraphQL/plain throughput ratio.
import autocannon from 'autocannon';
import { graphqlRequest, plainPath } from './catalog-page.mjs';

const [graphqlBase, plainBase] = process.argv.slice(2);
const connections = Number(process.env.CONNECTIONS ?? 32);
const duration = Number(process.env.DURATION ?? 10);
const rounds = Number(process.env.ROUNDS ?? 5);
const warmup = Number(process.env.WARMUP ?? 10);

const targets = [
  { name: 'graphql', ...graphqlRequest(`${graphqlBase}/graphql`) },
  { name: 'plain', url: `${plainBase}${plainPath}`, method: 'GET' },
];

function run(target, seconds) {
  return autocannon({ ...target, connections, duration: seconds });
}

const samples = { graphql: [], plain: [] };
// A proxy may answer 502/504 while a node on a loaded machine is slow to take its first connections: ask a few times.
async function probe(target) {
  let last = '';
  for (let attempt = 0; attempt < 10; attempt++) {
    const response = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body });
    const text = await response.text();
    const payload = response.ok ? JSON.parse(text) : null;
    if (payload && !payload.errors && payload.data.courses.nodes.length === 20) {
      return;
    }
    last = `${response.status} ${text.slice(0, 300)}`;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  throw new Error(`${target.name} did not answer a full page: ${last}`);
}

for (const target of targets) {
  await probe(target);
  await run(target, warmup);
}
for (let round = 0; round < rounds; round++) {
  for (const target of targets) {
    const result = await run(target, duration);
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(`${target.name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
    }
    samples[target.name].push({
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      total: result.requests.total,
    });
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = Object.fromEntries(Object.entries(samples).map(([name, runs]) => [name, {
  requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
  p50Ms: median(runs.map((r) => r.p50Ms)),
  p99Ms: median(runs.map((r) => r.p99Ms)),
  total: runs.reduce((sum, r) => sum + r.total, 0),
}]));

const ratio = results.graphql.requestsPerSecond / results.plain.requestsPerSecond;
console.log(`connections ${connections}; ${rounds} alternating rounds of ${duration} s per endpoint after ${warmup} s warm-up; medians`);
console.log('| endpoint | requests/s | p50 (ms) | p99 (ms) | requests (all rounds) |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, r] of Object.entries(results)) {
  console.log(`| ${name} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50Ms} | ${r.p99Ms} | ${r.total} |`);
}
console.log(`GraphQL throughput = ${(ratio * 100).toFixed(1)}% of plain; p99 = ${(results.graphql.p99Ms / results.plain.p99Ms).toFixed(2)} × plain`);
// Each round's pair ran back to back, so its ratios carry the least of the machine's drift.
const roundRatios = samples.graphql.map((g, i) => ({
  throughput: g.requestsPerSecond / samples.plain[i].requestsPerSecond,
  p99: g.p99Ms / samples.plain[i].p99Ms,
}));
console.log(`per round: throughput ${roundRatios.map((r) => r.throughput.toFixed(2)).join(' ')}; p99 ${roundRatios.map((r) => r.p99.toFixed(2)).join(' ')}`);
console.log(`median of the rounds: throughput ${median(roundRatios.map((r) => r.throughput)).toFixed(2)} × plain, p99 ${median(roundRatios.map((r) => r.p99)).toFixed(2)} × plain`);
