// Throughput of bpmn-engine 25.0.1 on the shared 20-node benchmark process, side by side with our engine's benchmarks.
//   npm ci --prefix tests/bpmn-engine-diff --no-audit --no-fund      (once; this script reuses that install)
//   node bench/bpmn-engine/bench.mjs ../shared/data/bench/bench-20node.bpmn [instances=500] [warmup=50]
// Runs the instances one after another to completion, completing every user task by api.signal() on its
// `wait` event (eleven per instance), and prints instances per second. The FEEL condition `refuse = true`
// is replaced by `${environment.variables.refuse}` (bpmn-engine's expression syntax); refuse = false.
// bpmn-engine is imported from tests/bpmn-engine-diff/node_modules (one pinned install and lock for both).
import { readFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import { Engine } from '../../tests/bpmn-engine-diff/node_modules/bpmn-engine/src/index.js';

const [path, instancesArg = '500', warmupArg = '50'] = process.argv.slice(2);
if (!path) {
  console.error('usage: node bench/bpmn-engine/bench.mjs <bench-20node.bpmn> [instances] [warmup]');
  process.exit(2);
}

const source = readFileSync(path, 'utf8').replace(/>\s*refuse\s*=\s*true\s*</, '>${environment.variables.refuse}<');
if (!source.includes('${environment.variables.refuse}')) {
  console.error(`${path}: condition "refuse = true" not found`);
  process.exit(2);
}

function runOne(index) {
  return new Promise((resolve, reject) => {
    const engine = new Engine({ name: `bench-${index}`, source, variables: { refuse: false } });
    const listener = new EventEmitter();
    let signals = 0;
    listener.on('wait', (api) => {
      signals++;
      api.signal();
    });
    engine.once('end', () => resolve(signals));
    engine.once('error', reject);
    engine.execute({ listener }).catch(reject);
  });
}

const warmup = Number(warmupArg);
const instances = Number(instancesArg);
for (let i = 0; i < warmup; i++) await runOne(i);

const cpuBefore = process.cpuUsage();
const started = performance.now();
let signals = 0;
for (let i = 0; i < instances; i++) signals += await runOne(i);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

if (signals !== instances * 11) {
  console.error(`expected 11 user-task completions per instance, got ${signals / instances}`);
  process.exit(1);
}
// On a shared machine the wall-clock rate drops with the load; the rate per CPU second does not.
console.log(
  `bpmn-engine 25.0.1: ${instances} instances in ${seconds.toFixed(2)} s = ${(instances / seconds).toFixed(1)} instances/s ` +
    `(${(instances / cpuSeconds).toFixed(1)} per CPU second; node ${process.version})`
);
