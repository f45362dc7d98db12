// Differential oracle for the GovWorkflow FEEL subset.
// Reads JSON lines {"expression": "...", "context": {...}} on stdin and prints, per input line and in the
// same order, one JSON line {"value": ...} or {"error": "..."} with feelin's evaluate() result.
// Values use the GovWorkflow FeelJson mapping: dates, date-times and durations become single-key tagged
// objects ({"$date": ...}, {"$dateTime": ...}, {"$duration": ...}, {"$yearsMonths": ...}); the same tags
// in an input context are turned into feelin temporal values.
import { createInterface } from 'node:readline';
import { evaluate, date, dateAndTime, duration } from 'feelin';

function fromJson(value) {
  if (Array.isArray(value)) {
    return value.map(fromJson);
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const [key] = keys;
      const text = value[key];
      if (key === '$date') return date(text);
      if (key === '$dateTime') return dateAndTime(text);
      if (key === '$duration' || key === '$yearsMonths') return duration(text);
    }
    const result = {};
    for (const key of keys) result[key] = fromJson(value[key]);
    return result;
  }
  return value;
}

function toJson(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(toJson);
  const name = value.constructor && value.constructor.name;
  if (name === 'FeelDate') return { $date: value.iso };
  if (name === 'FeelDateTime') return { $dateTime: value.iso };
  if (name === 'FeelDuration') return value.yearsMonths ? { $yearsMonths: value.iso } : { $duration: value.iso };
  if (name === 'FeelTime') return { $time: value.iso };
  if (typeof value === 'function' || name === 'FeelFunction') return { $function: true };
  if (name === 'FeelRange' || name === 'Range') return { $range: true };
  const result = {};
  for (const [key, entry] of Object.entries(value)) result[key] = toJson(entry);
  return result;
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  let output;
  try {
    const input = JSON.parse(line);
    const result = evaluate(input.expression, fromJson(input.context ?? {}));
    output = { value: toJson(result.value) };
  } catch (error) {
    output = { error: String(error && error.message ? error.message : error) };
  }
  process.stdout.write(JSON.stringify(output) + '\n');
}
