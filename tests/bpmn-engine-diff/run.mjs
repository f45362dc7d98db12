// Differential oracle for the GovWorkflow BPMN engine: runs processes step by step with bpmn-engine 25.0.1.
//
// Reads one JSON request on stdin:
//   { "cases": [ { "name", "bpmn" (XML text), "variables": {...},
//                  "steps": [ {"complete": "<userTaskId>", "variables": {...}} | {"message": "<name>"} | {"timer": "<timerEventId>"} ] } ] }
// and prints, per case and in the same order, one JSON line:
//   { "name", "state": "completed" | "running" | "error", "segments": [[ids...], ...], "waiting": [userTaskIds...],
//     "error": null | "...", "stepError": null | "..." }
// segments[0] holds the ids of elements that completed (activity.end) while starting, segments[i] those
// that completed while applying step i. A step that cannot be applied (nothing waits for it) stops the
// case and is reported in stepError.
//
// How the stimuli are applied:
// - complete: api.signal() on the oldest open `wait` of that element id. Its variables are first assigned
//   to every environment seen so far (bpmn-engine clones the environment per subprocess; GovWorkflow has
//   one set of process variables), so conditions anywhere read them as `${environment.variables.x}`.
// - message: definition.sendMessage({ id }) with the id of the <message> element of that name (bpmn-engine
//   matches catch events by message id, GovWorkflow by message name). execution.signal() would not do:
//   it is delegated as type "signal", and message start events of event subprocesses only answer "message".
// - timer: the engine runs on a manual timer registry (the `timers` environment option): nothing fires
//   by itself; a timer step calls the callback of the oldest pending timer of that event id.
import { EventEmitter } from 'node:events';
import { Engine } from 'bpmn-engine';

class ManualTimers {
  constructor() {
    this.pending = [];
    this.count = 0;
    this.setTimeout = this.setTimeout.bind(this);
    this.clearTimeout = this.clearTimeout.bind(this);
  }

  get executing() {
    return [...this.pending];
  }

  register(owner) {
    return {
      setTimeout: (callback, delay, ...args) => this.add(owner, callback, delay, args),
      clearTimeout: (ref) => this.clearTimeout(ref),
    };
  }

  setTimeout(callback, delay, ...args) {
    return this.add(null, callback, delay, args);
  }

  add(owner, callback, delay, args) {
    const ref = { timerId: `timer_${this.count++}`, owner, callback, delay, args, expireAt: new Date(Date.now() + delay) };
    this.pending.push(ref);
    return ref;
  }

  clearTimeout(ref) {
    const index = this.pending.indexOf(ref);
    if (index >= 0) this.pending.splice(index, 1);
  }

  fire(eventId) {
    const ref = this.pending.find((t) => t.owner && t.owner.id === eventId);
    if (!ref) return false;
    this.clearTimeout(ref);
    ref.callback(...ref.args);
    return true;
  }
}

function messageIds(bpmn) {
  const ids = new Map();
  const pattern = /<(?:\w+:)?message\b([^>]*)>/g;
  for (const match of bpmn.matchAll(pattern)) {
    const id = /\bid="([^"]*)"/.exec(match[1]);
    const name = /\bname="([^"]*)"/.exec(match[1]);
    if (id) ids.set(name ? name[1] : id[1], id[1]);
  }
  return ids;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

async function runCase(testCase) {
  const timers = new ManualTimers();
  const engine = new Engine({ name: testCase.name, source: testCase.bpmn, variables: { ...testCase.variables }, timers });
  const listener = new EventEmitter();
  const segments = [[]];
  const waits = [];
  const environments = new Set();
  let state = 'running';
  let error = null;
  let stepError = null;

  const seen = (api) => {
    if (api.environment) environments.add(api.environment);
  };
  listener.on('activity.start', seen);
  listener.on('wait', (api) => {
    seen(api);
    waits.push(api);
  });
  listener.on('activity.end', (api) => {
    seen(api);
    segments[segments.length - 1].push(api.id);
  });
  listener.on('activity.leave', (api) => {
    for (let i = waits.length - 1; i >= 0; i--) {
      if (waits[i].id === api.id && waits[i].executionId.startsWith(api.executionId)) waits.splice(i, 1);
    }
  });
  engine.on('end', () => {
    if (state === 'running') state = 'completed';
  });
  engine.on('error', (err) => {
    state = 'error';
    error = String(err && err.message ? err.message : err);
  });

  const messages = messageIds(testCase.bpmn);
  let execution;
  try {
    execution = await engine.execute({ listener });
    await settle();
    for (const [index, step] of (testCase.steps || []).entries()) {
      if (state !== 'running') {
        stepError = `step ${index + 1}: the instance is ${state}`;
        break;
      }
      segments.push([]);
      if ('complete' in step) {
        const api = waits.find((w) => w.id === step.complete && w.type === 'bpmn:UserTask');
        if (!api) {
          stepError = `step ${index + 1}: no user task ${step.complete} waits`;
          break;
        }
        waits.splice(waits.indexOf(api), 1);
        for (const environment of environments) Object.assign(environment.variables, step.variables || {});
        api.signal();
      } else if ('message' in step) {
        const id = messages.get(step.message);
        if (!id) {
          stepError = `step ${index + 1}: no message named ${step.message}`;
          break;
        }
        for (const definition of execution.definitions) definition.sendMessage({ id });
      } else if ('timer' in step) {
        if (!timers.fire(step.timer)) {
          stepError = `step ${index + 1}: no timer ${step.timer} pending`;
          break;
        }
      } else {
        stepError = `step ${index + 1}: unknown step ${JSON.stringify(step)}`;
        break;
      }
      await settle();
    }
  } catch (err) {
    state = 'error';
    error = String(err && err.message ? err.message : err);
  }

  const waiting = state === 'running' ? waits.filter((w) => w.type === 'bpmn:UserTask').map((w) => w.id) : [];
  if (state === 'running' && execution) execution.stop();
  return { name: testCase.name, state, segments, waiting, error, stepError };
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
for (const testCase of request.cases) {
  process.stdout.write(JSON.stringify(await runCase(testCase)) + '\n');
}
