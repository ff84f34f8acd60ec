// CPU time per request of each server under the same load, rounds interleaved, read from /proc/PID/stat: on a shared
// machine the CPU a server spends per request moves far less with the load than its throughput does.
// Usage: node cpu-per-request.mjs name=URL@PID ... (a URL ending in /graphql gets the catalogue query posted; one
// target named plain is the base of the ratios). ROUNDS, DURATION as in catalog.mjs.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { graphqlRequest } from './catalog-page.mjs';
const rounds = Number(process.env.ROUNDS ?? 5), duration = Number(process.env.DURATION ?? 5);
const targets = process.argv.slice(2).map((arg) => {
  const name = arg.slice(0, arg.indexOf('=')); const rest = arg.slice(arg.indexOf('=') + 1); const url = rest.slice(0, rest.lastIndexOf('@')); const pid = rest.slice(rest.lastIndexOf('@') + 1);
  return { name, pid, opts: url.endsWith('/graphql') ? graphqlRequest(url) : { url, method: 'GET' } };
});
const ticks = (pid) => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return Number(f[11]) + Number(f[12]); };
const res = Object.fromEntries(targets.map((t) => [t.name, []]));
for (const t of targets) await autocannon({ ...t.opts, connections: 32, duration: 3 });
for (let r = 0; r < rounds; r++) {
  for (const t of targets) {
    const before = ticks(t.pid);
    const out = await autocannon({ ...t.opts, connections: 32, duration });
    const cpuMs = (ticks(t.pid) - before) * 10;
    if (out.non2xx || out.errors) throw new Error(`${t.name}: ${out.non2xx} non-2xx, ${out.errors} errors`);
    res[t.name].push({ msPerRequest: cpuMs / out.requests.total, rps: out.requests.average, p99: out.latency.p99 });
  }
}
for (const [name, rs] of Object.entries(res)) {
  console.log(`${name}: CPU ms/request ${rs.map((x) => x.msPerRequest.toFixed(2)).join(' ')}; req/s ${rs.map((x) => x.rps.toFixed(0)).join(' ')}; p99 ${rs.map((x) => x.p99).join(' ')}`);
}
const base = targets.find((t) => t.name === 'plain')?.name;
if (base) {
  for (const t of targets.filter((x) => x.name !== base)) {
    const ratios = res[t.name].map((x, i) => x.msPerRequest / res[base][i].msPerRequest).sort((a, b) => a - b);
    console.log(`${t.name}: CPU per request × plain, per round sorted ${ratios.map((x) => x.toFixed(2)).join(' ')}; median ${ratios[Math.floor(ratios.length / 2)].toFixed(2)}`);
  }
}
